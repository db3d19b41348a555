import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { calloutType, type CalloutKind } from "../content/callouts";
import { calloutIcon } from "./callout-icons";

/**
 * Draw the Obsidian callouts that lib/content/dialects/remark-obsidian-callouts
 * marked (`<blockquote data-callout="tip" data-callout-fold="-">`):
 *
 * - a callout that does not fold becomes `<aside class="callout callout-tip" role="note" aria-label="제목">`
 *   with a title line (icon + title) and the quote's blocks;
 * - a foldable one (`-` closed, `+` open) becomes a native
 *   `<details class="callout …"><summary class="callout-title">…</summary>…</details>`:
 *   it folds without JavaScript and the summary names it to assistive tech.
 *
 * The title is the author's (first paragraph, `data-callout-title="custom"`)
 * or the type's Korean default (팁, 요약, 질문…); a type Obsidian does not
 * define keeps its name as the title and the `callout-custom` style.
 * Nested callouts are drawn too. Runs right after sanitizing (the icons are ours).
 */
const rehypeObsidianCallouts: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "blockquote" || typeof node.properties.dataCallout !== "string") return;
      drawCallout(node, node.properties.dataCallout);
    });
  };
};

/** Turn the marked quote into the callout in place, so the visit goes on into its (nested) blocks. */
function drawCallout(quote: Element, written: string): void {
  const known = calloutType(written);
  const kind: CalloutKind = known?.kind ?? "custom";
  const fold = quote.properties.dataCalloutFold;
  const foldable = fold === "-" || fold === "+";
  const firstElement = quote.children.find((child): child is Element => child.type === "element");
  const authorTitle = quote.properties.dataCalloutTitle === "custom" && firstElement?.tagName === "p" ? firstElement : null;
  const title: ElementContent[] = authorTitle ? authorTitle.children : [{ type: "text", value: known?.title ?? written }];
  const body = quote.children.filter((child) => child !== authorTitle);
  const className = ["callout", `callout-${kind}`];
  const titleLine = [calloutIcon(kind, "callout-icon"), h("span", { className: ["callout-title-text"] }, title)];
  const hasBody = body.some((child) => child.type === "element" || (child.type === "text" && child.value.trim() !== ""));
  const content = hasBody ? [h("div", { className: ["callout-content"] }, body)] : [];

  if (foldable) {
    quote.tagName = "details";
    quote.properties = { className, dataCallout: written, open: fold === "+" };
    quote.children = [h("summary", { className: ["callout-title"] }, titleLine), ...content];
  } else {
    quote.tagName = "aside";
    quote.properties = { className, dataCallout: written, role: "note", ariaLabel: toString(h("span", title)).trim() };
    quote.children = [h("p", { className: ["callout-title"] }, titleLine), ...content];
  }
}

export default rehypeObsidianCallouts;
