// The fast path of scripts/serve.mjs: prerendered pages answered from memory.
//
// Every page but /search is static HTML written at build time, yet Next's
// handler routes, reads and compresses it again on every request (a fifth of
// a plain file server's throughput here). The pages, their headers (the
// config's and each page's `.meta`, CSP included) and their Brotli and gzip
// forms are read once at start; anything else, and every request Next's
// client makes for RSC data, still goes to Next.
//
// The compressed forms are made once, at build time (`precompressPrerendered`,
// run by scripts/build.mjs after the CSP step has written the final HTML):
// Brotli at its best quality takes ~0.1 s a page, too slow for every start.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip as gzipAsync, gzipSync } from "node:zlib";
import { prerenderManifest, prerenderMeta, readBuildFile, routesManifest } from "./next-build-files.mjs";

/** What Next sends with a prerendered page, so caches treat both paths alike. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const CACHE_CONTROL = "s-maxage=31536000";
/** Request headers of Next's client router and of revalidation: those requests are Next's. */
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
  "x-prerender-revalidate",
];

/**
 * @typedef {{ body: Buffer; gzip: Buffer; brotli: Buffer; headers: Record<string, string> }} Prerendered
 * @typedef {Map<string, Prerendered>} PrerenderedPages
 * @typedef {{ method: string; url: string; headers: Record<string, string | string[] | undefined> }} RequestLike
 * @typedef {{ status: 200 | 304; headers: Record<string, string>; body: Buffer | null }} PageResponse
 */

/**
 * The config's headers (next.config.ts `headers()`, compiled into the routes
 * manifest) as a function of the path they apply to.
 * @param {string} distDir
 * @returns {(pathname: string) => Record<string, string>}
 */
function configHeaders(distDir) {
  const manifest = readBuildFile(path.join(distDir, "routes-manifest.json"), routesManifest);
  const rules = manifest.headers.map((rule) => ({ pattern: new RegExp(rule.regex, "u"), headers: rule.headers }));
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

/** Brotli's options: its best quality, told the input is text. */
function brotliOptions(/** @type {Buffer} */ body) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

/** Brotli at its best quality, told the input is text. */
export function brotli(/** @type {Buffer} */ body) {
  return brotliCompressSync(body, brotliOptions(body));
}

const GZIP_OPTIONS = { level: 9 };

/** gzip at level 9. */
export function gzip(/** @type {Buffer} */ body) {
  return gzipSync(body, GZIP_OPTIONS);
}

const brotliInBackground = promisify(brotliCompress);
const gzipInBackground = promisify(gzipAsync);

/**
 * The prerendered pages Next wrote (`server/app/<route>.html` with its `.meta`),
 * each once and for all (no revalidation), 200 only.
 * @param {string} distDir
 * @returns {{ route: string; base: string; meta: { status?: number; headers?: Record<string, string> } }[]}
 */
function staticPages(distDir) {
  const manifest = readBuildFile(path.join(distDir, "prerender-manifest.json"), prerenderManifest);
  return Object.entries(manifest.routes).flatMap(([route, info]) => {
    // `/_not-found` and `/_global-error` are not addresses; revalidated pages stay with Next.
    if (route.startsWith("/_") || info.initialRevalidateSeconds !== false) return [];
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route);
    if (!existsSync(`${base}.html`) || !existsSync(`${base}.meta`)) return [];
    const meta = readBuildFile(`${base}.meta`, prerenderMeta);
    if (meta.status !== undefined && meta.status !== 200) return [];
    return [{ route, base, meta }];
  });
}

/**
 * Writes `<page>.html.br` and `<page>.html.gz` beside every prerendered page,
 * once the HTML is final (after scripts/csp.ts). Resolves to how many pages.
 * The pages are compressed on libuv's threads side by side: Brotli's best
 * quality is the slow part of `npm run build`'s last step.
 * @param {string} distDir
 * @returns {Promise<number>}
 */
export async function precompressPrerendered(distDir) {
  const pages = staticPages(distDir);
  await Promise.all(
    pages.map(async ({ base }) => {
      const body = readFileSync(`${base}.html`);
      const [br, gz] = await Promise.all([brotliInBackground(body, brotliOptions(body)), gzipInBackground(body, GZIP_OPTIONS)]);
      writeFileSync(`${base}.html.br`, br);
      writeFileSync(`${base}.html.gz`, gz);
    }),
  );
  return pages.length;
}

/**
 * A compressed form written at build time, if it is there and not older than
 * the page (a page rewritten since would otherwise be served stale); else made now.
 * @param {string} html
 * @param {string} extension
 * @param {Buffer} body
 * @param {(body: Buffer) => Buffer} compress
 * @returns {Buffer}
 */
function precompressed(html, extension, body, compress) {
  const file = `${html}${extension}`;
  return existsSync(file) && statSync(file).mtimeMs >= statSync(html).mtimeMs ? readFileSync(file) : compress(body);
}

/**
 * Every page prerendered once and for all (no revalidation), keyed by its path.
 * @param {string} distDir the build folder (`.next`)
 * @returns {PrerenderedPages}
 */
export function loadPrerenderedPages(distDir) {
  const headersFor = configHeaders(distDir);
  /** @type {PrerenderedPages} */
  const pages = new Map();
  for (const { route, base, meta } of staticPages(distDir)) {
    const body = readFileSync(`${base}.html`);
    // Next keeps its cache tags to itself.
    const pageHeaders = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([name]) => name !== "x-next-cache-tags"));
    pages.set(route, {
      body,
      gzip: precompressed(`${base}.html`, ".gz", body, gzip),
      brotli: precompressed(`${base}.html`, ".br", body, brotli),
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
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  const body = encoding === "br" ? page.brotli : encoding === "gzip" ? page.gzip : page.body;
  const headers = { ...page.headers, "content-length": String(body.length), ...(encoding ? { "content-encoding": encoding } : {}) };
  return { status: 200, headers, body: request.method === "HEAD" ? null : body };
}

/**
 * Brotli when the client takes it, else gzip, else none. A coding listed with
 * `q=0` is refused (RFC 9110 12.5.3); other weights are not ranked: every
 * browser that sends `br` wants it over gzip.
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(header) {
  if (typeof header !== "string") return null;
  const accepted = new Set(
    header.split(",").flatMap((part) => {
      const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
      const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/u.test(parameter));
      return refused || name === "" ? [] : [name.trim()];
    }),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("x-gzip")) return "gzip";
  return null;
}
