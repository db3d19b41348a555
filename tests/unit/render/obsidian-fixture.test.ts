import { readFileSync } from "node:fs";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { beforeAll, describe, expect, it } from "vitest";
import { parseNote } from "@/lib/content/parse";
import { renderWeekBody } from "@/lib/render/process";
import { flatIndex, loadFixture, projectPath } from "../helpers";
import { elements } from "./parity-helpers";

const fixture = "tests/fixtures/site/obsidian-transformer.md";

/**
 * The whole pipeline on the Obsidian vault notes of the fixture site
 * (obsidian-transformer.md links obsidian-attention.md; the e2e spec serves both).
 */
describe("Obsidian fixture note, rendered for the week page", () => {
  let tree: Root;
  let html: string;

  beforeAll(async () => {
    tree = await renderWeekBody(loadFixture("site/obsidian-transformer.md"), { index: flatIndex(["obsidian-transformer", "obsidian-attention"]) });
    html = toHtml(tree);
  }, 60_000);

  it("draws highlights as <mark> and hides the comments", () => {
    expect(elements(tree, "mark").map((mark) => toString(mark))).toEqual(["인코더는 6층, 디코더도 6층"]);
    expect(html).not.toContain("논문 표 1");
    expect(html).not.toContain("디코더 마스킹 그림");
    expect(html).toContain("이 기본 설정이다.");
  });

  it("links wiki links to the notes' pages, with Obsidian's text, and marks the missing one", () => {
    const links = elements(tree, "a").filter((a) => String(a.properties.href).startsWith("/weeks/") || a.properties.title === "없는 노트");
    expect(links.map((a) => [toString(a), a.properties.href, a.properties.title ?? null])).toEqual([
      ["obsidian-attention", "/weeks/obsidian-attention", null],
      ["셀프 어텐션", "/weeks/obsidian-attention#self-attention", null],
      ["obsidian-attention > 위치 인코딩", `/weeks/obsidian-attention#${encodeURIComponent("위치-인코딩")}`, null],
      ["obsidian-positional-encoding", expect.any(String), "없는 노트"],
      ["어텐션 노트", "/weeks/obsidian-attention", null],
    ]);
    const sameNote = elements(tree, "a").find((a) => toString(a) === "구조 한눈에 보기");
    expect(sameNote?.properties.href).toBe(`#${encodeURIComponent("구조-한눈에-보기")}`);
  });

  it("keeps [[Paper]](url) GitHub's link with the text [Paper]", () => {
    const paper = elements(tree, "a").find((a) => a.properties.href === "https://arxiv.org/abs/1706.03762");
    expect(paper && toString(paper)).toBe("[Paper]");
  });

  it("shows the sized image embed at its width", () => {
    const [image] = elements(tree, "img");
    expect(image ? [image.properties.src, String(image.properties.width)] : null).toEqual(["obsidian-diagram.png", "300"]);
  });

  it("draws callouts: a note, a folded and an open <details>, a nested example and a custom type", () => {
    const callouts = [...elements(tree, "aside"), ...elements(tree, "details")].sort(
      (a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0),
    );
    const describe = (node: Element) => [node.tagName, node.properties.dataCallout, node.properties.open ?? null, toString(titleOf(node) ?? node)];
    expect(callouts.map(describe)).toEqual([
      ["aside", "note", null, "한 줄 요약"],
      ["details", "tip", false, "외우는 요령 (접힘)"],
      ["details", "faq", true, "왜 √d로 나누나요?"],
      ["aside", "example", null, "예시"],
      ["aside", "수업메모", null, "조교 설명"],
    ]);
    expect(elements(tree, "summary")).toHaveLength(2);
  });

  it("leaves Obsidian syntax in code as written", () => {
    expect(elements(tree, "code").map((code) => toString(code))).toEqual([
      "[[노트]]",
      "==강조==",
      "%%주석%%",
      "scores = q @ k.T  # [[이건 코드]] ==그대로== %%그대로%%",
    ]);
  });

  it("reports every construct it met with its line, and warns about none", () => {
    const text = readFileSync(projectPath(fixture), "utf8").replace(/^---\n[^]*?\n---\n/u, "");
    const { report } = parseNote(text, fixture);
    expect(report.warnings).toEqual([]);
    const rules = report.handled.map((problem) => problem.reason.split(" ").slice(0, 2).join(" "));
    expect(rules.filter((rule) => rule === "Obsidian wiki")).toHaveLength(6);
    expect(rules.filter((rule) => rule === "Obsidian comment")).toHaveLength(2);
    expect(rules.filter((rule) => rule === "Obsidian callout")).toHaveLength(5);
    expect(rules.filter((rule) => rule === "Obsidian highlight")).toHaveLength(1);
    expect(rules.filter((rule) => rule === "Obsidian embed")).toHaveLength(1);
  });
});

function titleOf(callout: Element): Element | undefined {
  return callout.children.find((child): child is Element => child.type === "element" && (child.tagName === "summary" || child.tagName === "p"));
}
