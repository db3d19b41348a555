import { toHast } from "mdast-util-to-hast";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import remarkObsidianHighlights from "@/lib/content/dialects/remark-obsidian-highlights";
import { firstParagraph, reports, runDialect } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianHighlights);

describe("remarkObsidianHighlights", () => {
  it("reads ==강조== as a highlight drawn as <mark>, and reports it", () => {
    const { tree, file } = run("이것은 ==중요한 개념==이다.");
    expect(firstParagraph(tree)).toEqual([
      { type: "text", value: "이것은 " },
      { type: "highlight", children: [{ type: "text", value: "중요한 개념" }], data: { hName: "mark" } },
      { type: "text", value: "이다." },
    ]);
    expect(reports(file)).toEqual(["1:5 Obsidian highlight ==…== shown as <mark>"]);
    expect(toHtml(toHast(tree))).toBe("<p>이것은 <mark>중요한 개념</mark>이다.</p>");
  });

  it("holds other inline markup", () => {
    expect(toHtml(toHast(run("==**굵게** 그리고 `코드`==").tree))).toBe("<p><mark><strong>굵게</strong> 그리고 <code>코드</code></mark></p>");
  });

  it.each([
    ["code spans", "`==x==`", "<p><code>==x==</code></p>"],
    ["an escaped opener", "\\==x==", "<p>==x==</p>"],
    ["an escaped closer", "==x\\==", "<p>==x==</p>"],
    ["comparisons", "a == b == c", "<p>a == b == c</p>"],
    ["three equals signs", "===x===", "<p>===x===</p>"],
  ])("leaves %s as written", (_, markdown, html) => {
    const { tree, file } = run(markdown);
    expect(toHtml(toHast(tree))).toBe(html);
    expect(file.messages).toEqual([]);
  });

  it("leaves code blocks as written", () => {
    expect(toHtml(toHast(run("```\n==x==\n```\n").tree))).toBe("<pre><code>==x==\n</code></pre>");
  });
});
