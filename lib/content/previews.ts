import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { type CourseFolder, crumbsAbove, readingOrder } from "./course";
import { tocTargets } from "./outline";
import type { Week } from "./types";

/**
 * What a link preview card shows for a page under /weeks/, written as one
 * small static JSON per page (`/previews/<slug>.json`) and fetched only when a
 * reader points at or focuses a link to it. Plain text only: the card never
 * renders HTML.
 */
export type PagePreview = {
  /** The note's (or folder's) title. */
  title: string;
  /** The folders above it, outermost first (`["alice", "Week_2"]`); empty at the top. */
  path: string[];
  /** Its first lines: the description, else the start of its prose, at most `EXCERPT_CHARS`. */
  excerpt: string;
  /** Each heading (and lecture) a `#hash` may name: every id that reaches it, its title and its first lines. */
  sections: SectionPreview[];
};

/** One place inside a note that a link may name. */
export type SectionPreview = { ids: string[]; title: string; excerpt: string };

/** Enough for a card's three or four lines; the note itself has the rest. */
export const EXCERPT_CHARS = 200;

/** The preview of a note; `root` gives the folders above it. */
export function notePreview(week: Week, root: CourseFolder): PagePreview {
  const blocks = week.tree.root().children;
  const sections: SectionPreview[] = week.sections.map((section) => ({
    ids: [section.id, ...section.aliases],
    title: section.title,
    excerpt: excerpt(blocksUnder(blocks, section.position?.start.offset, section.depth)),
  }));
  const known = new Set(sections.flatMap((section) => section.ids));
  // A lecture the Contents lists without notes still has a place on the page (and a section page).
  for (const target of tocTargets(week)) {
    if (!known.has(target.id)) sections.push({ ids: [target.id], title: target.crumb, excerpt: "아직 정리된 노트가 없습니다." });
  }
  return {
    title: week.title,
    path: crumbsAbove(root, { kind: "note", week }).map((crumb) => crumb.label),
    excerpt: week.description ? cut(week.description) : excerpt(blocks),
    sections,
  };
}

/** The preview of a folder's own page: its name and the notes it holds. */
export function folderPreview(folder: CourseFolder, root: CourseFolder): PagePreview {
  const notes = readingOrder(folder);
  return {
    title: folder.name,
    path: crumbsAbove(root, { kind: "folder", folder }).map((crumb) => crumb.label),
    excerpt: cut(`노트 ${notes.length}개: ${notes.map((week) => week.title).join(", ")}`),
    sections: [],
  };
}

/** The blocks after the heading that starts at `offset`, up to the next heading of the same or a higher rank. */
function blocksUnder(blocks: readonly RootContent[], offset: number | undefined, depth: number): RootContent[] {
  if (offset === undefined) return [];
  const start = blocks.findIndex((node) => node.type === "heading" && node.position?.start.offset === offset);
  if (start === -1) return [];
  const under: RootContent[] = [];
  for (const node of blocks.slice(start + 1)) {
    if (node.type === "heading" && node.depth <= depth) break;
    under.push(node);
  }
  return under;
}

/** The prose of some blocks (paragraphs, at any depth: list items hold paragraphs), cut to `EXCERPT_CHARS`. */
function excerpt(blocks: readonly RootContent[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const block of blocks) {
    // Code, raw HTML, formulas and tables are not lines a card can show as text.
    visit(block, (node) => {
      if (length > EXCERPT_CHARS) return false;
      if (node.type === "code" || node.type === "html" || node.type === "math" || node.type === "table") return "skip";
      if (node.type !== "paragraph") return undefined;
      const line = toString(node).replace(/\s+/gu, " ").trim();
      if (line) {
        lines.push(line);
        length += line.length + 1;
      }
      return "skip";
    });
    if (length > EXCERPT_CHARS) break;
  }
  return cut(lines.join(" "));
}

/** A text cut to `EXCERPT_CHARS` at a word boundary, `…` when something was left out. */
export function cut(text: string): string {
  const collapsed = text.replace(/\s+/gu, " ").trim();
  if (collapsed.length <= EXCERPT_CHARS) return collapsed;
  const head = collapsed.slice(0, EXCERPT_CHARS);
  const space = head.lastIndexOf(" ");
  return `${(space > EXCERPT_CHARS / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
