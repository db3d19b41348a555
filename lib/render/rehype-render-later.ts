import type { Element, ElementContent, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { classList } from "./hast-class";

/** The class that lets the browser skip a block's layout until it nears the screen (globals.css). */
export const RENDER_LATER_CLASS = "render-later";

/**
 * How much of the note, in CSS pixels, is rendered at once: more than any
 * screen shows below the page's header (about 450 px of it on a 1280 px
 * wide page), so no block that is on screen at load waits.
 */
export const FIRST_SCREEN_PX = 1400;

/** Lower bounds of how tall content renders, so the first screen is never cut short. */
const LINE_PX = 24;
const CHARACTERS_PER_LINE = 80;

/**
 * Mark the note's top-level blocks below the first screen to be rendered
 * later (`content-visibility: auto`): a long note otherwise costs one
 * style-and-layout pass of every block at load, the page's longest task
 * (issue #8).
 *
 * A block the browser skips stands in at a guessed height until it nears
 * the screen, and is rendered in the frame after that. On screen at load,
 * that would move what follows: so the blocks that could be on the first
 * screen are left alone. Which those are is known here only by estimate:
 * every block counts as short as it could possibly render (a line per list
 * item, row or line of code, and 80 characters to a line), so the estimate
 * runs out of the first screen late rather than early.
 *
 * Headings and rules are never marked: they cost little, and the outline and
 * the targets of links keep their places. Runs last, on the finished tree.
 */
const rehypeRenderLater: Plugin<[], Root> = function () {
  return function (tree) {
    let above = 0;
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (above >= FIRST_SCREEN_PX && !alwaysRendered(node)) node.properties.className = [...classList(node), RENDER_LATER_CLASS];
      above += shortestHeight(node);
    }
  };
};

function alwaysRendered(node: Element): boolean {
  return headingRank(node) !== undefined || node.tagName === "hr";
}

/** A lower bound of the block's rendered height. */
function shortestHeight(node: ElementContent): number {
  if (node.type !== "element") return 0;
  let lines = 0;
  visit(node, "element", (element: Element) => {
    if (element.tagName === "li" || element.tagName === "tr" || element.tagName === "br") lines += 1;
  });
  const text = toString(node);
  const textLines = Math.ceil(text.length / CHARACTERS_PER_LINE);
  const codeLines = node.tagName === "pre" ? text.split("\n").length : 0;
  return Math.max(lines, textLines, codeLines, 1) * LINE_PX;
}

export default rehypeRenderLater;
