import { describe, expect, it } from "vitest";
import remarkObsidianComments from "@/lib/content/dialects/remark-obsidian-comments";
import { reports, runDialect, withoutPositions } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianComments);

describe("remarkObsidianComments", () => {
  it("hides an inline comment and reports where it stands", () => {
    const { tree, file } = run("앞 %%숨길 메모%% 뒤\n");
    expect(withoutPositions(tree.children)).toEqual([{ type: "paragraph", children: [{ type: "text", value: "앞  뒤" }] }]);
    expect(reports(file)).toEqual(["1:3 Obsidian comment %%…%% hidden, as in Obsidian's reading view"]);
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 1, column: 3 }, end: { line: 1, column: 12 } });
  });

  it("hides a block comment that spans paragraphs, a list and code, and keeps what follows", () => {
    const { tree, file } = run("첫 문단\n\n%%\n숨김 1\n\n- 숨김 2\n\n```\n숨김 3\n```\n끝 %% 남김\n\n다음 문단\n");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "첫 문단" }] },
      { type: "paragraph", children: [{ type: "text", value: " 남김" }] },
      { type: "paragraph", children: [{ type: "text", value: "다음 문단" }] },
    ]);
    expect(reports(file)).toEqual(["3:1 Obsidian comment %%…%% hidden, as in Obsidian's reading view"]);
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 11, column: 5 } });
  });

  it("drops a paragraph that held only a comment", () => {
    const { tree } = run("%%\n여러 줄\n주석\n%%\n\n남는 글\n");
    expect(withoutPositions(tree.children)).toEqual([{ type: "paragraph", children: [{ type: "text", value: "남는 글" }] }]);
  });

  it("hides several comments of one line, around other markup", () => {
    const { tree, file } = run("a %%1%% **b** %%2 *c*%% d\n");
    expect(withoutPositions(tree.children)).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "text", value: "a  " },
          { type: "strong", children: [{ type: "text", value: "b" }] },
          { type: "text", value: " " },
          { type: "text", value: " d" },
        ],
      },
    ]);
    expect(reports(file)).toHaveLength(2);
  });

  it("leaves %% in code, math and escaped as written", () => {
    const { tree, file } = run("`%%a%%` \\%%b%%\n\n```\n%%\n```\n");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [{ type: "inlineCode", value: "%%a%%" }, { type: "text", value: " %%b%%" }] },
      { type: "code", lang: null, meta: null, value: "%%" },
    ]);
    // `\%%b%%`: the escaped pair is text, the last `%%` opens a comment that never closes.
    expect(reports(file)).toEqual(["!1:13 unclosed Obsidian comment `%%` shown as written (close it with another `%%`)"]);
  });

  it("shows an unclosed comment as written, with a warning", () => {
    const { tree, file } = run("할 일 %% 나중에\n\n계속\n");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "할 일 %% 나중에" }] },
      { type: "paragraph", children: [{ type: "text", value: "계속" }] },
    ]);
    expect(reports(file)).toEqual(["!1:5 unclosed Obsidian comment `%%` shown as written (close it with another `%%`)"]);
  });
});
