#!/usr/bin/env node
// `npm run export`: the whole site as static files in out/ (pages, section
// pages, search index and texts, Open Graph images, sitemap, 404), for any
// static host or CDN. Each page carries its Content-Security-Policy as a
// <meta> tag; out/_headers lists the headers the host should add (README).
//
//   SITE_URL     the address the site will be served from; sitemap.xml and
//                the preview cards need absolute URLs (default http://localhost:3000)
//   CONTENT_DIR  notes folder (default content/)

import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "out");
const bin = (/** @type {string} */ name) => path.join(ROOT, "node_modules", ".bin", name);

if (!process.env.SITE_URL) {
  console.warn("export: SITE_URL is not set; absolute URLs will point at http://localhost:3000 (set SITE_URL=https://your.host)");
}
// With `output: "export"`, Next builds in .next whatever distDir says (a custom distDir would name the
// output folder instead), so the export replaces the `npm start` build; `npm start` notices and rebuilds.
const env = { ...process.env, NEXT_EXPORT: "1", SITE_URL: process.env.SITE_URL || "http://localhost:3000" };
delete env.NEXT_DIST_DIR;

rmSync(OUT, { recursive: true, force: true });
for (const [command, args] of /** @type {const} */ ([
  [bin("next"), ["build"]],
  [bin("tsx"), ["scripts/export-images.ts", "out"]],
  [bin("tsx"), ["scripts/csp.ts", "--export", "out"]],
])) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.error) console.error(`export: could not run ${command}: ${result.error.message} (did you run npm ci?)`);
  const code = result.error ? 1 : (result.status ?? 1);
  if (code !== 0) process.exit(code);
}

const files = readdirSync(OUT, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
const bytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
const pages = files.filter((entry) => entry.name.endsWith(".html")).length;
console.log(`export: ${files.length} files (${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MiB) in out/`);
console.log("export: serve it with any static server, e.g. `npx serve out`; README lists the headers to set");
