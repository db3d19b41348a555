import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/**
 * Turn `<h1>`s of the body into `<h2>`s: the page's title is its only `<h1>`,
 * for screen readers and search engines alike. The text is kept as written.
 */
const rehypeDemoteHeadings: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "h1") node.tagName = "h2";
    });
  };
};

export default rehypeDemoteHeadings;
