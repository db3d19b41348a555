/**
 * A static copy of pages fetched from a running server, for the file server
 * when there is no static export (`npm run export`) to serve: the page HTML
 * and every `/_next/static` asset it names, at the paths a static host uses.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export async function snapshotPages(baseUrl: string, routes: readonly string[], directory: string): Promise<void> {
  const assets = new Set<string>();
  for (const route of routes) {
    const response = await fetch(new URL(route, baseUrl));
    if (!response.ok) throw new Error(`snapshot: ${route} answered ${response.status}`);
    const html = await response.text();
    const file = route === "/" ? "index.html" : `${route.slice(1)}.html`;
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), html);
    for (const match of html.matchAll(/\/_next\/static\/[^"'\\\s)]+/gu)) assets.add(match[0]);
  }
  for (const asset of assets) {
    const response = await fetch(new URL(asset, baseUrl));
    if (!response.ok) continue;
    const target = path.join(directory, asset);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(await response.arrayBuffer()));
  }
}
