import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeImages from "@/lib/render/rehype-images";

function run(tree: Root): string {
  return toHtml(unified().use(rehypeImages).runSync(tree));
}

describe("rehypeImages", () => {
  it("loads the first image eagerly and the rest lazily, all decoded async", () => {
    const tree = h(null, [
      h("p", { align: "center" }, [h("img", { src: "a.png", width: 300, alt: "a" })]),
      h("ul", [h("li", [h("img", { src: "b.png", alt: "b" })])]),
      h("img", { src: "c.png", alt: "c" }),
    ]);
    expect(run(tree)).toBe(
      '<p align="center"><img src="a.png" width="300" alt="a" loading="eager" decoding="async"></p>' +
        '<ul><li><img src="b.png" alt="b" loading="lazy" decoding="async"></li></ul>' +
        '<img src="c.png" alt="c" loading="lazy" decoding="async">',
    );
  });

  it("overrides an author's loading attribute so only one image is eager", () => {
    expect(run(h(null, [h("img", { src: "a.png", alt: "", loading: "lazy" }), h("img", { src: "b.png", alt: "", loading: "eager" })]))).toBe(
      '<img src="a.png" alt="" loading="eager" decoding="async"><img src="b.png" alt="" loading="lazy" decoding="async">',
    );
  });

  it("counts per tree, not per process", () => {
    const processor = unified().use(rehypeImages);
    const first = processor.runSync(h(null, [h("img", { src: "a.png", alt: "a" })]));
    const second = processor.runSync(h(null, [h("img", { src: "b.png", alt: "b" })]));
    expect([toHtml(first), toHtml(second)]).toEqual([
      '<img src="a.png" alt="a" loading="eager" decoding="async">',
      '<img src="b.png" alt="b" loading="eager" decoding="async">',
    ]);
  });

  it("names an image without alt after its section's label or title, counting per section", () => {
    const tree = h(null, [
      h("img", { src: "0.png" }),
      h("h2", "(5강,6강)Notebook 베이스"),
      h("p", [h("img", { src: "1.png" }), h("img", { src: "2.png" })]),
      h("h3", "논문 스터디"),
      h("img", { src: "3.png" }),
    ]);
    const alts = [...run(tree).matchAll(/alt="([^"]*)"/gu)].map((match) => match[1]);
    expect(alts).toEqual(["노트 이미지 1", "(5강,6강) 이미지 1", "(5강,6강) 이미지 2", "논문 스터디 이미지 1"]);
  });

  it("keeps an author's alt, including an empty (decorative) one", () => {
    expect(run(h(null, [h("h2", "정리"), h("img", { src: "a.png", alt: "구조도" }), h("img", { src: "b.png", alt: "" })]))).toBe(
      '<h2>정리</h2><img src="a.png" alt="구조도" loading="eager" decoding="async"><img src="b.png" alt="" loading="lazy" decoding="async">',
    );
  });

  it("leaves other elements alone", () => {
    expect(run(h(null, [h("p", "no images"), h("picture")]))).toBe("<p>no images</p><picture></picture>");
  });
});
