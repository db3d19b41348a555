import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import rehypeFootnotes, { type Options } from "@/lib/render/rehype-footnotes";
import { elements, sanitizedHast } from "./parity-helpers";

function run(markdown: string, options?: Options): Root {
  return unified()
    .use(rehypeFootnotes, options ?? {})
    .runSync(sanitizedHast(markdown));
}

function ids(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (typeof node.properties.id === "string") found.push(node.properties.id);
  });
  return found;
}

/** [href, id] of the references in the text and of the back-links in the footnotes. */
function links(tree: Root): { refs: [unknown, unknown][]; backs: unknown[] } {
  const anchors = elements(tree, "a");
  return {
    refs: anchors.filter((a) => a.properties.dataFootnoteRef !== undefined).map((a) => [a.properties.href, a.properties.id]),
    backs: anchors.filter((a) => a.properties.dataFootnoteBackref !== undefined).map((a) => a.properties.href),
  };
}

const note = "첫째[^b], 둘째[^a], 다시 첫째[^b].\n\n[^a]: 에이\n[^b]: 비\n";

describe("rehypeFootnotes", () => {
  it("had a bug to fix: the sanitizer prefixed the ids twice and no link arrived", () => {
    const tree = sanitizedHast(note);
    const [first] = links(tree).refs;
    expect(first).toEqual(["#user-content-fn-b", "user-content-user-content-fnref-b"]);
    expect(ids(tree)).not.toContain("user-content-fn-b");
  });

  it("numbers footnotes in order of use and links both ways", () => {
    const tree = run(note);
    expect(links(tree)).toEqual({
      refs: [
        ["#fn-1", "fnref-1"],
        ["#fn-2", "fnref-2"],
        ["#fn-1", "fnref-1-2"],
      ],
      backs: ["#fnref-1", "#fnref-1-2", "#fnref-2"],
    });
    expect(elements(tree, "li").map((li) => [li.properties.id, toString(li).trim().slice(0, 1)])).toEqual([
      ["fn-1", "비"],
      ["fn-2", "에"],
    ]);
  });

  it("makes every footnote link land on an element of the page", () => {
    const tree = run(note);
    const present = new Set(ids(tree));
    const targets = elements(tree, "a").map((a) => String(a.properties.href).slice(1));
    expect(targets.filter((target) => !present.has(target))).toEqual([]);
  });

  it("shows the Korean title and points the references at it", () => {
    const tree = run(note);
    const [title] = elements(tree, "h2");
    expect(title?.properties).toEqual({ id: "footnote-label", className: ["footnotes-title"] });
    expect(title ? toString(title) : "").toBe("각주");
    expect(
      elements(tree, "a")
        .filter((a) => a.properties.dataFootnoteRef !== undefined)
        .map((a) => a.properties.ariaDescribedBy),
    ).toEqual([["footnote-label"], ["footnote-label"], ["footnote-label"]]);
  });

  it("keeps ids unique next to a heading that already has one", () => {
    const tree = unified()
      .use(function () {
        // A heading whose GitHub id is `fn-1` (rehype-section-ids sets these before this plugin).
        return (root: Root) => {
          const [heading] = elements(root, "h2");
          if (heading) heading.properties.id = "fn-1";
        };
      })
      .use(rehypeFootnotes)
      .runSync(sanitizedHast(`## fn 1\n\n${note}`));
    const all = ids(tree);
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
    expect(links(tree).refs[0]).toEqual(["#fn-1-2", "fnref-1"]);
  });

  it("uses a prefix when several renders share a page", () => {
    const first = ids(run(note, { idPrefix: "a-" }));
    const second = ids(run(note, { idPrefix: "b-" }));
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect(first).toContain("a-fn-1");
  });

  it("leaves a note without footnotes alone", () => {
    const tree = run("각주 없는 글 [^x]\n");
    expect(elements(tree, "section")).toEqual([]);
    expect(toString(tree)).toBe("각주 없는 글 [^x]");
  });
});
