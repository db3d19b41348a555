import type { Element, ElementContent, Root, RootContent } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { entryHeading } from "../content/entry-heading";
import type { Entry, Section, Week } from "../content/types";

/** Options: the week whose Contents entries may lack notes. */
export type Options = { week: Pick<Week, "parts" | "sections"> };

/**
 * Give every Contents entry without body notes a short section of its own, in
 * Contents order right after the notes of the entry before it, so each TOC
 * link lands on its lecture, its title and its tasks (rehype-lecture-tasks puts
 * the checklist below the hint). Nothing of the body moves.
 */
const rehypeMissingNotes: Plugin<[Options], Root> = function (options) {
  const { parts, sections } = options.week;
  return function (tree) {
    const groups = missingByAnchor(parts.flatMap((part) => part.entries));
    // Insert from the end so earlier insertion points keep their index.
    const placements = groups
      .map(({ anchor, entries }) => {
        const section = sections.find((candidate) => candidate.id === anchor) ?? null;
        return { at: insertionIndex(tree, section), depth: section?.depth ?? 2, entries };
      })
      .sort((a, b) => b.at - a.at);
    for (const { at, depth, entries } of placements) {
      tree.children.splice(at, 0, ...entries.map((entry) => placeholder(entry, depth)));
    }
  };
};

type Group = { anchor: string | null; entries: Entry[] };

/** Entries without notes, grouped by the section of the last entry before them that has notes. */
function missingByAnchor(entries: readonly Entry[]): Group[] {
  const groups: Group[] = [];
  let anchor: string | null = null;
  for (const entry of entries) {
    if (entry.sectionId !== null) {
      anchor = entry.sectionId;
      continue;
    }
    const last = groups.at(-1);
    if (last && last.anchor === anchor) last.entries.push(entry);
    else groups.push({ anchor, entries: [entry] });
  }
  return groups;
}

/** Just before the next heading of the same or a higher rank than the anchor's, at the top level of the body. */
function insertionIndex(tree: Root, section: Section | null): number {
  const children = tree.children;
  const start = section ? children.findIndex((node) => isElement(node) && node.properties.id === section.id) : -1;
  if (start === -1) return children.length;
  const depth = section?.depth ?? 2;
  for (let index = start + 1; index < children.length; index += 1) {
    const node = children[index];
    const rank = node && isElement(node) ? headingRank(node) : undefined;
    if (rank !== undefined && rank <= depth) return index;
  }
  return children.length;
}

function isElement(node: RootContent): node is Element {
  return node.type === "element";
}

function placeholder(entry: Entry, depth: number): Element {
  const children: ElementContent[] = [
    h(`h${Math.min(Math.max(depth, 2), 6)}`, { id: entry.id }, entryHeading(entry)),
    h("p", { className: ["missing-notes-hint"] }, "아직 정리된 노트가 없습니다."),
  ];
  return h("section", { className: ["missing-notes"], dataEntry: entry.id }, children);
}

export default rehypeMissingNotes;
