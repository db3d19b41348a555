import { safeDecode } from "../urls";
import type { Week } from "./types";

/**
 * Tags: from front matter (`tags`, `tag`, `keywords`) and written inline in
 * Obsidian notes (`#태그`, read by dialects/remark-obsidian-tags.ts). Pure:
 * no I/O, no React; shared by the note header, the tag pages, the home page's
 * tag row, the sitemap and search.
 *
 * A tag's key is what makes two spellings one tag, as Obsidian and Quartz
 * treat them: NFC, without a leading `#`, Latin letters lower-cased
 * (`MLOps` = `mlops`), spaces as `-` (`machine learning` = `machine-learning`).
 * `/` nests tags (`#ai/nlp`), as in Obsidian; its page is `/tags/ai/nlp`, and
 * `/tags/ai` lists the notes of `ai` and of every tag under it.
 */

/** A tag's key: NFC, lower-cased, `/`-separated segments, never empty. */
export type TagKey = string & { readonly __brand: "TagKey" };

/** A tag as the site shows it: its key, the spelling its first note wrote, and its notes. */
export type TagInfo = {
  key: TagKey;
  /** As first written, in course order (`MLOps`), without `#`. */
  label: string;
  /** Notes with this tag or one nested under it, in course order. */
  weeks: Week[];
  /** Keys of the tags one level under it (`ai/nlp` under `ai`), sorted. */
  children: TagKey[];
};

// `?`, `#`, `%` and `\` cannot stand in a path segment as written; spaces read better as `-` in an address.
const unsafe = /[\s?#%\\]+/gu;

/** The key of a tag as written, or null when nothing of it is left (`#`, ` / `). */
export function tagKey(written: string): TagKey | null {
  const segments = written
    .normalize("NFC")
    .trim()
    .replace(/^#+/u, "")
    .toLowerCase()
    .split("/")
    .map((segment) => segment.trim().replace(unsafe, "-").replace(/^-+|-+$/gu, ""))
    // `.` and `..` would be read as folders by every URL resolver.
    .filter((segment) => segment !== "" && !/^\.+$/u.test(segment));
  return segments.length === 0 ? null : (segments.join("/") as TagKey);
}

/** The tag's label without `#` and surrounding spaces, NFC. */
export function tagLabel(written: string): string {
  return written.normalize("NFC").trim().replace(/^#+/u, "").trim();
}

/** The route's `[...tag]` segments of a key. */
export function tagSegments(key: TagKey): string[] {
  return key.split("/");
}

/** A key from the route's segments (percent-encoded or not), or null when they name no tag. */
export function tagKeyFromSegments(segments: readonly string[]): TagKey | null {
  const decoded = segments.map(safeDecode);
  const key = tagKey(decoded.join("/"));
  // Only the canonical spelling has a page: `/tags/MLOps` is not `/tags/mlops`.
  return key !== null && key === decoded.join("/").normalize("NFC") ? key : null;
}

/** A note's tags as written, one per key, in the order written (front matter first, then inline). */
export function uniqueTags(written: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of written) {
    const key = tagKey(tag);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    tags.push(tagLabel(tag));
  }
  return tags;
}

/** Every tag of the notes and their parents, most used first (then by key), with their notes in course order. */
export function buildTagIndex(weeks: readonly Week[]): TagInfo[] {
  const byKey = new Map<TagKey, TagInfo>();
  const infoOf = (key: TagKey, label: string): TagInfo => {
    const known = byKey.get(key);
    if (known) return known;
    const info: TagInfo = { key, label, weeks: [], children: [] };
    byKey.set(key, info);
    return info;
  };
  for (const week of weeks) {
    for (const written of week.tags) {
      const key = tagKey(written);
      if (key === null) continue;
      const labels = tagLabel(written).split("/").map((segment) => segment.trim()).filter(Boolean);
      const segments = tagSegments(key);
      // The tag and each tag above it: `ai/nlp` puts the note under `ai` too.
      for (let depth = segments.length; depth >= 1; depth -= 1) {
        const ancestor = segments.slice(0, depth).join("/") as TagKey;
        const label = labels.length === segments.length ? labels.slice(0, depth).join("/") : ancestor;
        const info = infoOf(ancestor, label);
        if (!info.weeks.includes(week)) info.weeks.push(week);
        if (depth > 1) {
          const parent = infoOf(segments.slice(0, depth - 1).join("/") as TagKey, label.split("/").slice(0, -1).join("/"));
          if (!parent.children.includes(ancestor)) parent.children.push(ancestor);
        }
      }
    }
  }
  const tags = [...byKey.values()];
  for (const tag of tags) tag.children.sort(compareKeys);
  return tags.sort((a, b) => b.weeks.length - a.weeks.length || compareKeys(a.key, b.key));
}

/** Korean reading order for tag names (Hangul before Latin, numbers by value). */
const tagOrder = new Intl.Collator("ko", { numeric: true, sensitivity: "base" });

/** Tags by name, as the `/tags` page lists them. */
export function compareKeys(a: string, b: string): number {
  return tagOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
