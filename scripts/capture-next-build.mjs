#!/usr/bin/env node
// Captures the Next build files that scripts/prerendered.mjs and scripts/csp.ts read into
// tests/fixtures/next-build/, trimmed to a few routes, after a build of the pinned `next`:
//
//   NEXT_DIST_DIR=.next-capture node scripts/build.mjs
//   node scripts/capture-next-build.mjs .next-capture
//
// tests/unit/scripts/next-build-files.test.ts then checks the schemas of
// scripts/next-build-files.mjs against them; run this again whenever `next` changes version.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-tools.mjs";

const FIXTURE = path.join(ROOT, "tests", "fixtures", "next-build");
/** A page, a page of a dynamic route, a section page, Next's not-found page and a route handler. */
const ROUTES = ["/", "/notes", "/weeks/week-08", "/weeks/week-08/lecture-1", "/_not-found", "/icon.svg"];
/** Stands in for the prerendered HTML, which is the site's, not Next's shape. */
const HTML_STAND_IN = "<!DOCTYPE html><html><body><p>captured page, body left out</p></body></html>\n";

const distDir = path.resolve(process.argv[2] ?? ".next");
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(path.join(distDir, file), "utf8"));
const writeJson = (/** @type {string} */ file, /** @type {unknown} */ value) => {
  mkdirSync(path.dirname(path.join(FIXTURE, file)), { recursive: true });
  writeFileSync(path.join(FIXTURE, file), `${JSON.stringify(value, null, 2)}\n`);
};

rmSync(path.join(FIXTURE, "server"), { recursive: true, force: true });
const prerender = readJson("prerender-manifest.json");
// `preview` holds the build's random preview-mode keys: not ours to commit.
writeJson("prerender-manifest.json", {
  version: prerender.version,
  routes: Object.fromEntries(ROUTES.map((route) => [route, prerender.routes[route]])),
});
const routes = readJson("routes-manifest.json");
writeJson("routes-manifest.json", { version: routes.version, headers: routes.headers });
for (const route of ROUTES) {
  const base = path.join("server", "app", route === "/" ? "index" : route);
  const meta = path.join(distDir, `${base}.meta`);
  mkdirSync(path.dirname(path.join(FIXTURE, base)), { recursive: true });
  copyFileSync(meta, path.join(FIXTURE, `${base}.meta`));
  if (!route.includes(".")) writeFileSync(path.join(FIXTURE, `${base}.html`), HTML_STAND_IN);
}
const { version } = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8"));
writeJson("captured-from.json", { next: version });
console.log(`capture-next-build: ${ROUTES.length} routes of next@${version} in ${path.relative(ROOT, FIXTURE)}`);
