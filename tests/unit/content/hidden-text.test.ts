import { describe, expect, it } from "vitest";
import { hiddenTextWarnings } from "@/lib/content/hidden-text";
import { parseMarkdown } from "@/lib/content/parse";

const warn = (markdown: string) => hiddenTextWarnings(parseMarkdown(markdown), "content/x.md").map((warning) => warning.message);

describe("hiddenTextWarnings", () => {
  it("warns about an HTML comment that is never closed, at its start", () => {
    expect(warn("앞\n\n<!-- 메모\n\n뒤 문장\n\n## 다음\n")).toEqual([
      "content/x.md:3:1 HTML comment `<!--` is never closed, so the rest of the note (6 line(s)) is hidden; add `-->` where it should end",
    ]);
  });

  it.each(["script", "style", "textarea", "SCRIPT"])("warns about a <%s> block that is never closed", (tag) => {
    expect(warn(`앞\n\n<${tag}>\n\n뒤 문장\n`)).toEqual([
      expect.stringMatching(new RegExp(`^content/x\\.md:3:1 \`<${tag.toLowerCase()}>\` is never closed, so the rest of the note`, "u")),
    ]);
  });

  it("says nothing about closed comments and blocks, or tags inside a line", () => {
    expect(warn("<!-- 메모 -->\n\n<script>\nx()\n</script>\n\n<style>p{}</style>\n\n문장 <script> 안\n")).toEqual([]);
  });

  // Found by the fuzz properties: the second `[^1]:` disappeared from the page without a word.
  it("warns about a footnote or link defined twice, naming the first definition", () => {
    expect(warn("a[^1] b[^1]\n\n[^1]: 첫째\n\n[^1]: 둘째\n\n[x]: https://a.example\n[X]: https://b.example\n")).toEqual([
      "content/x.md:5:1 footnote [^1] is defined again; only the definition on line 3 is used, so this one is hidden; rename or merge them",
      "content/x.md:8:1 link [X] is defined again; only the definition on line 7 is used, so this one is hidden; rename or merge them",
    ]);
  });
});

describe("hiddenTextWarnings: code fences", () => {
  const fence = (markdown: string) => hiddenTextWarnings(parseMarkdown(markdown), "content/x.md", markdown).map((warning) => warning.message);

  it.each([
    ["```python\nx = 1\n\n## 제목\n\n본문\n", 1],
    ["앞\n\n~~~\ncode\n", 3],
    ["- 항목\n\n  ```\n  code\n", 3],
    ["````\n```\n", 1],
  ])("warns about a fence never closed: %j", (markdown, line) => {
    expect(fence(markdown)).toEqual([
      `content/x.md:${line}:${markdown.split("\n")[line - 1]?.indexOf("`") === -1 ? (markdown.split("\n")[line - 1]?.indexOf("~") ?? 0) + 1 : (markdown.split("\n")[line - 1]?.indexOf("`") ?? 0) + 1} code fence is never closed, so the rest of the note is shown as code; add a closing \`\`\` line after the code`,
    ]);
  });

  it.each(["```\nx\n```\n", "```\nx\n```", "~~~~\nx\n~~~~~\n\n", "    indented code\n", "```\n```\n"])("says nothing about a closed fence or indented code: %j", (markdown) => {
    expect(fence(markdown)).toEqual([]);
  });
});
