import type { Link } from "mdast";
import { describe, expect, it } from "vitest";
import remarkObsidianWikiLinks, { wikiLinkOf } from "@/lib/content/dialects/remark-obsidian-wiki-links";
import { firstParagraph, reports, runDialect, withoutPositions } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianWikiLinks);

function link(url: string, text: string, wikiLink: { target: string; heading: string | null; block: string | null; alias: string | null }) {
  return { type: "link", url, title: null, children: [{ type: "text", value: text }], data: { wikiLink } };
}

describe("remarkObsidianWikiLinks", () => {
  it("exports the plugin, the WikiLink reader and nothing else", async () => {
    expect(Object.keys(await import("@/lib/content/dialects/remark-obsidian-wiki-links")).sort()).toEqual(["default", "wikiLinkOf"]);
  });

  it.each([
    ["[[노트]]", link("%EB%85%B8%ED%8A%B8.md", "노트", { target: "노트", heading: null, block: null, alias: null })],
    ["[[노트|별칭]]", link("%EB%85%B8%ED%8A%B8.md", "별칭", { target: "노트", heading: null, block: null, alias: "별칭" })],
    ["[[노트#Self-Attention]]", link("%EB%85%B8%ED%8A%B8.md#self-attention", "노트 > Self-Attention", { target: "노트", heading: "Self-Attention", block: null, alias: null })],
    ["[[#위치 인코딩]]", link("#위치-인코딩", "위치 인코딩", { target: "", heading: "위치 인코딩", block: null, alias: null })],
    ["[[노트#^block-1]]", link("%EB%85%B8%ED%8A%B8.md", "노트 > ^block-1", { target: "노트", heading: null, block: "block-1", alias: null })],
    ["[[week 08.md#A#B|8주차]]", link("week%2008.md#b", "8주차", { target: "week 08", heading: "B", block: null, alias: "8주차" })],
  ])("reads %s as a link", (markdown, expected) => {
    expect(firstParagraph(run(markdown).tree)).toEqual([expected]);
  });

  it("keeps the text around it and reports each link at its place", () => {
    const { tree, file } = run("앞 [[가]] 중간\n둘째 줄 [[나|다]] 끝\n");
    expect(firstParagraph(tree)).toEqual([
      { type: "text", value: "앞 " },
      link("%EA%B0%80.md", "가", { target: "가", heading: null, block: null, alias: null }),
      { type: "text", value: " 중간\n둘째 줄 " },
      link("%EB%82%98.md", "다", { target: "나", heading: null, block: null, alias: "다" }),
      { type: "text", value: " 끝" },
    ]);
    expect(reports(file)).toEqual(["1:3 Obsidian wiki link [[가]] shown as a link", "2:6 Obsidian wiki link [[나|다]] shown as a link"]);
    const paragraph = tree.children[0];
    const second = paragraph?.type === "paragraph" ? paragraph.children[3] : undefined;
    expect(second?.position).toMatchObject({ start: { line: 2, column: 6, offset: 16 }, end: { line: 2, column: 13, offset: 23 } });
  });

  it("leaves [[Paper]](url) GitHub's link with the text [Paper]", () => {
    const { tree, file } = run("[[Paper]](https://arxiv.org/abs/1706.03762)");
    expect(firstParagraph(tree)).toEqual([
      { type: "link", title: null, url: "https://arxiv.org/abs/1706.03762", children: [{ type: "text", value: "[Paper]" }] },
    ]);
    expect(file.messages).toEqual([]);
  });

  it("leaves code spans, code blocks, escaped brackets and empty links as written", () => {
    const { tree, file } = run("`[[노트]]` \\[[노트]] [[]] [[#]]\n\n```\n[[노트]]\n```\n");
    expect(withoutPositions(tree.children)).toEqual([
      { type: "paragraph", children: [{ type: "inlineCode", value: "[[노트]]" }, { type: "text", value: " [[노트]] [[]] [[#]]" }] },
      { type: "code", lang: null, meta: null, value: "[[노트]]" },
    ]);
    expect(file.messages).toEqual([]);
  });

  it("reads Obsidian's [[a\\|b]] in a table cell", () => {
    const { tree } = run("| 개념 | 노트 |\n| --- | --- |\n| 어텐션 | [[attention\\|어텐션 노트]] |\n");
    const table = tree.children[0];
    const cell = table?.type === "table" ? table.children[1]?.children[1] : undefined;
    expect(withoutPositions(cell?.children)).toEqual([link("attention.md", "어텐션 노트", { target: "attention", heading: null, block: null, alias: "어텐션 노트" })]);
  });

  it("does not nest a wiki link inside a link, nor read an embed", () => {
    const { tree } = run("[see [[노트]]](https://a.b) ![[그림.png]]");
    expect(firstParagraph(tree)).toEqual([
      { type: "link", title: null, url: "https://a.b", children: [{ type: "text", value: "see [[노트]]" }] },
      { type: "text", value: " ![[그림.png]]" },
    ]);
  });

  it("gives the coordinator's resolver the WikiLink of a link, and null for a Markdown link", () => {
    const { tree } = run("[[노트#제목|별칭]] [a](b.md)");
    const paragraph = tree.children[0];
    const links = paragraph?.type === "paragraph" ? paragraph.children.filter((child): child is Link => child.type === "link") : [];
    expect(links.map(wikiLinkOf)).toEqual([{ target: "노트", heading: "제목", block: null, alias: "별칭" }, null]);
  });
});
