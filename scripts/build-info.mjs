// What `scripts/start.mjs` needs to know about the last production build:
// whether one exists, which notes folder it was built from, and whether any
// input changed since. Shared with `scripts/test.mjs`, which records its build too.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The build folder: `.next`, or NEXT_DIST_DIR for a second site (the e2e fixture site) built beside it. */
const DIST_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
const BUILD_ID = path.join(DIST_DIR, "BUILD_ID");
const BUILD_INFO = path.join(DIST_DIR, "portal-build.json");

/** Folders and files whose change means the site must be built again. */
const INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "next.config.ts",
  "proxy.served.ts",
  "scripts/csp.ts",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
];

/** The notes folder a build reads, resolved the way lib/content does. */
export function contentDirectory() {
  return path.resolve(ROOT, process.env.CONTENT_DIR ?? "content");
}

/**
 * @typedef {{ buildId: string; contentDir: string; siteUrl: string; repository: string; builtAt: string }} BuildInfo
 */

/** @returns {string | null} */
function readBuildId() {
  try {
    return readFileSync(BUILD_ID, "utf8").trim();
  } catch {
    return null;
  }
}

/**
 * Newest file under `entry` (a file or folder) with mtime after `since`, or null.
 * @param {string} entry
 * @param {number} since mtime in ms
 * @returns {string | null}
 */
function newerThan(entry, since) {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return null;
  }
  if (!stats.isDirectory()) return stats.mtimeMs > since ? entry : null;
  // A folder's own mtime changes when a file is added, removed or renamed.
  if (stats.mtimeMs > since) return entry;
  for (const name of readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".next")) continue;
    const found = newerThan(path.join(entry, name), since);
    if (found) return found;
  }
  return null;
}

/**
 * Why a new production build is needed, or null when `.next` is up to date.
 * @returns {string | null}
 */
export function rebuildReason() {
  const buildId = readBuildId();
  if (buildId === null) return `no production build yet (${path.relative(ROOT, BUILD_ID)} is missing)`;
  const builtAt = statSync(BUILD_ID).mtimeMs;

  const contentDir = contentDirectory();
  /** @type {Partial<BuildInfo>} */
  let info = {};
  try {
    info = JSON.parse(readFileSync(BUILD_INFO, "utf8"));
  } catch {
    // Handled below: no record means the build did not come from scripts/build.mjs.
  }
  if (info.buildId !== buildId) return "the build in it was not made by `npm run build` (a plain `next build` or `npm run export` replaced it)";
  if (info.contentDir !== contentDir) return `CONTENT_DIR changed: built from ${info.contentDir}, now ${contentDir}`;
  if (info.siteUrl !== siteUrl()) return `SITE_URL changed: built for "${info.siteUrl}", now "${siteUrl()}"`;
  if (info.repository !== repository())
    return `the notes' repository changed (REPO_URL, REPO_BRANCH or a new commit): dates and source links are rebuilt`;

  const inputs = INPUTS.map((name) => path.join(ROOT, name));
  if (!inputs.includes(contentDir)) inputs.push(contentDir);
  for (const input of inputs) {
    const changed = newerThan(input, builtAt);
    if (changed) return `${path.relative(ROOT, changed) || changed} changed since the last build`;
  }
  return null;
}

/**
 * What the pages' dates and source links are made from besides the files:
 * REPO_URL, REPO_BRANCH and the commit the notes' repository is at (a new
 * commit changes the dates even when no file of the notes is newer).
 * @returns {string}
 */
function repository() {
  const head = spawnSync("git", ["-C", contentDirectory(), "rev-parse", "HEAD"], { encoding: "utf8" });
  const commit = head.status === 0 ? head.stdout.trim() : "";
  return [process.env.REPO_URL ?? "", process.env.REPO_BRANCH ?? "", commit].join(" ");
}

/** The deployed site's address the pages' absolute URLs were built with ("" when unset). */
function siteUrl() {
  return process.env.SITE_URL ?? "";
}

/** Records which notes folder and SITE_URL the build in `.next` was made from. */
export function recordBuild() {
  const buildId = readBuildId();
  if (buildId === null || !existsSync(path.dirname(BUILD_INFO))) return;
  /** @type {BuildInfo} */
  const info = { buildId, contentDir: contentDirectory(), siteUrl: siteUrl(), repository: repository(), builtAt: new Date().toISOString() };
  writeFileSync(BUILD_INFO, `${JSON.stringify(info, null, 2)}\n`);
}
