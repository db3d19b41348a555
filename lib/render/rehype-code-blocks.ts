import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { NOTE_DOM } from "../dom-contract";

/**
 * Every `<pre>` of the note becomes a code block: a figure with the block's
 * language (as Shiki wrote it in `data-language`), the code, a "복사" button
 * and a live region for the result. The button is plain HTML: one delegated
 * listener (components/note/CopyCodeButtons) makes all of them copy, so the
 * note is never rebuilt as React. With JavaScript off the button is there and
 * does nothing, as before.
 */
const rehypeCodeBlocks: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index === undefined) return;
      parent.children[index] = codeBlock(node);
      return [SKIP, index + 1];
    });
  };
};

function codeBlock(pre: Element): Element {
  const language = pre.properties.dataLanguage;
  return h("figure", { className: ["code-block", "relative"] }, [
    ...(typeof language === "string" && language !== "text"
      ? [h("figcaption", { className: ["absolute", "right-16", "top-2.5", "select-none", "font-mono", "text-xs", "text-muted"] }, language)]
      : []),
    pre,
    h(
      "button",
      {
        type: "button",
        [NOTE_DOM.copyCode]: "",
        ariaLabel: "코드 복사",
        className:
          "no-print absolute right-2 top-2 rounded-md border border-line bg-page px-2 py-1 text-xs font-medium text-muted opacity-90 hover:text-ink focus-visible:opacity-100".split(
            " ",
          ),
      },
      "복사",
    ),
    h("span", { role: "status", ariaLive: "polite", className: ["sr-only"], [NOTE_DOM.copyCodeStatus]: "" }),
  ]);
}

export default rehypeCodeBlocks;
