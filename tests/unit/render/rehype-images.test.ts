import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { NoteImage } from "@/lib/content/types";
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

  it("gives an image without alt the model's generated one, wraps it in a link for the lightbox", () => {
    const image: NoteImage = {
      src: "1.png",
      alt: null,
      title: null,
      width: null,
      height: null,
      centered: false,
      sectionId: "lecture-5",
      index: 2,
      generatedAlt: "(5강,6강) 이미지 2",
      caption: "실습 결과",
      line: 3,
      column: 1,
    };
    const img = h("img", { src: "1.png" });
    img.position = { start: { line: 3, column: 1 }, end: { line: 3, column: 10 } };
    const html = toHtml(
      unified()
        .use(rehypeImages, { images: [image] })
        .runSync(h(null, [h("p", [img])])),
    );
    expect(html).toBe(
      '<p><a href="1.png" class="image-link" data-image-section="lecture-5" data-image-index="2" data-caption="실습 결과">' +
        '<img src="1.png" loading="eager" decoding="async" alt="(5강,6강) 이미지 2" style="width: 45rem; aspect-ratio: 16 / 9; object-fit: scale-down"></a></p>',
    );
  });

  it("serves a found local image from the site with its intrinsic size reserved", () => {
    const image: NoteImage = {
      src: "./images/a.png",
      alt: "구조",
      title: null,
      width: "45%",
      height: null,
      centered: false,
      sectionId: null,
      index: 1,
      generatedAlt: "노트 이미지 1",
      caption: null,
      line: 1,
      column: 1,
      local: { status: "found", url: "/note-images/images/a.png", width: 300, height: 200 },
    };
    const img = h("img", { src: "./images/a.png", alt: "구조", width: "45%" });
    img.position = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } };
    const html = toHtml(
      unified()
        .use(rehypeImages, { images: [image] })
        .runSync(h(null, [img])),
    );
    expect(html).toContain(
      '<img src="/note-images/images/a.png" alt="구조" width="45%" loading="eager" decoding="async" height="200" style="aspect-ratio: 300 / 200">',
    );
  });

  it("leaves an image inside <picture> unwrapped, so its <source media> keeps working", () => {
    const image: NoteImage = {
      src: "light.png",
      alt: "그림",
      title: null,
      width: null,
      height: null,
      centered: false,
      sectionId: null,
      index: 1,
      generatedAlt: "노트 이미지 1",
      caption: null,
      line: 1,
      column: 40,
    };
    const img = h("img", { src: "light.png", alt: "그림" });
    img.position = { start: { line: 1, column: 40 }, end: { line: 1, column: 60 } };
    const tree = h(null, [h("picture", [h("source", { media: "(prefers-color-scheme: dark)", srcSet: "dark.png" }), img])]);
    const html = toHtml(
      unified()
        .use(rehypeImages, { images: [image] })
        .runSync(tree),
    );
    expect(html).toBe(
      '<picture><source media="(prefers-color-scheme: dark)" srcset="dark.png"><img src="light.png" alt="그림" loading="eager" decoding="async" style="width: 45rem; aspect-ratio: 16 / 9; object-fit: scale-down"></picture>',
    );
  });

  it("turns a paragraph of several images into a gallery row", () => {
    const html = run(h(null, [h("p", [h("img", { src: "a.png", alt: "a" }), h("img", { src: "b.png", alt: "b" })])]));
    expect(html).toMatch(/^<p class="image-row">/u);
  });

  it("keeps an author's alt, including an empty (decorative) one", () => {
    expect(run(h(null, [h("h2", "정리"), h("img", { src: "a.png", alt: "구조도" }), h("img", { src: "b.png", alt: "" })]))).toBe(
      '<h2>정리</h2><img src="a.png" alt="구조도" loading="eager" decoding="async"><img src="b.png" alt="" loading="lazy" decoding="async">',
    );
  });

  it("leaves other elements alone", () => {
    expect(run(h(null, [h("p", "no images"), h("picture")]))).toBe("<p>no images</p><picture></picture>");
  });

  describe("a remote image of unknown size gets a box before it arrives (issue #21)", () => {
    const remote = (properties: Record<string, string | number>): string => {
      const image: NoteImage = {
        src: "https://example.com/a.png",
        alt: "그림",
        title: null,
        width: null,
        height: null,
        centered: false,
        sectionId: "s",
        index: 1,
        generatedAlt: "s 이미지 1",
        caption: null,
        line: 1,
        column: 1,
      };
      const img = h("img", { src: "https://example.com/a.png", alt: "그림", ...properties });
      img.position = { start: { line: 1, column: 1 }, end: { line: 1, column: 9 } };
      const tree = unified()
        .use(rehypeImages, { images: [image] })
        .runSync(h(null, [img]));
      return /style="([^"]*)"/u.exec(toHtml(tree))?.[1] ?? "none";
    };

    it("at its written width in pixels, or the column's default, at 16:9, fitted without enlarging", () => {
      expect(remote({ width: 400 })).toBe("width: 400px; aspect-ratio: 16 / 9; object-fit: scale-down");
      expect(remote({ width: "300px" })).toBe("width: 300px; aspect-ratio: 16 / 9; object-fit: scale-down");
      expect(remote({})).toBe("width: 45rem; aspect-ratio: 16 / 9; object-fit: scale-down");
    });

    it("keeps a written percentage as the width, and leaves alone an image whose author gave both sizes", () => {
      expect(remote({ width: "45%" })).toBe("aspect-ratio: 16 / 9; object-fit: scale-down");
      expect(remote({ width: 400, height: 300 })).toBe("none");
    });
  });
});
