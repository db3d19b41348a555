/**
 * Which page and place a link names, for link previews: the pure part, shared
 * by the listening island and the card (no DOM, no React).
 */

import { fromRouteParam, weekPathSegments } from "@/lib/urls";

/** A page under /weeks/ and the section a `#hash` or a section page's last segment names (null: the page itself). */
export type PreviewTarget = { slug: string; id: string | null };

/**
 * The note (or folder page) and section `href` leads to, read from the link as
 * the page has it (`/weeks/week-09#lecture-2`, `/weeks/week-09/lecture-2`,
 * Korean percent-encoded); null for a link elsewhere, to the very place the
 * reader is (the page itself, no section), or written as a bare `#hash`
 * (footnotes, the TOC, "위로": places on this page, not other pages). `href`
 * is the attribute as written; `here` is the page's address.
 */
export function previewTarget(href: string, here: string): PreviewTarget | null {
  if (href.startsWith("#")) return null;
  let url: URL;
  let current: URL;
  try {
    current = new URL(here);
    url = new URL(href, current);
  } catch {
    return null;
  }
  if (url.origin !== current.origin) return null;
  const segments = weekPathSegments(url.pathname);
  if (segments === null) return null;
  const named = segments.section ?? (url.hash.length > 1 ? url.hash.slice(1) : null);
  const id = named === null ? null : fromRouteParam(named);
  if (id === null && url.pathname === current.pathname) return null;
  return { slug: fromRouteParam(segments.slug), id };
}

/** Where the preview of a page is written at build time (app/previews/[file]/route.ts). */
export function previewUrl(slug: string): string {
  return `/previews/${encodeURIComponent(slug)}.json`;
}
