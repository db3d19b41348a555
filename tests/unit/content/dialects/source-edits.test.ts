import type { Root } from "mdast";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { readTemplateDialects } from "@/lib/content/dialects/read-source";
import { applyEdits, indexLines, literalRanges, pointAt } from "@/lib/content/dialects/source-edits";
import { parseMarkdown } from "@/lib/content/parse";

describe("source edits", () => {
  it("makes non-overlapping edits, a zero-width insertion first at a shared start", () => {
    const edited = applyEdits("abc\ndef", [
      { start: 4, end: 5, text: "XY" },
      { start: 4, end: 4, text: "> " },
      { start: 0, end: 1, text: "" },
    ]);
    expect(edited.text).toBe("bc\n> XYef");
  });

  it("refuses an edit that would add or remove a line", () => {
    expect(() => applyEdits("a\nb", [{ start: 0, end: 3, text: "ab" }])).toThrow(/number of lines/u);
    expect(() => applyEdits("abc", [{ start: 0, end: 2, text: "x" }, { start: 1, end: 3, text: "y" }])).toThrow(/overlapping/u);
  });

  it("puts positions of a tree parsed from the edited text back on the note as written", () => {
    const note = "짧게 {{ site.url }}/x 다음 *강조* 끝\n\n둘째 줄";
    const start = note.indexOf("{{");
    const edited = applyEdits(note, [{ start, end: start + "{{ site.url }}".length, text: "" }]);
    expect(edited.text).toBe("짧게 /x 다음 *강조* 끝\n\n둘째 줄");
    const tree: Root = parseMarkdown(edited.text);
    edited.restorePositions(tree);
    const paragraph = tree.children[0];
    const emphasis = paragraph?.type === "paragraph" ? paragraph.children[1] : undefined;
    // `*강조*` stands at column 23 of the note as written, 9 columns right of where it was parsed.
    expect(emphasis?.position?.start).toEqual({ line: 1, column: note.indexOf("*강조*") + 1, offset: note.indexOf("*강조*") });
    expect(paragraph?.position?.end).toEqual({ line: 1, column: note.indexOf("\n") + 1, offset: note.indexOf("\n") });
    expect(tree.children[1]?.position?.start).toEqual({ line: 3, column: 1, offset: note.indexOf("둘째") });
  });

  it("turns offsets into line and column, and finds code and math", () => {
    const source = indexLines("a\n\nbc");
    expect(pointAt(source, 4)).toEqual({ line: 3, column: 2, offset: 4 });
    const ranges = literalRanges(parseMarkdown("`a` $b$\n\n```\nc\n```\n"));
    expect(ranges).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 9, end: 18 },
    ]);
  });
});

describe("readTemplateDialects", () => {
  it("reads a note mixing Liquid into a shortcode without failing: the shortcode's edit wins", () => {
    const note = '{{< figure src="{{ site.url }}/x.png" >}}\n\n{{ site.baseurl }}/y';
    const file = new VFile({ path: "notes/n.md", value: note });
    const source = readTemplateDialects(note, file, parseMarkdown);
    expect(source.text).toBe('<img src="{{ site.url }}/x.png">\n\n/y');
  });

  it("leaves a note without `{%` or `{{` as it is, unparsed", () => {
    const file = new VFile({ path: "notes/n.md", value: "# 제목 {: .x}" });
    expect(readTemplateDialects("# 제목 {: .x}", file, () => {
      throw new Error("parsed");
    }).text).toBe("# 제목 {: .x}");
  });
});
