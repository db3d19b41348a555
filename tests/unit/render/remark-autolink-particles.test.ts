import type { Root } from "mdast";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";
import remarkAutolinkParticles from "@/lib/render/remark-autolink-particles";

function run(markdown: string): Root {
  return unified().use(remarkAutolinkParticles).runSync(parseMarkdown(markdown));
}

/** The paragraph as `[link text](url)` and plain text, to see what the link took. */
function shape(markdown: string): string {
  const parts: string[] = [];
  visit(run(markdown), (node) => {
    if (node.type === "link") parts.push(`[${node.children.map((child) => ("value" in child ? child.value : "")).join("")}](${node.url})`);
    else if (node.type === "text") parts.push(node.value);
  });
  // A link's own text is visited too; drop that repetition.
  return parts.filter((part, index) => !parts[index - 1]?.startsWith(`[${part}]`)).join("");
}

describe("remarkAutolinkParticles", () => {
  it.each([
    ["https://a.b/c를 참고", "[https://a.b/c](https://a.b/c)를 참고"],
    ["www.example.com에서 받기", "[www.example.com](http://www.example.com)에서 받기"],
    ["https://github.com/a/b/issues/1입니다.", "[https://github.com/a/b/issues/1](https://github.com/a/b/issues/1)입니다."],
    ["https://a.b/c.에서", "[https://a.b/c](https://a.b/c).에서"],
    ["(https://a.b/c)를 보세요", "([https://a.b/c](https://a.b/c))를 보세요"],
    ["https://a.b/path_(x)를", "[https://a.b/path_(x)](https://a.b/path_(x))를"],
    ["한글https://a.b/x를", "한글[https://a.b/x](https://a.b/x)를"],
  ])("%s -> %s", (markdown, expected) => {
    expect(shape(markdown)).toBe(expected);
  });

  it.each([
    ["a Korean path", "https://ko.wikipedia.org/wiki/인공지능 문서"],
    ["a Korean query", "https://a.b/search?q=모델 검색"],
    ["a Korean host", "www.한국.kr 방문"],
  ])("keeps %s whole", (_, markdown) => {
    const [url] = markdown.split(" ");
    const links: string[] = [];
    visit(run(markdown), "link", (node) => {
      links.push(node.children.map((child) => ("value" in child ? child.value : "")).join(""));
    });
    expect(links).toEqual([url]);
  });

  it("leaves links written as <url> or [text](url) as written", () => {
    expect(shape("<https://a.b/y를> [https://a.b/z를](https://a.b/z를)")).toBe(
      "[https://a.b/y를](https://a.b/y를) [https://a.b/z를](https://a.b/z를)",
    );
  });

  it("keeps e-mail autolinks, which GFM already ends at Hangul", () => {
    expect(shape("foo@bar.com으로")).toBe("[foo@bar.com](mailto:foo@bar.com)으로");
  });
});
