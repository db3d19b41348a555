import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Position } from "unist";
import { describe, expect, it } from "vitest";
import type { Section } from "@/lib/content/types";
import rehypeSectionIds from "@/lib/render/rehype-section-ids";
import { weekFrom } from "../helpers";

function at(line: number, column = 1): Position {
  return { start: { line, column }, end: { line, column: column + 10 } };
}

function section(id: string, aliases: string[], position: Position | null): Section {
  return { id, aliases, depth: 2, title: id, label: null, entryIds: [], position };
}

function withPosition(element: Element, position: Position): Element {
  element.position = position;
  return element;
}

describe("rehypeSectionIds", () => {
  it("gives a heading its section's id and an empty anchor per alias", () => {
    const tree: Root = h(null, [withPosition(h("h2", "(3강) MLOPs Serving"), at(5))]);
    unified()
      .use(rehypeSectionIds, { sections: [section("lecture-3", ["3강-mlops-serving"], at(5))] })
      .runSync(tree);
    expect(toHtml(tree)).toBe('<h2 id="lecture-3"><span id="3강-mlops-serving" class="heading-alias"></span>(3강) MLOPs Serving</h2>');
  });

  it("matches headings by source position, not by order", () => {
    const tree: Root = h(null, [
      // A raw HTML heading has no mdast section: it must not shift the ids after it.
      h("h2", "raw"),
      withPosition(h("h3", "b"), at(9)),
      withPosition(h("h2", "a"), at(3)),
    ]);
    unified()
      .use(rehypeSectionIds, { sections: [section("a", [], at(3)), section("b", ["b-alias", "b-two"], at(9))] })
      .runSync(tree);
    expect(toHtml(tree)).toBe(
      '<h2>raw</h2><h3 id="b"><span id="b-alias" class="heading-alias"></span><span id="b-two" class="heading-alias"></span>b</h3><h2 id="a">a</h2>',
    );
  });

  it("uses the column too, so two headings on one line stay apart", () => {
    const tree: Root = h(null, [withPosition(h("h4", "x"), at(2, 3))]);
    unified()
      .use(rehypeSectionIds, { sections: [section("other", [], at(2, 1))] })
      .runSync(tree);
    expect(toHtml(tree)).toBe("<h4>x</h4>");
  });

  it("leaves non-heading elements at a section's position alone", () => {
    const tree: Root = h(null, [withPosition(h("p", "text"), at(5))]);
    unified()
      .use(rehypeSectionIds, { sections: [section("lecture-3", [], at(5))] })
      .runSync(tree);
    expect(toHtml(tree)).toBe("<p>text</p>");
  });

  it("does nothing without options", () => {
    const tree: Root = h(null, [withPosition(h("h2", "x"), at(1))]);
    unified().use(rehypeSectionIds).runSync(tree);
    expect(toHtml(tree)).toBe("<h2>x</h2>");
  });

  it("applies the model's ids to the headings remark-rehype makes", () => {
    const week = weekFrom("## Contents\n\n- (2강) 개론\n\n## (2강) MLOps 개론\n\n### 정리\n\n## 정리\n");
    const html = toHtml(unified().use(remarkRehype).use(rehypeSectionIds, { sections: week.sections }).runSync(week.tree.root()));
    expect(html).toBe(
      [
        '<h2 id="contents">Contents</h2>',
        "<ul>",
        "<li>(2강) 개론</li>",
        "</ul>",
        '<h2 id="lecture-2"><span id="2강-mlops-개론" class="heading-alias"></span>(2강) MLOps 개론</h2>',
        '<h3 id="정리">정리</h3>',
        '<h2 id="정리-1">정리</h2>',
      ].join("\n"),
    );
  });
});
