import type { Definition, Link, Root } from "mdast";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import { ContentError } from "./errors";
import { perTree } from "./per-tree";
import { isNoteLinkUrl, type NoteIndex, resolveNoteLink } from "./note-index";
import type { Week, WeekSlug } from "./types";
import { weekHref } from "../urls";

/** A Markdown link (or link definition) of a note written as a relative link to a Markdown file. */
export type NoteLink = { url: string; position: Position | null };

/** The site path of a note and section: `/weeks/week-09#section`. */
export function noteHref(slug: WeekSlug, hash: string): string {
  return `${weekHref(slug)}${hash}`;
}

/** Every link and link definition of a parsed note written as a link to a note, in source order. */
export const noteLinks = perTree((tree: Root): readonly NoteLink[] => {
  const links: NoteLink[] = [];
  visit(tree, (node) => {
    if (node.type !== "link" && node.type !== "definition") return;
    const link: Link | Definition = node;
    if (isNoteLinkUrl(link.url)) links.push({ url: link.url, position: link.position ?? null });
  });
  return links;
});

/**
 * One warning per link to a note the site does not have, located at the link:
 * `content/week-08.md:12:3 link to a missing note: ./week-99.md`, resolved
 * from the note's own folder (lib/content/note-index.ts). Pure: it reads the
 * tree the loader already parsed, nothing is rendered.
 */
export function missingNoteLinks(week: Pick<Week, "tree" | "path" | "source">, index: NoteIndex): ContentError[] {
  return noteLinks(week.tree.root()).flatMap((link) => {
    const target = resolveNoteLink(link.url, week.path, index);
    if (target.kind !== "missing" && target.kind !== "outside") return [];
    const start = link.position?.start;
    const reason = target.kind === "outside" ? "link to a note outside the notes folder" : "link to a missing note";
    return [new ContentError(week.source, start?.line ?? 1, start?.column ?? 1, `${reason}: ${link.url}`)];
  });
}
