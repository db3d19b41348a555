import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";
import remarkLiteralTags from "@/lib/render/remark-literal-tags";

/** Markdown -> mdast after the plugin. */
function run(markdown: string): Root {
  return unified().use(remarkLiteralTags).runSync(parseMarkdown(markdown));
}

/** The tree as `type(value)` / `type[children]` strings, without positions. */
function shape(node: Nodes): string {
  if ("children" in node) return `${node.type}[${node.children.map(shape).join(", ")}]`;
  return "value" in node ? `${node.type}(${node.value})` : node.type;
}

function htmlValues(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, "html", (node) => {
    values.push(node.value);
  });
  return values;
}

describe("remarkLiteralTags", () => {
  it("keeps tag-like words inside a line as text", () => {
    expect(shape(run("Tokens <eos> and <pad> end."))).toBe("root[paragraph[text(Tokens ), text(<eos>), text( and ), text(<pad>), text( end.)]]");
  });

  it("turns a lone tag-like block into a paragraph of text", () => {
    expect(shape(run("<pad>\n\n<eos>\n"))).toBe("root[paragraph[text(<pad>)], paragraph[text(<eos>)]]");
  });

  it("keeps a tag-like block followed by a line of prose, with the prose", () => {
    const tree = run("<eos>\n다음 문장 <pad> 끝\n");
    expect(htmlValues(tree)).toEqual([]);
    expect(toString(tree)).toBe("<eos>\n다음 문장 <pad> 끝");
  });

  it("keeps tag-like words in list items and quotes", () => {
    const tree = run("- <bos>\n\n> <unk>\n");
    expect(htmlValues(tree)).toEqual([]);
    expect(toString(tree)).toBe("<bos><unk>");
  });

  it.each(["</s2>", "<mask/>", "<sep id=1>", "<CLS>"])("keeps %s as text", (tag) => {
    const tree = run(`a ${tag} b`);
    expect(htmlValues(tree)).toEqual([]);
    expect(toString(tree)).toBe(`a ${tag} b`);
  });

  it("never sees <class 'int'> as HTML at all", () => {
    const tree = run("type is <class 'int'> here");
    expect(shape(tree)).toBe("root[paragraph[text(type is <class 'int'> here)]]");
  });

  it.each([
    ["an inline known tag", "a <br> b", ["<br>"]],
    ["a known block", '<p align="center"><img src="a.png" width = 300></p>', ['<p align="center"><img src="a.png" width = 300></p>']],
    ["a details element", "<details>\n<summary>more</summary>\n</details>", ["<details>\n<summary>more</summary>\n</details>"]],
    ["a comment", "<!-- note -->", ["<!-- note -->"]],
    ["HTML of several tags", "a <kbd>Ctrl</kbd> b", ["<kbd>", "</kbd>"]],
  ])("leaves real HTML alone: %s", (_name, markdown, html) => {
    expect(htmlValues(run(markdown))).toEqual(html);
  });

  it("keeps the position of the replaced node", () => {
    const tree = run("first\n\n<pad>\n");
    const paragraph = tree.children[1];
    expect(paragraph?.position?.start).toMatchObject({ line: 3, column: 1 });
    expect(paragraph?.type === "paragraph" ? paragraph.children[0]?.position?.start : null).toMatchObject({ line: 3, column: 1 });
  });
});
