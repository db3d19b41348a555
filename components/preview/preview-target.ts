/**
 * Which page and place a link names, for link previews: the pure part, shared
 * by the listening island and the card (no DOM, no React).
 */

/** A page under /weeks/ and the section a `#hash` or a section page's last segment names (null: the page itself). */
export type PreviewTarget = { slug: string; id: string | null };

const weekPath = /^\/weeks\/([^/]+)(?:\/([^/]+))?\/?$/u;

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
  const match = weekPath.exec(url.pathname);
  const segment = match?.[1];
  if (segment === undefined) return null;
  const named = match?.[2] ?? (url.hash.length > 1 ? url.hash.slice(1) : undefined);
  const id = named === undefined ? null : safeDecode(named).normalize("NFC");
  if (id === null && url.pathname === current.pathname) return null;
  return { slug: safeDecode(segment).normalize("NFC"), id };
}

/** Where the preview of a page is written at build time (app/previews/[file]/route.ts). */
export function previewUrl(slug: string): string {
  return `/previews/${encodeURIComponent(slug)}.json`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
