// Brotli and gzip copies of a static site's text files, written beside them
// (`page.html.br`, `page.html.gz`) for hosts that serve precompressed files
// (nginx `brotli_static`/`gzip_static`, Caddy `precompressed`, most CDNs).
// `npm run export` runs it on out/. Images, fonts and archives are already
// compressed and are left alone.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotli, gzip } from "./prerendered.mjs";

/** File types worth compressing: text, and SVG, which is text. */
export const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".txt", ".xml", ".svg", ".webmanifest", ".map", ".rsc"]);

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`.
 * @param {string} dir
 * @returns {{ files: number; bytes: number; brotli: number; gzip: number }} what was compressed, before and after
 */
export function precompressTree(dir) {
  const totals = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name).toLowerCase()),
  );
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    const br = brotli(body);
    const gz = gzip(body);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    totals.files += 1;
    totals.bytes += body.length;
    totals.brotli += br.length;
    totals.gzip += gz.length;
  }
  return totals;
}
