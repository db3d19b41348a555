// The fast path of scripts/serve.mjs: prerendered pages answered from memory.
//
// Every page but /search is static HTML written at build time, yet Next's
// handler routes, reads and compresses it again on every request (a fifth of
// a plain file server's throughput here). The pages, their headers (the
// config's and each page's `.meta`, CSP included) and their gzip are read
// once at start; anything else, and every request Next's client makes for
// RSC data, still goes to Next.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** What Next sends with a prerendered page, so caches treat both paths alike. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const CACHE_CONTROL = "s-maxage=31536000";
/** Request headers of Next's client router and of revalidation: those requests are Next's. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "x-prerender-revalidate"];

/**
 * @typedef {{ body: Buffer; gzip: Buffer; headers: Record<string, string> }} Prerendered
 * @typedef {Map<string, Prerendered>} PrerenderedPages
 * @typedef {{ method: string; url: string; headers: Record<string, string | string[] | undefined> }} RequestLike
 * @typedef {{ status: 200 | 304; headers: Record<string, string>; body: Buffer | null }} PageResponse
 */

/**
 * @param {string} file
 * @returns {unknown}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * The config's headers (next.config.ts `headers()`, compiled into the routes
 * manifest) as a function of the path they apply to.
 * @param {string} distDir
 * @returns {(pathname: string) => Record<string, string>}
 */
function configHeaders(distDir) {
  const manifest = /** @type {{ headers?: { regex: string; headers: { key: string; value: string }[] }[] }} */ (
    readJson(path.join(distDir, "routes-manifest.json"))
  );
  const rules = (manifest.headers ?? []).map((rule) => ({ pattern: new RegExp(rule.regex, "u"), headers: rule.headers }));
  return (pathname) => {
    /** @type {Record<string, string>} */
    const headers = {};
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
    }
    return headers;
  };
}

/**
 * Every page prerendered once and for all (no revalidation), keyed by its path.
 * @param {string} distDir the build folder (`.next`)
 * @returns {PrerenderedPages}
 */
export function loadPrerenderedPages(distDir) {
  const manifest = /** @type {{ routes: Record<string, { initialRevalidateSeconds?: number | false }> }} */ (
    readJson(path.join(distDir, "prerender-manifest.json"))
  );
  const headersFor = configHeaders(distDir);
  /** @type {PrerenderedPages} */
  const pages = new Map();
  for (const [route, info] of Object.entries(manifest.routes)) {
    // `/_not-found` and `/_global-error` are not addresses; revalidated pages stay with Next.
    if (route.startsWith("/_") || info.initialRevalidateSeconds !== false) continue;
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route);
    if (!existsSync(`${base}.html`) || !existsSync(`${base}.meta`)) continue;
    const meta = /** @type {{ status?: number; headers?: Record<string, string> }} */ (readJson(`${base}.meta`));
    if (meta.status !== undefined && meta.status !== 200) continue;
    const body = readFileSync(`${base}.html`);
    // Next keeps its cache tags to itself.
    const pageHeaders = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([name]) => name !== "x-next-cache-tags"));
    pages.set(route, {
      body,
      gzip: gzipSync(body, { level: 9 }),
      headers: {
        ...headersFor(route),
        ...pageHeaders,
        "content-type": "text/html; charset=utf-8",
        "cache-control": CACHE_CONTROL,
        vary: VARY,
        etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      },
    });
  }
  return pages;
}

/**
 * The answer to a request for a prerendered page, or null when Next must answer it
 * (another path, a query string, or a request of Next's client router).
 * @param {PrerenderedPages} pages
 * @param {RequestLike} request
 * @returns {PageResponse | null}
 */
export function prerenderedResponse(pages, request) {
  if ((request.method !== "GET" && request.method !== "HEAD") || request.url.includes("?")) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  let pathname;
  try {
    pathname = decodeURIComponent(request.url).normalize("NFC");
  } catch {
    return null;
  }
  const page = pages.get(pathname);
  if (!page) return null;
  if (request.headers["if-none-match"] === page.headers.etag) return { status: 304, headers: { etag: page.headers.etag, vary: VARY }, body: null };
  const acceptEncoding = request.headers["accept-encoding"];
  const gzip = typeof acceptEncoding === "string" && /\bgzip\b/u.test(acceptEncoding);
  const body = gzip ? page.gzip : page.body;
  const headers = { ...page.headers, "content-length": String(body.length), ...(gzip ? { "content-encoding": "gzip" } : {}) };
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}
