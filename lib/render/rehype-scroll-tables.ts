import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

/**
 * Wide tables scroll on their own instead of widening the page on phones:
 * each `<table>` goes into a focusable region named "표" (keyboard users can
 * scroll it). Static HTML; no script is involved.
 */
const rehypeScrollTables: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      parent.children[index] = h("div", { className: ["table-scroll", "overflow-x-auto"], role: "region", ariaLabel: "표", tabIndex: 0 }, [node]);
      return [SKIP, index + 1];
    });
  };
};

export default rehypeScrollTables;
