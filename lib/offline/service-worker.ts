import { INDEX_URL } from "../search/format";
import { cachePlan, companions } from "./cache-plan";

/** Kept pages (network first, so never stale while online). One cache across builds: a deploy keeps what a reader saved. */
export const PAGES_CACHE = "portal-pages";
/** `/_next/static/` files: content-hashed, so an old kept page still finds its own scripts and styles. */
export const STATIC_CACHE = "portal-static";
/** Images, styles, the search index and texts, previews. */
export const FILES_CACHE = "portal-files";

/** Oldest entries go beyond these counts, so a long year of reading does not fill the disk. */
const LIMITS = { [PAGES_CACHE]: 300, [STATIC_CACHE]: 400, [FILES_CACHE]: 600 };

/** What the worker answers for a page it has not kept, with the network off. Korean, no scripts. */
const OFFLINE_PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>오프라인 | AI 스터디 노트</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6"><main><h1>오프라인 상태입니다</h1><p>이 페이지는 아직 저장되지 않았습니다. 저장된 노트만 볼 수 있습니다: 연결되어 있을 때 연 노트는 오프라인에서도 열립니다.</p><p><a href="/">홈으로</a></p></main></body></html>`;

/**
 * The service worker of one build, as JavaScript source (served as `/sw.js`
 * by app/sw.js/route.ts, written at build time). Hand-written rather than
 * Workbox or Serwist: Workbox's `generateSW` bundles its runtime with Rollup
 * and Babel at build time (or loads it from a CDN, which this site may not
 * reach), and Serwist's Next.js plugin hooks webpack, while this site builds
 * with Turbopack; what the site needs is three strategies (network first,
 * cache first, an offline page) in one script of about 5 KB, whose bytes
 * change with the build id so the browser sees every deploy.
 *
 * - Pages: network first, kept on success; offline, the kept copy, else a
 *   short Korean offline page. So a reader online always gets the new build.
 * - `/_next/static/`: kept copy first (never changes). Other same-origin files:
 *   network first, kept. Other sites, the router's RSC payloads and
 *   `/search?q=` results: never touched (lib/offline/cache-plan.ts).
 * - Install: the search index is fetched and kept. The first install takes
 *   over at once; a new build's worker waits until the reader chooses
 *   "새로고침" (message `skip-waiting`), so no open page changes under them.
 * - Message `keep`: the page that was open before the worker existed, and
 *   the files it loaded, are kept too.
 */
export function serviceWorkerScript(buildId: string): string {
  return `/* AI 스터디 노트: offline reading (lib/offline/service-worker.ts). Build ${JSON.stringify(buildId)}. */
"use strict";
const BUILD_ID = ${JSON.stringify(buildId)};
const PAGES = ${JSON.stringify(PAGES_CACHE)};
const STATIC = ${JSON.stringify(STATIC_CACHE)};
const FILES = ${JSON.stringify(FILES_CACHE)};
const LIMITS = ${JSON.stringify(LIMITS)};
const OFFLINE_PAGE = ${JSON.stringify(OFFLINE_PAGE)};
const cachePlan = ${cachePlan.toString()};
const companions = ${companions.toString()};

function cacheFor(plan) {
  return plan === "page" ? PAGES : plan === "static" ? STATIC : FILES;
}

async function trim(name) {
  const cache = await caches.open(name);
  const keys = await cache.keys();
  const extra = keys.length - LIMITS[name];
  for (let index = 0; index < extra; index += 1) await cache.delete(keys[index]);
}

async function keepResponse(name, request, response) {
  // Only whole, same-origin answers: a redirect or a partial answer would be replayed wrongly.
  if (response.status !== 200 || response.type !== "basic" || response.redirected) return;
  const cache = await caches.open(name);
  await cache.put(request, response);
  await trim(name);
}

async function keepCompanions(pageUrl) {
  const urls = companions(new URL(pageUrl).pathname);
  await Promise.all(urls.map((url) => fetch(url, { credentials: "same-origin" }).then((response) => keepResponse(FILES, url, response)).catch(() => undefined)));
}

async function networkFirst(event, name) {
  const request = event.request;
  try {
    const response = await fetch(request);
    event.waitUntil(keepResponse(name, request, response.clone()).catch(() => undefined));
    if (name === PAGES && response.ok) event.waitUntil(keepCompanions(request.url));
    return response;
  } catch (error) {
    const kept = await caches.match(request, { ignoreVary: true, cacheName: name });
    if (kept) return kept;
    if (name === PAGES) return new Response(OFFLINE_PAGE, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
    throw error;
  }
}

async function cacheFirst(event) {
  const kept = await caches.match(event.request, { ignoreVary: true, cacheName: STATIC });
  if (kept) return kept;
  const response = await fetch(event.request);
  event.waitUntil(keepResponse(STATIC, event.request, response.clone()).catch(() => undefined));
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    fetch(${JSON.stringify(INDEX_URL)}, { credentials: "same-origin" })
      .then((response) => keepResponse(FILES, ${JSON.stringify(INDEX_URL)}, response))
      .catch(() => undefined),
  );
  // The first worker has no page to surprise; a later build waits for the reader's "새로고침".
  if (!self.registration.active) self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  const known = [PAGES, STATIC, FILES];
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("portal-") && !known.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const plan = cachePlan(
    { url: request.url, method: request.method, mode: request.mode, destination: request.destination, fromRouter: request.headers.has("rsc") },
    self.location.origin,
  );
  if (plan === "bypass") return;
  if (plan === "static") event.respondWith(cacheFirst(event));
  else event.respondWith(networkFirst(event, cacheFor(plan)));
});

async function keepOpened(pageUrl, fileUrls) {
  const page = new URL(pageUrl, self.location.origin);
  page.hash = "";
  const jobs = [{ url: page.href, plan: "page" }];
  for (const fileUrl of fileUrls) {
    const url = new URL(fileUrl, self.location.origin);
    const plan = cachePlan({ url: url.href, method: "GET", mode: "no-cors", destination: "", fromRouter: false }, self.location.origin);
    if (plan !== "bypass") jobs.push({ url: url.href, plan });
  }
  await Promise.all(
    jobs.map(async (job) => {
      const name = cacheFor(job.plan);
      if (job.plan !== "page" && (await caches.match(job.url, { cacheName: name }))) return;
      const response = await fetch(job.url, { credentials: "same-origin" }).catch(() => null);
      if (response) await keepResponse(name, job.url, response).catch(() => undefined);
    }),
  );
  await keepCompanions(page.href);
}

self.addEventListener("message", (event) => {
  const data = event.data;
  if (typeof data !== "object" || data === null) return;
  if (data.type === "skip-waiting") self.skipWaiting();
  else if (data.type === "build-id" && event.ports[0]) event.ports[0].postMessage(BUILD_ID);
  else if (data.type === "keep" && typeof data.page === "string" && Array.isArray(data.files)) {
    const done = keepOpened(data.page, data.files.filter((file) => typeof file === "string"));
    event.waitUntil(done);
    if (event.ports[0]) done.then(() => event.ports[0].postMessage("kept"), () => event.ports[0].postMessage("failed"));
  }
});
`;
}
