#!/usr/bin/env node
// `npm run export`: the whole site as static files in out/ (pages, section
// pages, search index and texts, Open Graph images, sitemap, 404), for any
// static host or CDN. Each page carries its Content-Security-Policy as a
// <meta> tag; out/_headers lists the headers the host should add (README).
// Every text file gets `.br` and `.gz` copies beside it (scripts/precompress.mjs).
//
//   SITE_URL     the address the site will be served from; sitemap.xml and
//                the preview cards need absolute URLs (default http://localhost:3000)
//   CONTENT_DIR  notes folder (default content/)

import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { precompressTree } from "./precompress.mjs";
import { ROOT, runToolsOrExit } from "./run-tools.mjs";

const OUT = path.join(ROOT, "out");

if (!process.env.SITE_URL) {
  console.warn("export: SITE_URL is not set; absolute URLs will point at http://localhost:3000 (set SITE_URL=https://your.host)");
}
// With `output: "export"`, Next builds in .next whatever distDir says (a custom distDir would name the
// output folder instead), so the export replaces the `npm start` build; `npm start` notices and rebuilds.
const env = { ...process.env, NEXT_EXPORT: "1", SITE_URL: process.env.SITE_URL || "http://localhost:3000" };
delete env.NEXT_DIST_DIR;

rmSync(OUT, { recursive: true, force: true });
runToolsOrExit(
  "export",
  [
    ["next", ["build"]],
    ["tsx", ["scripts/export-images.ts", "out"]],
    ["tsx", ["scripts/csp.ts", "--export", "out"]],
  ],
  env,
);

const compressed = precompressTree(OUT);
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `export: ${compressed.files} text files compressed: ${kib(compressed.bytes)} -> ${kib(compressed.brotli)} Brotli, ${kib(compressed.gzip)} gzip (.br/.gz beside each)`,
);

const files = readdirSync(OUT, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
const bytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
const pages = files.filter((entry) => entry.name.endsWith(".html")).length;
console.log(`export: ${files.length} files (${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MiB) in out/`);
console.log("export: serve it with any static server, e.g. `npx serve out`; README lists the headers to set");
