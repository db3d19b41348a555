import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";
import { codeThemes, getHighlighter } from "@/lib/render/highlighter";
import rehypeShiki from "@/lib/render/rehype-shiki";

type Highlighter = Awaited<ReturnType<typeof getHighlighter>>;
let highlighter: Highlighter;

beforeAll(async () => {
  highlighter = await getHighlighter();
});

/** Markdown -> hast -> Shiki. */
function highlight(markdown: string): Root {
  const hast = unified().use(remarkRehype).runSync(parseMarkdown(markdown));
  return unified().use(rehypeShiki, { highlighter, themes: codeThemes }).runSync(hast);
}

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error("expected one item");
  return item;
}

describe("rehypeShiki", () => {
  it("highlights Python with light colours and --shiki-dark variables", () => {
    const tree = highlight("```python\nimport os\nx = 1\n```\n");
    const pre = only(elements(tree, "pre"));
    expect(pre.properties.dataLanguage).toBe("python");
    expect(toHtml(pre)).toMatch(/^<pre class="shiki shiki-themes github-light github-dark-default"/u);
    expect(String(pre.properties.style)).toContain("--shiki-dark-bg:");
    const styles = elements(tree, "span").map((span) => String(span.properties.style ?? ""));
    expect(styles.filter((style) => style.includes("--shiki-dark:")).length).toBeGreaterThan(2);
    expect(toHtml(pre).match(/<span class="line">/gu)).toHaveLength(2);
    expect(toString(pre)).toBe("import os\nx = 1");
  });

  it("reads the language after a space: ``` python", () => {
    const pre = only(elements(highlight("``` python\ndef f(): pass\n```\n"), "pre"));
    expect(pre.properties.dataLanguage).toBe("python");
    expect(toHtml(pre)).toContain("--shiki-dark:");
  });

  it("highlights a fence indented inside a list item", () => {
    const tree = highlight("- item\n\n    ```python\n    y = 2\n    ```\n");
    const pre = only(elements(tree, "pre"));
    expect(pre.properties.dataLanguage).toBe("python");
    expect(toString(pre)).toBe("y = 2");
    expect(elements(tree, "li")[0]?.children).toContain(pre);
  });

  it("renders an unknown language as plain code, without throwing", () => {
    const tree = highlight("```foo\n<x> & y\n```\n");
    const pre = only(elements(tree, "pre"));
    expect(pre.properties.dataLanguage).toBe("foo");
    expect(toString(pre)).toBe("<x> & y");
    expect(elements(tree, "span").some((span) => String(span.properties.style ?? "").includes("--shiki-dark:#"))).toBe(false);
  });

  it("calls a fence without a language text", () => {
    const pre = only(elements(highlight("```\nplain\n```\n"), "pre"));
    expect(pre.properties.dataLanguage).toBe("text");
    expect(toString(pre)).toBe("plain");
  });

  it("keeps the code block's source position", () => {
    const pre = only(elements(highlight("text\n\n```python\nx\n```\n"), "pre"));
    expect(pre.position?.start).toMatchObject({ line: 3, column: 1 });
  });

  it("leaves math blocks for KaTeX", () => {
    const tree = unified()
      .use(rehypeShiki, { highlighter, themes: codeThemes })
      .runSync(h(null, [h("pre", [h("code", { className: ["language-math", "math-display"] }, "x^2")])]));
    expect(toHtml(tree)).toBe('<pre><code class="language-math math-display">x^2</code></pre>');
  });

  it("leaves a <pre> without <code> alone", () => {
    const tree = unified()
      .use(rehypeShiki, { highlighter, themes: codeThemes })
      .runSync(h(null, [h("pre", "ascii art")]));
    expect(toHtml(tree)).toBe("<pre>ascii art</pre>");
  });
});
