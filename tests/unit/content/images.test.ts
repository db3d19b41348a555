import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { isLocalSource, resolveLocalImages } from "@/lib/content/local-images";
import { parseWeek } from "@/lib/content/load";
import type { WeekSlug } from "@/lib/content/types";
import { loadWeek8, weekFrom } from "../helpers";
import { makeRepository } from "./repository";

describe("collectImages", () => {
  it("finds Week 8's 10 images in their sections, with generated alts and the 실습 결과 caption", () => {
    const images = loadWeek8().images;
    expect(images.map((image) => `${image.sectionId}#${image.index}`)).toEqual([
      "lecture-2#1", "lecture-2#2", "lecture-3#1", "lecture-3#2",
      "lecture-5#1", "lecture-5#2", "lecture-5#3", "lecture-5#4",
      "논문-스터디---about-diffusion-model#1", "논문-스터디---about-diffusion-model#2",
    ]);
    const practice = images[4];
    expect(practice).toMatchObject({ generatedAlt: "(5강,6강) 이미지 1", caption: "실습 결과", width: "300", centered: true, alt: null });
    expect(images.every((image) => image.src.startsWith("https://user-images.githubusercontent.com/"))).toBe(true);
  });

  it("reads every form: Markdown, raw block HTML, inline HTML, side by side", () => {
    const week = weekFrom(
      [
        "## 결과",
        "",
        "실행 결과:",
        "",
        '![구조도](a.png "전체 구조")',
        "",
        '<p float="left"><img src="b.png" width="45%"><img src="c.png" alt="오른쪽" height=120></p>',
        "",
        'text <img src="d.png"> inline',
      ].join("\n"),
    );
    expect(week.images.map(({ src, alt, title, width, height, index, generatedAlt, caption }) => ({ src, alt, title, width, height, index, generatedAlt, caption }))).toEqual([
      { src: "a.png", alt: "구조도", title: "전체 구조", width: null, height: null, index: 1, generatedAlt: "결과 이미지 1", caption: "전체 구조" },
      { src: "b.png", alt: null, title: null, width: "45%", height: null, index: 2, generatedAlt: "결과 이미지 2", caption: null },
      { src: "c.png", alt: "오른쪽", title: null, width: null, height: "120", index: 3, generatedAlt: "결과 이미지 3", caption: null },
      { src: "d.png", alt: null, title: null, width: null, height: null, index: 4, generatedAlt: "결과 이미지 4", caption: null },
    ]);
  });

  it("takes a caption from a short line ending in a colon right above", () => {
    const week = weekFrom(["실행 결과:", "", "![](a.png)"].join("\n"));
    expect(week.images[0]?.caption).toBe("실행 결과");
    expect(week.images[0]?.generatedAlt).toBe("노트 이미지 1");
  });

  // Markdown has no way to say "decorative": `![](src)` was rendered with alt="" and readers got nothing.
  it("counts a Markdown image with empty brackets as without alt, and renders its generated one", async () => {
    const week = weekFrom("## (2강) 제목\n\n![](a.png) ![그림](b.png) <img src=\"c.png\" alt=\"\">\n");
    expect(week.images.map((image) => image.alt)).toEqual([null, "그림", ""]);
    const alts: unknown[] = [];
    visit(await renderWeekBody(week), "element", (node: Element) => {
      if (node.tagName === "img") alts.push(node.properties.alt);
    });
    expect(alts).toEqual(["(2강) 이미지 1", "그림", ""]);
  });
});

