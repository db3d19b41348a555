import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import type { Week } from "@/lib/content/types";
import { renderWeekBody } from "@/lib/render/process";
import { flatIndex, loadFixture } from "../helpers";
import { elements } from "./parity-helpers";

const slugs = ["jekyll-chirpy-post", "jekyll-minimal-mistakes-post", "hugo-post"] as const;

/** The text a reader sees outside code blocks and inline code (where braces are the author's code). */
function proseText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === "element" && (node.tagName === "pre" || node.tagName === "code")) return SKIP;
    if (node.type === "text") parts.push(node.value);
    return undefined;
  });
  return parts.join("");
}

function byClass(tree: Root, className: string): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes(className)) found.push(node);
  });
  return found;
}

/** The whole pipeline on the Jekyll (Chirpy, Minimal Mistakes) and Hugo fixture posts of the fixture site. */
describe("Jekyll and Hugo fixture posts, rendered for the week page", () => {
  const rendered = new Map<string, { week: Week; tree: Root; html: string }>();

  beforeAll(async () => {
    for (const slug of slugs) {
      const week = loadFixture(`site/${slug}.md`);
      const tree = await renderWeekBody(week, { index: flatIndex([...slugs]) });
      rendered.set(slug, { week, tree, html: toHtml(tree) });
    }
  }, 60_000);

  const get = (slug: (typeof slugs)[number]) => {
    const entry = rendered.get(slug);
    if (!entry) throw new Error(`${slug} was not rendered`);
    return entry;
  };

  it("leaves no Liquid, shortcode or attribute list as text, and no iframe", () => {
    for (const slug of slugs) {
      const { tree, html } = get(slug);
      expect(proseText(tree), slug).not.toMatch(/\{%|%\}|\{\{[<%]|[>%]\}\}|\{:|\{\{ ?site/u);
      expect(html, slug).not.toContain("<iframe");
    }
  });

  it("Chirpy: prompts as callouts, sized and theme-only images, raw code kept, the file name above its block, links to notes", () => {
    const { tree, week } = get("jekyll-chirpy-post");
    expect(byClass(tree, "markdown-alert").map((aside) => [aside.properties.ariaLabel, toString(aside.children.at(-1) ?? aside)])).toEqual([
      ["참고", "이 글은 Chirpy 6 버전의 기본 워크플로를 기준으로 작성했다."],
      ["경고", "토큰 값을 코드에 직접 쓰면 안 된다."],
      ["팁", "배포가 실패하면 Actions 탭의 로그부터 확인한다."],
    ]);
    expect(week.images.map((image) => [image.src, image.width, image.height])).toEqual([
      ["/images/left.png", "320", "200"],
      ["./images/right.png#gh-light-mode-only", null, null],
      ["./images/left.png#gh-dark-mode-only", null, null],
    ]);
    const code = elements(tree, "pre").map((pre) => toString(pre));
    expect(code[0]).toContain("TOKEN: ${{ secrets.GITHUB_TOKEN }}");
    expect(elements(tree, "code").map((node) => toString(node))).toContain("{{ site.url }}");
    expect(elements(tree, "code").map((node) => toString(node))).toContain(".github/workflows/pages-deploy.yml");
    const links = elements(tree, "a").filter((a) => String(a.properties.href).startsWith("/weeks/"));
    expect(links.map((a) => [toString(a), a.properties.href, a.properties.title ?? null])).toEqual([
      ["설정 노트", "/weeks/jekyll-minimal-mistakes-post", null],
    ]);
  });

  it("Minimal Mistakes: notices as callouts, a centred image, highlight as Python code, figure and raw <img> resolved", () => {
    const { tree, week } = get("jekyll-minimal-mistakes-post");
    expect(byClass(tree, "markdown-alert").map((aside) => aside.properties.ariaLabel)).toEqual(["참고", "경고"]);
    expect(elements(tree, "p").filter((p) => p.properties.align === "center")).toHaveLength(1);
    expect(week.images.map((image) => [image.src, image.centered, image.width])).toEqual([
      ["./images/left.png", true, null],
      ["/images/right.png", false, "240"],
      ["/images/pipeline.png", false, null],
    ]);
    const python = elements(tree, "pre").map((pre) => toString(pre));
    expect(python.some((code) => code.includes("# 호출 전후에 로그를 남긴다") && code.includes("return wrapper"))).toBe(true);
    expect(proseText(tree)).toContain("여러 데코레이터는 아래에서부터 적용된다");
    expect(
      elements(tree, "a")
        .filter((a) => a.properties.href === "/weeks/jekyll-chirpy-post")
        .map((a) => toString(a)),
    ).toEqual(["자동 배포 정리"]);
  });

  it("Hugo: callouts with their titles, figures with captions, embeds as links, highlight as Go code, ref as a note link", () => {
    const { tree, week } = get("hugo-post");
    const callouts = elements(tree, "aside").map((aside) => aside.properties.ariaLabel);
    expect(callouts).toEqual(["핵심 요약", "주의"]);
    expect(week.images.map((image) => [image.src, image.width, image.caption])).toEqual([
      ["images/pipeline.png", "480", "생산자 하나, 작업자 셋, 수집기 하나"],
      ["images/right.png", null, "실행 결과"],
    ]);
    expect(
      elements(tree, "a")
        .filter((a) => String(a.properties.href).startsWith("https://"))
        .map((a) => [toString(a), a.properties.href]),
    ).toEqual([
      ["YouTube 동영상 보기 (f6kdp27TYZs)", "https://www.youtube.com/watch?v=f6kdp27TYZs"],
      ["GitHub Gist 보기 (octocat/6cad326836d38bd3a7ae)", "https://gist.github.com/octocat/6cad326836d38bd3a7ae"],
    ]);
    const go = elements(tree, "pre").map((pre) => toString(pre));
    expect(go.some((code) => code.includes("results <- j * 2"))).toBe(true);
    expect(
      elements(tree, "a")
        .filter((a) => a.properties.href === "/weeks/jekyll-chirpy-post")
        .map((a) => toString(a)),
    ).toEqual(["자동 배포 정리"]);
  });
});
