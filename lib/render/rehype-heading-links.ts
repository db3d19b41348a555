import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { hastProperty, NOTE_CLASS, NOTE_DOM } from "../dom-contract";

/**
 * Give every heading of the note that has an id (h2-h6, placeholder sections
 * of lectures without notes included) a copy-link button at its end.
 *
 * Built here, at build time, so the note's headings stay server-rendered and
 * the only script is one delegated click handler. The button holds an icon
 * and no text: the heading's text content (what tests, search and the
 * breadcrumb read) stays exactly the author's. Its name says which section
 * it copies, since screen readers list buttons out of context.
 *
 * Runs after rehype-missing-notes (so placeholders get one) and after
 * rehype-section-ids (the alias spans it puts first are not text).
 */
const rehypeHeadingLinks: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      // The footnotes' title names the page's "각주" list, not a section of the note, and its id is renamed later.
      if (node.properties.dataFootnotes !== undefined) return SKIP;
      const rank = headingRank(node);
      if (rank === undefined || rank < 2) return;
      const id = node.properties.id;
      if (typeof id !== "string" || id === "") return;
      if (node.children.some((child) => child.type === "element" && child.tagName === "button")) return;
      const title = toString(node).replace(/\s+/gu, " ").trim();
      node.children.push(copyButton(id, title));
      return SKIP;
    });
  };
};

function copyButton(id: string, title: string): Element {
  return h(
    "button",
    {
      type: "button",
      className: [NOTE_CLASS.headingLink, "no-print"],
      [hastProperty(NOTE_DOM.copyLink)]: id,
      ariaLabel: title ? `${title} 링크 복사` : "이 섹션 링크 복사",
    },
    // The chain-link glyph is drawn by CSS (share.css): an inline SVG per heading was 3 more
    // elements to hydrate, style and lay out each time, and its markup in the HTML and the RSC payload.
    [],
  );
}

export default rehypeHeadingLinks;
