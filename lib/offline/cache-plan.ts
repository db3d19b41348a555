/**
 * What the service worker does with each request: the pure, tested part of
 * /sw.js. These functions are copied into the worker's script as source text
 * (lib/offline/service-worker.ts), so each one uses nothing but its own
 * parameters and the platform's `URL`.
 */

/** What the worker knows about a request. */
export type RequestFacts = {
  url: string;
  method: string;
  /** `navigate` for a page load. */
  mode: string;
  /** `document`, `script`, `style`, `image`, `font`, or `""` for fetch(). */
  destination: string;
  /** Sent by Next's client router (an `RSC` header): its payloads are not kept. */
  fromRouter: boolean;
};

/**
 * - `page`: network first, the copy kept for offline reading; offline, the kept copy.
 * - `static`: `/_next/static/…`, named by content hash and never changed: the kept copy first.
 * - `network-first`: other files of the site (images, styles, the search index and texts, previews).
 * - `bypass`: left to the browser: other sites, non-GET, the router's payloads,
 *   the worker itself, and `/search?q=` results rendered per request.
 */
export type CachePlan = "page" | "static" | "network-first" | "bypass";

/** How the worker serves a request. */
export function cachePlan(request: RequestFacts, origin: string): CachePlan {
  if (request.method !== "GET") return "bypass";
  const url = new URL(request.url);
  if (url.origin !== origin) return "bypass";
  // Offline, the router's failed fetch makes Next load the page itself, which the worker has kept.
  if (request.fromRouter || url.searchParams.has("_rsc")) return "bypass";
  if (url.pathname === "/sw.js") return "bypass";
  if (url.pathname === "/search" && url.search !== "") return "bypass";
  if (request.mode === "navigate" || request.destination === "document") return "page";
  if (url.pathname.startsWith("/_next/static/")) return "static";
  // The image optimizer, dev-server files and anything else of Next's own.
  if (url.pathname.startsWith("/_next/")) return "bypass";
  return "network-first";
}

/** The small files that make a kept note searchable and previewable offline: its search texts and preview. */
export function companions(pathname: string): string[] {
  const match = /^\/weeks\/([^/]+)(?:\/[^/]+)?\/?$/u.exec(pathname);
  const slug = match?.[1];
  return slug === undefined ? [] : [`/search/text/${slug}.json`, `/previews/${slug}.json`];
}
