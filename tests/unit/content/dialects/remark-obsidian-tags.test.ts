import { describe, expect, it } from "vitest";
import remarkObsidianTags from "@/lib/content/dialects/remark-obsidian-tags";
import { parseWeek, slugFromFileName } from "@/lib/content/load";
import { firstParagraph, reports, runDialect, withoutPositions } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianTags);

function tag(url: string, written: string) {
  return { type: "link", url, title: null, children: [{ type: "text", value: `#${written}` }], data: { inlineTag: written } };
}

describe("remarkObsidianTags", () => {
  it("exports the plugin and nothing else", async () => {
    expect(Object.keys(await import("@/lib/content/dialects/remark-obsidian-tags"))).toEqual(["default"]);
  });

  it.each([
    ["#mlops", tag("/tags/mlops", "mlops")],
    ["#MLOps", tag("/tags/mlops", "MLOps")],
    ["#머신러닝", tag("/tags/%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D", "머신러닝")],
    ["#ai/자연어처리", tag("/tags/ai/%EC%9E%90%EC%97%B0%EC%96%B4%EC%B2%98%EB%A6%AC", "ai/자연어처리")],
    ["#2023_회고", tag("/tags/2023_%ED%9A%8C%EA%B3%A0", "2023_회고")],
    ["#model-serving", tag("/tags/model-serving", "model-serving")],
  ])("reads %s as a link to its tag page", (markdown, expected) => {
    expect(firstParagraph(run(markdown).tree)).toEqual([expected]);
  });

  it("keeps the text around it, ends at punctuation and reports each tag at its place", () => {
    const { tree, file } = run("오늘 배운 것 #mlops, #서빙.\n다음 줄 #ai/ 끝");
    expect(firstParagraph(tree)).toEqual([
      { type: "text", value: "오늘 배운 것 " },
      tag("/tags/mlops", "mlops"),
      { type: "text", value: ", " },
      tag("/tags/%EC%84%9C%EB%B9%99", "서빙"),
      { type: "text", value: ".\n다음 줄 " },
      tag("/tags/ai", "ai"),
      { type: "text", value: "/ 끝" },
    ]);
    expect(reports(file)).toEqual([
      "1:9 Obsidian tag #mlops shown as a link to its tag page",
      "1:17 Obsidian tag #서빙 shown as a link to its tag page",
      "2:6 Obsidian tag #ai shown as a link to its tag page",
    ]);
  });

  it.each([
    ["a heading", "# 제목\n\n## 소제목 #태그"],
    ["code spans and blocks", "`#include` 와\n\n```python\n# 주석 #태그\n```"],
    ["a # inside a word or URL", "C# 과 https://example.com/#anchor 와 a#b"],
    ["digits only (an issue number)", "이슈 #42 와 #2023"],
    ["a colour", "색은 #1e90ff 와 #f0f0f0"],
    ["an escaped #", "\\#태그"],
    ["a keycap emoji", "키캡 #️⃣ 과 1️⃣"],
    ["a link's text and a bare autolink", "[#태그](https://a.b) <https://a.b/#x>"],
  ])("leaves %s as written", (_name, markdown) => {
    const plain = runDialect(markdown);
    const { tree, file } = run(markdown);
    expect(withoutPositions(tree)).toEqual(withoutPositions(plain.tree));
    expect(file.messages).toEqual([]);
  });

  it("reads a tag that starts a line or a list item", () => {
    const { tree } = run("#회고\n\n- 항목 #todo");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [tag("/tags/%ED%9A%8C%EA%B3%A0", "회고")] },
      {
        type: "list",
        ordered: false,
        start: null,
        spread: false,
        children: [
          {
            type: "listItem",
            spread: false,
            checked: null,
            children: [{ type: "paragraph", children: [{ type: "text", value: "항목 " }, tag("/tags/todo", "todo")] }],
          },
        ],
      },
    ]);
  });
});

describe("inline tags in the model", () => {
  it("joins front matter tags and inline tags, one per key, front matter first", () => {
    const note = "---\ntags: [MLOps, 서빙]\n---\n# 노트\n\n본문 #mlops 와 #회고 와 #서빙 그리고 #회고\n";
    const { week, handled } = parseWeek(note, "content/n.md", slugFromFileName("n.md"));
    expect(week.tags).toEqual(["MLOps", "서빙", "회고"]);
    expect(handled.map((problem) => problem.reason)).toContain("Obsidian tag #회고 shown as a link to its tag page");
  });
});
