import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import rehypeHeadingLinks from "@/lib/render/rehype-heading-links";
import { renderWeekBody } from "@/lib/render/process";
import { loadWeek8 } from "../helpers";

async function run(tree: Root): Promise<Root> {
  return unified().use(rehypeHeadingLinks).run(tree);
}

function buttons(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "button") found.push(node);
  });
  return found;
}

describe("rehypeHeadingLinks", () => {
  it("appends a labelled copy button to every h2-h6 with an id, keeping the heading's text", async () => {
    const tree = await run(
      h(null, [
        h("h2", { id: "lecture-2" }, [h("span", { id: "2강-mlops-개론", className: ["heading-alias"] }), "(2강) MLOPs 개론"]),
        h("h3", { id: "정리" }, "정리"),
      ]),
    );
    const [first, second] = buttons(tree);
    expect(first?.properties).toMatchObject({
      type: "button",
      className: ["heading-link", "no-print"],
      dataCopyId: "lecture-2",
      ariaLabel: "(2강) MLOPs 개론 링크 복사",
    });
    expect(second?.properties.ariaLabel).toBe("정리 링크 복사");
    // The icon has no text: the heading reads exactly as the author wrote it.
    expect(tree.children.map((node) => (node.type === "element" ? toString(node) : ""))).toEqual(["(2강) MLOPs 개론", "정리"]);
  });

  it("leaves h1, headings without an id and the footnotes' title alone", async () => {
    const tree = await run(
      h(null, [
        h("h1", { id: "title" }, "제목"),
        h("h3", "id 없음"),
        h("section", { dataFootnotes: true }, [h("h2", { id: "footnote-label" }, "각주")]),
      ]),
    );
    expect(buttons(tree)).toEqual([]);
  });

  it("is idempotent", async () => {
    const tree = await run(await run(h(null, [h("h2", { id: "a" }, "A")])));
    expect(buttons(tree)).toHaveLength(1);
  });

  it("gives Week 8's lecture headings and placeholders a button", async () => {
    const tree = await renderWeekBody(loadWeek8());
    const labels = buttons(tree).map((button) => [button.properties.dataCopyId, button.properties.ariaLabel]);
    expect(labels).toContainEqual(["lecture-3", "(3강) MLOPs Serving 링크 복사"]);
    expect(labels).toContainEqual(["lecture-7", "(7강) Linux & Shell Command 링크 복사"]);
    expect(labels).toContainEqual(["논문-스터디---about-diffusion-model", "논문 스터디 - About Diffusion model 링크 복사"]);
  });
});
