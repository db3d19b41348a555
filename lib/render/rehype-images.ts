import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { parseLabel } from "../content/labels";

/**
 * Make note images cheap and accessible:
 * - the first image loads eagerly (it may be the largest paint), the rest lazily,
 *   all decoded off the main thread;
 * - an image without `alt` gets one from its section, such as `(5강,6강) 이미지 2`,
 *   so screen readers announce where it belongs instead of its file name.
 *   An explicit `alt=""` (decorative) is left alone.
 */
const rehypeImages: Plugin<[], Root> = function () {
  return function (tree) {
    let seen = 0;
    let section = "노트";
    let inSection = 0;
    visit(tree, "element", (node: Element) => {
      if (headingRank(node)) {
        const title = toString(node).trim();
        section = parseLabel(title).label?.text ?? title;
        inSection = 0;
        return;
      }
      if (node.tagName !== "img") return;
      seen += 1;
      inSection += 1;
      node.properties.loading = seen === 1 ? "eager" : "lazy";
      node.properties.decoding = "async";
      if (node.properties.alt === undefined || node.properties.alt === null) node.properties.alt = `${section} 이미지 ${inSection}`;
    });
  };
};

export default rehypeImages;
