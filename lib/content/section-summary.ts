import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { tocTargets } from "./outline";
import { firstSentence } from "./share";
import type { Entry, Week } from "./types";

/** What a section's preview page and card show: plain text, no rendering pipeline. */
export type SectionSummary = {
  /** The TOC target id (`lecture-2`), the page's last path segment. */
  id: string;
  /** `(2강) MLOPs 개론`, as the TOC and breadcrumb name it. */
  title: string;
  /** The section's paragraphs, headings and list lines as plain text, in order, up to a reading-size excerpt. */
  lines: string[];
  /** Meta description: the first sentence of the section's text, else a line naming the week. */
  description: string;
  /** The Contents entry's self-study tasks, top level, as text. */
  tasks: string[];
  /** Whether the body holds notes for it (a lecture may only be listed in Contents). */
  hasNotes: boolean;
};

/** Enough text for a preview page: the page links to the full note for the rest. */
const MAX_CHARS = 1200;

/** Every section that gets its own page: the week's TOC targets. */
export function sectionIds(week: Week): string[] {
  return tocTargets(week).map((target) => target.id);
}

/** The summary of one TOC target of a week, or null when the week has no such target. */
export function sectionSummary(week: Week, id: string): SectionSummary | null {
  const target = tocTargets(week).find((candidate) => candidate.id === id);
  if (!target) return null;
  const entry: Entry | undefined = week.parts.flatMap((part) => part.entries).find((candidate) => candidate.id === id);
  const lines = target.sectionId ? sectionLines(week, target.sectionId) : [];
  return {
    id,
    title: target.crumb,
    lines,
    // The first paragraph's first sentence: list items rarely end in a full stop, so joining them would run on.
    description: lines[0] ? firstSentence(lines[0]) : `${week.title}의 ${target.crumb} 강의 노트와 자기 학습 과제.`,
    tasks: entry ? entry.tasks.map((task) => task.text) : [],
    hasNotes: lines.length > 0,
  };
}

/** Plain-text lines of the body from a section's heading to the next heading of the same or a higher rank. */
function sectionLines(week: Week, sectionId: string): string[] {
  const section = week.sections.find((candidate) => candidate.id === sectionId);
  if (!section?.position) return [];
  const start = section.position.start.offset;
  const children = week.tree.root().children;
  const index = children.findIndex((node) => node.type === "heading" && node.position?.start.offset === start);
  if (index === -1) return [];
  const blocks: RootContent[] = [];
  for (const node of children.slice(index + 1)) {
    if (node.type === "heading" && node.depth <= section.depth) break;
    blocks.push(node);
  }
  const lines: string[] = [];
  let length = 0;
  for (const block of blocks) {
    // Paragraphs and sub-headings at any depth (list items hold paragraphs); code and raw HTML are not prose.
    visit(block, (node) => {
      if (length >= MAX_CHARS) return false;
      if (node.type !== "paragraph" && node.type !== "heading") return undefined;
      const line = toString(node).replace(/\s+/gu, " ").trim();
      if (line) {
        lines.push(line);
        length += line.length;
      }
      return "skip";
    });
  }
  return lines;
}
