import type { Nodes, Root, RootContent } from "mdast";
import type { Section, Week } from "./types";

/**
 * How long a note (or one lecture of it) takes to read, for Korean notes.
 *
 * Word counts mislead in Korean: one 어절 carries a noun and its particles,
 * so Korean is counted by characters. The rule:
 * - Hangul syllables (and CJK ideographs, kana): 500 per minute, the silent
 *   reading speed usually measured for adult Korean readers;
 * - Latin words (runs of letters or digits, `MLOps`, `2023`): 200 per minute,
 *   slower than for English prose since in these notes they are terms;
 * - code blocks: 2 seconds per non-blank line (read, not run); inline code is
 *   a word;
 * - block formulas: 10 seconds each; inline math is a word;
 * - images (`![]()`, `<img>` in HTML, Obsidian embeds): Medium's rule, 12
 *   seconds for the first, one second less for each next one, never less than 3.
 * The total is rounded up to whole minutes, and anything readable takes at
 * least a minute. Pure: a function of the tree.
 */

const HANGUL_PER_MINUTE = 500;
const LATIN_WORDS_PER_MINUTE = 200;
const SECONDS_PER_CODE_LINE = 2;
const SECONDS_PER_FORMULA = 10;

/** What a stretch of a note holds, as reading time counts it. */
export type ReadingCounts = { hangul: number; latinWords: number; codeLines: number; formulas: number; images: number };

const wideChar = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const latinWord = /[\p{L}\p{N}]+/gu;
const imgTag = /<img\b/giu;

/** Counts of some mdast nodes (and everything inside them). */
export function readingCounts(nodes: readonly Nodes[]): ReadingCounts {
  const counts: ReadingCounts = { hangul: 0, latinWords: 0, codeLines: 0, formulas: 0, images: 0 };
  const countText = (text: string) => {
    const wide = text.match(wideChar)?.length ?? 0;
    counts.hangul += wide;
    counts.latinWords += text.replace(wideChar, " ").match(latinWord)?.length ?? 0;
  };
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "text":
        countText(node.value);
        return;
      case "inlineCode":
      case "inlineMath":
        counts.latinWords += 1;
        return;
      case "code":
        counts.codeLines += node.value.split("\n").filter((line) => line.trim() !== "").length;
        return;
      case "math":
        counts.formulas += 1;
        return;
      case "image":
      case "imageReference":
        counts.images += 1;
        return;
      case "html":
        // Raw HTML is layout around images and short markup; only its images and its text count.
        counts.images += node.value.match(imgTag)?.length ?? 0;
        countText(node.value.replace(/<[^>]*>/gu, " "));
        return;
      default:
        if ("children" in node) for (const child of node.children) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return counts;
}

/** Seconds the counts take to read. */
export function readingSeconds(counts: ReadingCounts): number {
  let imageSeconds = 0;
  for (let index = 0; index < counts.images; index += 1) imageSeconds += Math.max(3, 12 - index);
  return (
    (counts.hangul / HANGUL_PER_MINUTE) * 60 +
    (counts.latinWords / LATIN_WORDS_PER_MINUTE) * 60 +
    counts.codeLines * SECONDS_PER_CODE_LINE +
    counts.formulas * SECONDS_PER_FORMULA +
    imageSeconds
  );
}

/** Whole minutes, rounded up; 0 only for nothing to read. */
export function readingMinutes(counts: ReadingCounts): number {
  const seconds = readingSeconds(counts);
  return seconds <= 0 ? 0 : Math.max(1, Math.ceil(seconds / 60));
}

/** `약 6분`. */
export function readingTimeLabel(minutes: number): string {
  return `약 ${minutes}분`;
}

/** Minutes to read the whole note (its title is not counted; the body is). */
export function noteReadingMinutes(week: Pick<Week, "tree">): number {
  return readingMinutes(readingCounts(week.tree.root().children));
}

/**
 * Minutes to read one section: its heading and everything up to the next
 * heading of the same or a higher rank (its sub-sections included).
 */
export function sectionReadingMinutes(tree: Root, section: Pick<Section, "position" | "depth">): number {
  return readingMinutes(readingCounts(sectionNodes(tree, section)));
}

function sectionNodes(tree: Root, section: Pick<Section, "position" | "depth">): RootContent[] {
  const start = section.position?.start;
  if (start === undefined) return [];
  // The section's heading is a node of this tree: found by where it starts.
  const at = tree.children.findIndex(
    (node) => node.type === "heading" && node.position?.start.line === start.line && node.position.start.column === start.column,
  );
  if (at === -1) return [];
  const nodes: RootContent[] = [];
  for (const node of tree.children.slice(at + 1)) {
    if (node.type === "heading" && node.depth <= section.depth) break;
    nodes.push(node);
  }
  return nodes;
}
