/**
 * The site's addresses and the names it gives a note, in one place: every
 * page, plugin, island, sitemap and feed builds `/weeks/…` and `/tags/…`
 * here, and every route reads its percent-encoded parameters back here.
 * It imports nothing (not even types): client islands load it, and a shared
 * link must never change because one copy of a rule drifted.
 *
 * Slugs and ids are percent-encoded, so a Korean address survives chat apps
 * and the bytes stay stable; a browser still shows it readable.
 */

/** Percent-decoding that leaves a malformed escape (`%E0%A4%A`) as written: such a link names no page, it does not crash one. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A note's or folder's page: `/weeks/week-08`. */
export function weekHref(slug: string): string {
  return `/weeks/${encodeURIComponent(slug)}`;
}

/** A place in a note's page: `/weeks/week-08#lecture-2`; the page itself without an id. */
export function sectionHref(slug: string, id?: string | null): string {
  const path = weekHref(slug);
  return id ? `${path}#${encodeURIComponent(id)}` : path;
}

/** A section's own preview page: `/weeks/week-08/lecture-2`. */
export function sectionPagePath(slug: string, id: string): string {
  return `${weekHref(slug)}/${encodeURIComponent(id)}`;
}

/** The raw (still encoded) slug and section segments of a `/weeks/<slug>` or `/weeks/<slug>/<section>` path, or null for any other path. */
export function weekPathSegments(pathname: string): { slug: string; section: string | null } | null {
  const match = /^\/weeks\/([^/]+)(?:\/([^/]+))?\/?$/u.exec(pathname);
  const slug = match?.[1];
  return slug === undefined ? null : { slug, section: match?.[2] ?? null };
}

/** A slug or id as a route receives it (percent-encoded or not), decoded and NFC, as the model spells it. */
export function fromRouteParam(param: string): string {
  return safeDecode(param).normalize("NFC");
}

/** The file a note's JSON companion is served as (`/previews/<file>`, `/reading/<file>`, `/search/text/<file>`): `week-08.json`. */
export function jsonFileName(slug: string): string {
  return `${slug}.json`;
}

/** The slug a JSON companion's `[file]` parameter names (the reverse of `jsonFileName`). */
export function slugFromJsonFile(file: string): string {
  return fromRouteParam(file).replace(/\.json$/u, "");
}

/** The page that lists every tag. */
export const TAG_INDEX_PATH = "/tags";

/** A tag's page: `/tags/<segments>`, each segment of the `/`-nested key percent-encoded (`/tags/ai/nlp`). */
export function tagHref(key: string): string {
  return `${TAG_INDEX_PATH}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/** What a note is called in labels and cards: `Week 8`, or `untitled` (its title by default) when its name holds no week number. */
export function weekLabel(week: { readonly number: number | null; readonly title: string }, untitled: string = week.title): string {
  return week.number !== null ? `Week ${week.number}` : untitled;
}
