import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { writtenLinks } from "@/lib/content/files";
import { noteLinks } from "@/lib/content/links";
import { perTree } from "@/lib/content/per-tree";
import { parseMarkdown } from "@/lib/content/parse";

const emptyTree = (): Root => ({ type: "root", children: [] });

describe("perTree", () => {
  it("reads a tree once, and each tree on its own", () => {
    const seen: Root[] = [];
    const count = perTree((tree: Root) => {
      seen.push(tree);
      return tree.children.length;
    });
    const first = emptyTree();
    const second: Root = { type: "root", children: [{ type: "thematicBreak" }] };
    expect([count(first), count(first), count(second), count(first)]).toEqual([0, 0, 1, 0]);
    expect(seen).toEqual([first, second]);
  });

  it("remembers a result that is undefined", () => {
    let reads = 0;
    const nothing = perTree(() => {
      reads += 1;
      return undefined;
    });
    const tree = emptyTree();
    nothing(tree);
    nothing(tree);
    expect(reads).toBe(1);
  });

  it("gives the loader the links of an unchanged parse without walking it again", () => {
    const tree = parseMarkdown("[다음](./week-09.md) 과 [자료](./data.csv)\n");
    expect(writtenLinks(tree)).toBe(writtenLinks(tree));
    expect(noteLinks(tree)).toBe(noteLinks(tree));
    expect(writtenLinks(tree).map((link) => link.url)).toEqual(["./week-09.md", "./data.csv"]);
    expect(writtenLinks(parseMarkdown("[다음](./week-09.md)\n"))).not.toBe(writtenLinks(tree));
  });
});
