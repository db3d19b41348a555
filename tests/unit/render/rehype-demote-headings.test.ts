import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeDemoteHeadings from "@/lib/render/rehype-demote-headings";

function run(tree: Root): string {
  return toHtml(unified().use(rehypeDemoteHeadings).runSync(tree));
}

describe("rehypeDemoteHeadings", () => {
  it("turns every body h1 into an h2, keeping id and text", () => {
    expect(run(h(null, [h("h1", { id: "a" }, "첫 제목"), h("section", [h("h1", "둘째")])]))).toBe(
      '<h2 id="a">첫 제목</h2><section><h2>둘째</h2></section>',
    );
  });

  it.each(["h2", "h3", "h6", "p"])("leaves %s alone", (tagName) => {
    expect(run(h(null, [h(tagName, "x")]))).toBe(`<${tagName}>x</${tagName}>`);
  });
});
