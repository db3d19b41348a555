import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { flatIndex, loadFixture } from "../helpers";
import { elements, hasClass } from "./parity-helpers";

/**
 * The whole pipeline on tests/fixtures/github-parity.md, the note that holds
 * every GitHub extension of issue 10 (the e2e fixture site serves the same file).
 */
describe("GitHub parity note, rendered for the week page", () => {
  let tree: Root;
  let text: string;

  beforeAll(async () => {
    tree = await renderWeekBody(loadFixture("github-parity.md"), { index: flatIndex(["week-08", "github-parity"]) });
    text = toString(tree);
  }, 60_000);

  function inSection(heading: string): Element[] {
    const nodes: Element[] = [];
    let inside = false;
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if (node.tagName === "h2") inside = toString(node) === heading;
      // The footnotes section closes the last heading's part.
      else if (node.tagName === "section") inside = false;
      else if (inside) nodes.push(node);
    }
    return nodes;
  }

  it("renders the five alerts as notes with Korean titles, and leaves the lookalike a quote", () => {
    expect(elements(tree, "aside").map((aside) => [aside.properties.role, aside.properties.ariaLabel])).toEqual([
      ["note", "참고"],
      ["note", "팁"],
      ["note", "중요"],
      ["note", "경고"],
      ["note", "주의"],
    ]);
    expect(elements(tree, "blockquote").map((quote) => toString(quote).trim())).toEqual([
      "[!NOTE] 같은 줄에 글이 이어지면 알림이 아닙니다.",
      "평범한 인용문은 인용문으로 남습니다.",
    ]);
  });

  it("links footnotes both ways under a visible 각주 title", () => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    const footnoteLinks = elements(tree, "a").filter(
      (a) => a.properties.dataFootnoteRef !== undefined || a.properties.dataFootnoteBackref !== undefined,
    );
    expect(footnoteLinks.map((a) => a.properties.href)).toEqual(["#fn-1", "#fn-2", "#fn-1", "#fnref-1", "#fnref-1-2", "#fnref-2"]);
    expect(footnoteLinks.filter((a) => !ids.has(String(a.properties.href).slice(1)))).toEqual([]);
    const [section] = elements(tree, "section");
    const [title] = section ? elements(section, "h2") : [];
    expect(title ? [title.properties.id, toString(title)] : null).toEqual(["footnote-label", "각주"]);
  });

  it("turns shortcodes into emoji but not unknown ones or code", () => {
    const [emoji, code] = inSection("이모지");
    expect(emoji ? toString(emoji) : "").toBe("배포 성공 🚀 리뷰 완료 👍 테스트 통과 ✅ 없는 코드 :no_such_emoji: 는 그대로.");
    expect(code ? toHtml(code) : "").toBe("<p>코드 안은 그대로: <code>:rocket:</code></p>");
  });

  it("typesets $`..`$, $..$ and ```math with KaTeX, and shows the broken formula with its error", () => {
    const tex = elements(tree, "annotation").map((annotation) => toString(annotation).trim());
    expect(tex).toEqual(["a^2 + b^2 = c^2", "e^{i\\pi} + 1 = 0", "\\int_0^1 x^2 \\, dx = \\frac{1}{3}"]);
    const errors = elements(tree, "span").filter((span) => hasClass(span, "math-error"));
    expect(errors.map((span) => toString(span))).toEqual(["\\frac{1 (수식 오류)"]);
  });

  it("marks the mermaid block for the diagram island, with its source as the fallback", () => {
    const [figure] = elements(tree, "figure");
    expect(figure?.properties.dataMermaid).toMatch(/^flowchart LR\n {2}A\[데이터 수집\] --> B\[모델 학습\]/u);
    expect(figure ? elements(figure, "pre").map((pre) => pre.properties.dataLanguage) : []).toEqual(["mermaid"]);
  });

  it("links other notes to their pages and marks the missing one", () => {
    const links = inSection("다른 노트로").flatMap((list) => elements(list, "a"));
    expect(links.map((a) => [a.properties.href, a.properties.title ?? null])).toEqual([
      ["/weeks/week-08", null],
      ["/weeks/week-08#lecture-3", null],
      ["/weeks/week-08", null],
      ["/weeks/week-99", "없는 노트"],
    ]);
  });

  it("keeps the HTML GitHub allows", () => {
    const html = inSection("GitHub이 허용하는 HTML")
      .map((node) => toHtml(node))
      .join("\n");
    for (const tag of ["<kbd>Ctrl</kbd>", "<sub>2</sub>", "<sup>2</sup>", "<ins>추가</ins>", "<del>삭제</del>", "<mark>형광펜</mark>"]) {
      expect(html).toContain(tag);
    }
    expect(html).toContain('<abbr title="Machine Learning Operations">MLOps</abbr>');
    expect(html).toMatch(/<dl>\s*<dt>에폭<\/dt>\s*<dd>학습 데이터 전체를 한 번 보는 단위<\/dd>\s*<\/dl>/u);
    expect(html).toContain('<source media="(prefers-color-scheme: dark)" srcset="https://example.com/diagram-dark.png">');
    expect(elements(tree, "img").map((img) => img.properties.src)).toEqual([
      "https://example.com/diagram-light.png",
      "https://example.com/logo-light.png#gh-light-mode-only",
      "https://example.com/logo-dark.png#gh-dark-mode-only",
    ]);
    expect(html).toContain('<div align="center">가운데 정렬된 문단</div>');
    expect(elements(tree, "td").map((cell) => toHtml(cell))).toContain("<td>첫 줄<br>둘째 줄</td>");
  });

  it("lets the link reach the author's <a name> anchor", () => {
    const anchor = elements(tree, "a").find((a) => a.properties.name !== undefined);
    const link = elements(tree, "a").find((a) => toString(a) === "위의 앵커로 이동");
    expect([anchor?.properties.name, link?.properties.href]).toEqual(["user-content-parity-anchor", "#user-content-parity-anchor"]);
  });

  it("ends bare URLs before Korean particles", () => {
    const links = inSection("자동 링크").flatMap((node) => elements(node, "a"));
    expect(links.map((a) => [toString(a), a.properties.href])).toEqual([
      ["https://example.com/docs", "https://example.com/docs"],
      ["www.example.com", "http://www.example.com"],
      ["https://ko.wikipedia.org/wiki/인공지능", "https://ko.wikipedia.org/wiki/%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5"],
    ]);
    expect(text).toContain("https://example.com/docs를 참고하세요");
  });
});
