import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import { h, s } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** The class the copy-link island (components/share/CopyLinkHandler) listens for. */
export const HEADING_LINK_CLASS = "heading-link";

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
      className: [HEADING_LINK_CLASS, "no-print"],
      dataCopyId: id,
      ariaLabel: title ? `${title} 링크 복사` : "이 섹션 링크 복사",
    },
    [linkIcon()],
  );
}

/** A chain-link glyph (16px, currentColor); decorative, the button's label names it. */
function linkIcon(): Element {
  return s(
    "svg",
    {
      viewBox: "0 0 16 16",
      width: 16,
      height: 16,
      ariaHidden: "true",
      focusable: "false",
      fill: "none",
      stroke: "currentColor",
      strokeWidth: 1.6,
      strokeLinecap: "round",
      strokeLinejoin: "round",
    },
    [
      s("path", { d: "M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9" }),
      s("path", { d: "M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.9-.9" }),
    ],
  );
}

export default rehypeHeadingLinks;
