import type { Element, Root } from "hast";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import rehypeRenderLater, { FIRST_SCREEN_PX, RENDER_LATER_CLASS } from "@/lib/render/rehype-render-later";
import { loadWeek8 } from "../helpers";

async function run(tree: Root): Promise<Root> {
  return unified().use(rehypeRenderLater).run(tree);
}

function marked(tree: Root): boolean[] {
  return tree.children.flatMap((node) => (node.type === "element" ? [(node.properties.className as string[] | undefined)?.includes(RENDER_LATER_CLASS) ?? false] : []));
}

/** A list of `items` one-line items. */
const list = (items: number) => h("ul", Array.from({ length: items }, (_, index) => h("li", `항목 ${index}`)));

describe("rehypeRenderLater", () => {
  it("leaves the first screen alone and marks the blocks after it", async () => {
    // 24 px a line: 40 items are 960 px, the 30-line code block 720 px more: past the first screen.
    const code = h("pre", [h("code", Array.from({ length: 30 }, (_, index) => `line ${index}`).join("\n"))]);
    const tree = await run(h(null, [h("h2", { id: "a" }, "A"), list(40), code, h("p", { className: ["image-row"] }, "다음"), list(3)]));
    expect(marked(tree)).toEqual([false, false, false, true, true]);
    const paragraph = tree.children[3] as Element;
    expect(paragraph.properties.className).toEqual(["image-row", RENDER_LATER_CLASS]);
  });

  it("counts long text by its lines, so a short note stays whole", async () => {
    const paragraph = (characters: number) => h("p", "가".repeat(characters));
    // 80 characters a line: 10 paragraphs of 800 characters are 10 x 10 lines x 24 px = 2400 px.
    const tree = await run(h(null, Array.from({ length: 10 }, () => paragraph(800))));
    const firstMarked = marked(tree).indexOf(true);
    expect(firstMarked * 10 * 24).toBeGreaterThanOrEqual(FIRST_SCREEN_PX);
    expect((firstMarked - 1) * 10 * 24).toBeLessThan(FIRST_SCREEN_PX);
    expect(marked(await run(h(null, [paragraph(80), list(5), paragraph(200)])))).toEqual([false, false, false]);
  });

  it("never marks headings and rules, which keep the outline and link targets in place", async () => {
    const tree = await run(h(null, [list(100), h("h3", { id: "b" }, "B"), h("hr"), list(2), h("h2", { id: "c" }, "C")]));
    expect(marked(tree)).toEqual([false, false, false, true, false]);
  });

  it("marks Week 8's long lecture notes, not its opening", async () => {
    const tree = await renderWeekBody(loadWeek8());
    const flags = marked(tree);
    expect(flags.slice(0, 2)).toEqual([false, false]);
    expect(flags.filter(Boolean).length).toBeGreaterThan(flags.length / 2);
  });
});
