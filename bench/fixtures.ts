/**
 * Offline stand-ins for the web: every request that leaves the loopback
 * server is answered from here. Images (the notes' user-images.githubusercontent.com
 * pictures and the like) get tests/e2e/fixtures/pixel.png; anything else
 * foreign is refused, so a page that quietly depends on a CDN shows up as an error.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURE_IMAGE = readFileSync(fileURLToPath(new URL("../tests/e2e/fixtures/pixel.png", import.meta.url)));

export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === "127.0.0.1" || hostname === "localhost";
  } catch {
    return false;
  }
}

export const IMAGE_HEADERS = { "content-type": "image/png", "cache-control": "public, max-age=3600" } as const;
