import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** Where mirrored images live: `public/mirror/`, served at `/mirror/`. */
export const MIRROR_FOLDER = "mirror";

/** One mirrored image: the site path it is served at, its intrinsic size and the SHA-256 of its bytes. */
export type MirrorEntry = { path: string; width: number; height: number; sha256: string };

/** Original URL -> mirrored copy. */
export type MirrorManifest = Record<string, MirrorEntry>;

/** The manifest file inside `public/`. */
export function manifestPath(publicDirectory: string): string {
  return path.join(publicDirectory, MIRROR_FOLDER, "manifest.json");
}

/** A stable file name for a URL's copy: a hash of the URL plus the image's extension. */
export function mirrorFileName(url: string, contentType: string): string {
  const extension = contentType.split(";")[0]?.trim().replace(/^image\//u, "").replace("jpeg", "jpg").replace("svg+xml", "svg") ?? "img";
  return `${createHash("sha256").update(url).digest("hex").slice(0, 20)}.${/^[a-z0-9]{2,5}$/u.test(extension) ? extension : "img"}`;
}

/** The manifest in `public/mirror/`, or an empty one; entries of a wrong shape are ignored. */
export function readMirrorManifest(publicDirectory: string): MirrorManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(/*turbopackIgnore: true*/ manifestPath(publicDirectory), "utf8"));
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  const manifest: MirrorManifest = {};
  for (const [url, entry] of Object.entries(parsed)) {
    if (isMirrorEntry(entry)) manifest[url] = entry;
  }
  return manifest;
}

function isMirrorEntry(value: unknown): value is MirrorEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry: Record<string, unknown> = { ...value };
  return (
    typeof entry.path === "string" &&
    entry.path.startsWith(`/${MIRROR_FOLDER}/`) &&
    typeof entry.width === "number" &&
    typeof entry.height === "number" &&
    typeof entry.sha256 === "string"
  );
}
