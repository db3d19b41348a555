import type { Nodes, Root } from "mdast";
import { toHtml } from "hast-util-to-html";
import rehypeKatex from "rehype-katex";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";
import remarkGithubInlineMath from "@/lib/render/remark-github-inline-math";
import { elements } from "./parity-helpers";

function run(markdown: string): Root {
  return unified().use(remarkGithubInlineMath).runSync(parseMarkdown(markdown));
}

type InlineMath = Extract<Nodes, { type: "inlineMath" }>;

function inlineMath(tree: Root): InlineMath[] {
  const found: InlineMath[] = [];
  visit(tree, "inlineMath", (node) => {
    found.push(node);
  });
  return found;
}

/** Markdown -> KaTeX output, the way lib/render/process.ts chains them (sanitizing aside). */
function katex(markdown: string) {
  const processor = unified().use(remarkGithubInlineMath).use(remarkRehype).use(rehypeKatex, { throwOnError: false, strict: false });
  return processor.runSync(parseMarkdown(markdown));
}

/** The TeX source KaTeX was given, from its MathML annotations. */
function texOf(markdown: string): string[] {
  return elements(katex(markdown), "annotation").map((annotation) => toHtml(annotation.children).trim());
}

describe("remarkGithubInlineMath", () => {
  it("reads $`a^2`$ as the formula a^2, in the value and in KaTeX's <code>", () => {
    const [math] = inlineMath(run("피타고라스 $`a^2 + b^2`$ 정리"));
    expect(math?.value).toBe("a^2 + b^2");
    expect(math?.data?.hChildren).toEqual([{ type: "text", value: "a^2 + b^2" }]);
  });

  it("leaves $a^2$ and code spans alone", () => {
    const tree = run("$a^2$ 와 `$b$`");
    expect(inlineMath(tree).map((node) => node.value)).toEqual(["a^2"]);
  });

  it("keeps `*` literal inside the backticks", () => {
    expect(inlineMath(run("$`a*b*c`$")).map((node) => node.value)).toEqual(["a*b*c"]);
  });

  it("gives KaTeX both inline forms without the backticks, which it would draw as quotes", () => {
    expect(texOf("$`\\sqrt{2}`$ 와 $\\sqrt{3}$")).toEqual(["\\sqrt{2}", "\\sqrt{3}"]);
  });
});

describe("math beyond $ with rehype-katex", () => {
  it("renders a ```math block as display math, not as code", () => {
    const tree = katex("```math\n\\frac{1}{3}\n```\n");
    expect(elements(tree, "pre")).toEqual([]);
    expect(toHtml(tree)).toMatch(/^<span class="katex-display">/u);
    expect(texOf("```math\n\\frac{1}{3}\n```\n")).toEqual(["\\frac{1}{3}"]);
  });

  it("renders $$ blocks too", () => {
    expect(texOf("$$\nx^2\n$$\n")).toEqual(["x^2"]);
  });
});