describe("resolveLocalImages", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "local-images-"));
  mkdirSync(path.join(directory, "images"));
  // A 3x2 PNG header is all image-size reads.
  const png = Buffer.from("89504e470d0a1a0a0000000d494844520000000300000002080200000000000000", "hex");
  writeFileSync(path.join(directory, "images", "a.png"), png);

  it.each([
    ["./images/a.png", true],
    ["images/a.png", true],
    ["https://x.test/a.png", false],
    ["//cdn.test/a.png", false],
    // Jekyll's and Hugo's site-absolute paths name files of the repository too.
    ["/assets/img/a.png", true],
    ["data:image/png;base64,xx", false],
  ])("isLocalSource(%s) is %s", (src, local) => {
    expect(isLocalSource(src)).toBe(local);
  });

  it("serves a found file under /files with its intrinsic size, and warns for a missing one", () => {
    const week = weekFrom(["# 노트", "", "![a](./images/a.png)", "", "![b](images/missing.png)", "", "![c](../../etc/passwd.png)"].join("\n"));
    const { week: resolved, warnings } = resolveLocalImages(week, directory);
    expect(resolved.images.map((image) => image.local)).toEqual([
      { status: "found", url: "/files/images/a.png", width: 3, height: 2 },
      { status: "missing" },
      { status: "missing" },
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      "content/fixture.md:5:1 image not found: images/missing.png; add the file next to the note or fix the path",
      "content/fixture.md:7:1 image not found: ../../etc/passwd.png (images must be files inside the notes folder)",
    ]);
  });

  describe("in a repository", () => {
    const { root } = makeRepository();
    const lecture = "Week_2/Day_4/03. 강의.md";
    const resolve = (markdown: string, notePath = lecture) => {
      const week = parseWeek(`# 강의\n\n${markdown}\n`, `content/${notePath}`, "lecture" as WeekSlug, notePath).week;
      const { week: resolved, warnings } = resolveLocalImages(week, root);
      return { local: resolved.images.map((image) => image.local), warnings: warnings.map((warning) => warning.message) };
    };

    it("resolves an image from its note's own folder, not from the root", () => {
      expect(resolve("![그래프](images/plot.png) ![그래프](./images/plot.png)").local).toEqual([
        { status: "found", url: "/files/Week_2/Day_4/images/plot.png", width: 3, height: 2 },
        { status: "found", url: "/files/Week_2/Day_4/images/plot.png", width: 3, height: 2 },
      ]);
      expect(resolve("![그래프](Week_2/Day_4/images/plot.png)").local).toEqual([{ status: "missing" }]);
    });

    it("reads site-absolute paths from the root, Notion's escaped folders and paths with spaces", () => {
      const notion = "../../%EB%85%B8%ED%8A%B8%201a2b3c4d5e6f70819a2b3c4d5e6f7081/Untitled%201.png";
      expect(resolve(`![a](/assets/img/jekyll.png) ![b](/images/hugo.png) ![c](${notion}) <img src="../../노트 1a2b3c4d5e6f70819a2b3c4d5e6f7081/Untitled 1.png" alt="d">`).local.map((local) => local?.status === "found" && local.url)).toEqual([
        "/files/assets/img/jekyll.png",
        "/files/static/images/hugo.png",
        `/files/${encodeURIComponent("노트 1a2b3c4d5e6f70819a2b3c4d5e6f7081")}/Untitled%201.png`,
        `/files/${encodeURIComponent("노트 1a2b3c4d5e6f70819a2b3c4d5e6f7081")}/Untitled%201.png`,
      ]);
    });

    it("finds an Obsidian embed by name anywhere, the closest folder first, with its written width kept", () => {
      expect(resolve("![[그림.png|300]]").local).toEqual([{ status: "found", url: `/files/Week_2/attachments/${encodeURIComponent("그림.png")}`, width: 3, height: 2 }]);
      expect(resolve("![[그림.png]]", "다른 폴더/노트.md").local).toEqual([{ status: "found", url: `/files/attachments/${encodeURIComponent("그림.png")}`, width: 3, height: 2 }]);
      // A Markdown image is found where GitHub finds it, or not at all.
      expect(resolve("![그림](그림.png)").local).toEqual([{ status: "missing" }]);
    });

    it("never reads an image outside the root: a symlink out, a climbing path, an embed, a path on the author's computer", () => {
      const { local, warnings } = resolve(
        ["![a](images/escape.png)", "![[images/escape.png]]", "![b](../../../outside/secret.png)", "![[../../../outside/secret.png]]", "![c](%2e%2e/%2e%2e/%2e%2e/outside/secret.png)", "![d](C:\\Users\\me\\plot.png)", "![e](file:///etc/passwd.png)"].join("\n\n"),
      );
      expect(local.every((found) => found?.status === "missing")).toBe(true);
      expect(local).toHaveLength(7);
      expect(warnings).toHaveLength(7);
      expect(warnings[0]).toBe(`content/${lecture}:3:1 image not found: images/escape.png (images must be files inside the notes folder)`);
      expect(warnings.every((warning) => warning.includes("image not found:"))).toBe(true);
    });
  });
});
