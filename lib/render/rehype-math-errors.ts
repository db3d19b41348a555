import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { hasClass } from "./hast-class";

const label = "수식 오류";

/**
 * Show a formula KaTeX cannot parse as its source with a visible error, never
 * a blank: `$\frac{1$` becomes `<span class="math-error">` with the source as
 * code and "수식 오류", the reason in its title; a display formula (`$$`, ```` ```math ````)
 * becomes a block with the source and the reason written out.
 *
 * KaTeX (`throwOnError: false`) leaves only red text with the reason in a
 * tooltip, in a red that is hard to read on the dark theme. Runs after rehype-katex.
 */
const rehypeMathErrors: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined || !hasClass(node, "katex-error")) return;
      const source = toString(node).trim();
      const reason = shortReason(typeof node.properties.title === "string" ? node.properties.title : "");
      const block =
        parent.type === "root" || (parent.type === "element" && !phrasingParents.has(parent.tagName) && meaningful(parent.children).length === 1);
      const replacement: ElementContent = block
        ? h("div", { className: ["math-error", "math-error-block"], role: "note", ariaLabel: label }, [
            h("pre", h("code", source)),
            h("p", { className: ["math-error-reason"] }, `${label}: ${reason}`),
          ])
        : h("span", { className: ["math-error"], title: `${label}: ${reason}` }, [
            h("code", source),
            " ",
            h("span", { className: ["math-error-label"] }, `(${label})`),
          ]);
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };
};

const phrasingParents = new Set(["p", "a", "span", "em", "strong", "del", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "summary"]);

/** `ParseError: KaTeX parse error: Expected '}', got 'EOF' at end of input: \frac{1` -> `Expected '}', got 'EOF' at end of input`. */
function shortReason(title: string): string {
  const reason = title
    .replace(/^ParseError: KaTeX parse error: /u, "")
    .replace(/: [^:]*$/u, "")
    .trim();
  return reason === "" ? "KaTeX가 읽을 수 없는 수식입니다" : reason;
}

function meaningful(children: readonly ElementContent[]): ElementContent[] {
  return children.filter((child) => child.type !== "text" || child.value.trim() !== "");
}

export default rehypeMathErrors;
