import type { Definition, Link, Root } from "mdast";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import { ContentError } from "./errors";
import type { WeekSlug } from "./types";

/** Where a relative link to another note points: the note's slug and the `#section` part (with `#`, or empty). */
export type NoteLinkTarget = { slug: WeekSlug; hash: string };

/** A Markdown link (or link definition) of a note that points at another note. */
export type NoteLink = { url: string; target: NoteLinkTarget; position: Position | null };

const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/u;
const noteFile = /\.(?:md|markdown)$/iu;

/**
 * The note a link points to, or null when it is not a relative link to a
 * Markdown file: `./week-09.md`, `week-09.md#section` and `../week-09.md` all
 * name `week-09`. Notes live side by side in one folder, so only the file
 * name counts; that is also how the link reads on GitHub from `content/`.
 * Site paths (`/weeks/...`), in-page anchors and URLs with a scheme are not note links.
 */
export function noteLinkTarget(url: string): NoteLinkTarget | null {
  if (url === "" || scheme.test(url) || url.startsWith("/") || url.startsWith("#") || url.startsWith("?")) return null;
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const filePath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  if (!noteFile.test(filePath)) return null;
  const fileName = safeDecode(filePath.split("/").at(-1) ?? filePath);
  const slug = noteSlug(fileName);
  return slug === "" ? null : { slug, hash };
}

/** The site path of a note link: `/weeks/week-09#section`. */
export function noteHref(target: NoteLinkTarget): string {
  return `/weeks/${encodeURIComponent(target.slug)}${target.hash}`;
}

/** Every link and link definition of a parsed note that points at a note, in source order. */
export function noteLinks(tree: Root): NoteLink[] {
  const links: NoteLink[] = [];
  visit(tree, (node) => {
    if (node.type !== "link" && node.type !== "definition") return;
    const link: Link | Definition = node;
    const target = noteLinkTarget(link.url);
    if (target) links.push({ url: link.url, target, position: link.position ?? null });
  });
  return links;
}

/**
 * One warning per link to a note that is not among `slugs`, located at the
 * link: `content/week-08.md:12:3 link to a missing note: ./week-99.md`.
 * Pure: it reads the tree the loader already parsed, nothing is rendered.
 */
export function missingNoteLinks(tree: Root, file: string, slugs: ReadonlySet<string>): ContentError[] {
  return noteLinks(tree)
    .filter((link) => !slugs.has(link.target.slug))
    .map((link) => {
      const start = link.position?.start;
      return new ContentError(file, start?.line ?? 1, start?.column ?? 1, `link to a missing note: ${link.url}`);
    });
}

/** A note file name -> its slug, the way the loader names pages (`Week 09.md` -> `week-09`). */
function noteSlug(fileName: string): WeekSlug {
  // Same rule as slugFromFileName in load.ts; repeated here so this module stays free of fs imports.
  return fileName.normalize("NFC").replace(noteFile, "").trim().toLowerCase().replace(/\s+/gu, "-") as WeekSlug;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
