import type { Root } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import rehypeKatex from "rehype-katex";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeMathErrors from "@/lib/render/rehype-math-errors";
import { compactHtml, elements, hasClass, sanitizedHast } from "./parity-helpers";

const title = "ParseError: KaTeX parse error: Expected '}', got 'EOF' at end of input: \\frac{1";

function katexError(source: string) {
  return h("span", { className: ["katex-error"], title, style: "color:#cc0000" }, source);
}

function run(tree: Root): Root {
  return unified().use(rehypeMathErrors).runSync(tree);
}

describe("rehypeMathErrors", () => {
  it("shows an inline formula KaTeX rejected as code with a visible label and the reason in its title", () => {
    const tree = run(h(null, [h("p", ["식 ", katexError("\\frac{1"), " 끝"])]));
    expect(compactHtml(tree)).toBe(
      `<p>식 <span class="math-error" title="수식 오류: Expected &#x27;}&#x27;, got &#x27;EOF&#x27; at end of input"><code>\\frac{1</code> <span class="math-error-label">(수식 오류)</span></span> 끝</p>`,
    );
  });

  it("shows a display formula as a block with the source and the reason written out", () => {
    const tree = run(h(null, [katexError("\\frac{1}{\n")]));
    expect(compactHtml(tree)).toBe(
      `<div class="math-error math-error-block" role="note" aria-label="수식 오류"><pre><code>\\frac{1}{</code></pre><p class="math-error-reason">수식 오류: Expected '}', got 'EOF' at end of input</p></div>`,
    );
  });

  it("leaves good formulas alone", () => {
    const tree = h(null, [h("span", { className: ["katex"] }, "x")]);
    expect(compactHtml(run(tree))).toBe('<span class="katex">x</span>');
  });

  it("never leaves a bad formula blank after rehype-katex, inline or in ```math", () => {
    const tree = unified()
      .use(rehypeKatex, { throwOnError: false, strict: false })
      .use(rehypeMathErrors)
      .runSync(sanitizedHast("잘못된 $\\frac{1$ 식\n\n```math\n\\begin{matrix\n```\n\n좋은 $x$\n"));
    expect(elements(tree, "span").filter((span) => hasClass(span, "katex-error"))).toEqual([]);
    const errors = [...elements(tree, "span"), ...elements(tree, "div")].filter((node) => hasClass(node, "math-error"));
    expect(errors.map((node) => [node.tagName, toString(elements(node, "code")[0] ?? node).trim()])).toEqual([
      ["span", "\\frac{1"],
      ["div", "\\begin{matrix"],
    ]);
    expect(elements(tree, "span").filter((span) => hasClass(span, "katex"))).toHaveLength(1);
  });
});
