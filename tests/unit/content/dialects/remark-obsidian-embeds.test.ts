import { describe, expect, it } from "vitest";
import remarkObsidianEmbeds from "@/lib/content/dialects/remark-obsidian-embeds";
import remarkObsidianWikiLinks from "@/lib/content/dialects/remark-obsidian-wiki-links";
import { collectImages } from "@/lib/content/images";
import { firstParagraph, reports, runDialect } from "./obsidian-helpers";

const run = (markdown: string) => runDialect(markdown, remarkObsidianEmbeds);

describe("remarkObsidianEmbeds", () => {
  it.each([
    ["![[그림.png]]", { type: "image", url: "%EA%B7%B8%EB%A6%BC.png", alt: "", title: null, data: { wikiEmbed: true } }],
    ["![[그림.png|300]]", { type: "image", url: "%EA%B7%B8%EB%A6%BC.png", alt: "", title: null, data: { wikiEmbed: true, hProperties: { width: "300" } } }],
    [
      "![[Pasted image 20240426.png|300x200]]",
      { type: "image", url: "Pasted%20image%2020240426.png", alt: "", title: null, data: { wikiEmbed: true, hProperties: { width: "300", height: "200" } } },
    ],
    ["![[diagram.svg|구조도]]", { type: "image", url: "diagram.svg", alt: "구조도", title: null, data: { wikiEmbed: true } }],
  ])("reads %s as an image", (markdown, expected) => {
    const { tree, file } = run(markdown);
    expect(firstParagraph(tree)).toEqual([expected]);
    expect(reports(file)).toEqual([`1:1 Obsidian embed ${markdown} shown as an image`]);
  });

  it("gives the model's image list the place and the size", () => {
    const { tree } = run("## 구조\n\n그림:\n\n![[그림.png|300x200]]\n");
    expect(collectImages(tree, [])).toMatchObject([{ src: "%EA%B7%B8%EB%A6%BC.png", width: "300", height: "200", line: 5, column: 1, alt: null }]);
  });

  it("shows a note embed as a link to the note, with a warning", () => {
    const { tree, file } = run("앞 ![[다른 노트#요약]]");
    expect(firstParagraph(tree)).toEqual([
      { type: "text", value: "앞 " },
      {
        type: "link",
        url: "%EB%8B%A4%EB%A5%B8%20%EB%85%B8%ED%8A%B8.md#요약",
        title: null,
        children: [{ type: "text", value: "다른 노트 > 요약" }],
        data: { wikiLink: { target: "다른 노트", heading: "요약", block: null, alias: null }, wikiEmbed: true },
      },
    ]);
    expect(reports(file)).toEqual(["!1:3 note embeds are shown as links: ![[다른 노트#요약]]"]);
  });

  it("shows another file as a link to it, with a warning", () => {
    const { tree, file } = run("![[강의 자료.pdf]]");
    expect(firstParagraph(tree)).toEqual([
      { type: "link", url: "%EA%B0%95%EC%9D%98%20%EC%9E%90%EB%A3%8C.pdf", title: null, children: [{ type: "text", value: "강의 자료.pdf" }], data: { wikiEmbed: true } },
    ]);
    expect(reports(file)).toEqual(["!1:1 embedded files are shown as links: ![[강의 자료.pdf]]"]);
  });

  it("leaves code and an escaped embed as written, and runs before wiki links", () => {
    const { tree, file } = runDialect("`![[그림.png]]` \\![[그림.png]]", remarkObsidianEmbeds, remarkObsidianWikiLinks);
    expect(firstParagraph(tree)).toEqual([
      { type: "inlineCode", value: "![[그림.png]]" },
      { type: "text", value: " ![[그림.png]]" },
    ]);
    expect(file.messages).toEqual([]);
  });
});
