import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { safeDecode } from "../urls";

/** Options of rehypeUserAnchors. */
export type Options = {
  /** The prefix the sanitizer put on authors' ids and names; default `"user-content-"`, rehype-sanitize's. */
  clobberPrefix?: string;
};

const emptyOptions: Options = {};

/**
 * Let in-note links reach anchors the author wrote: `[위로](#top)` with
 * `<a name="top"></a>` (or `id="top"`).
 *
 * The sanitizer renames authors' ids and names (`user-content-top`) so they
 * cannot clobber the page's own; GitHub then fixes the links with a script.
 * Here the `href` is fixed at build time instead, when no public id (a heading,
 * a lecture, a footnote) already answers to it. Runs after every plugin that sets ids.
 * An id the author repeats is kept on its first element only.
 */
const rehypeUserAnchors: Plugin<[Options?], Root> = function (options) {
  const prefix = (options ?? emptyOptions).clobberPrefix ?? "user-content-";
  return function (tree) {
    const targets = new Set<string>();
    visit(tree, "element", (node: Element) => {
      const { id } = node.properties;
      // An id the author wrote twice: a link lands on the first, as in a browser; the later copy
      // loses its id, keeping its text, so the page's ids stay unique.
      if (typeof id === "string" && id.startsWith(prefix) && targets.has(id)) delete node.properties.id;
      for (const value of [node.properties.id, node.tagName === "a" ? node.properties.name : undefined]) {
        if (typeof value === "string") targets.add(value);
      }
    });
    visit(tree, "element", (node: Element) => {
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href !== "string" || !href.startsWith("#") || href.length === 1) return;
      const target = safeDecode(href.slice(1));
      if (targets.has(target) || !targets.has(prefix + target)) return;
      node.properties.href = `#${prefix}${target}`;
    });
  };
};

export default rehypeUserAnchors;
