import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeGithubAlerts, { alertTitles } from "@/lib/render/rehype-github-alerts";
import { compactHtml, elements, sanitizedHast } from "./parity-helpers";

function run(markdown: string): Root {
  return unified().use(rehypeGithubAlerts).runSync(sanitizedHast(markdown));
}

describe("rehypeGithubAlerts", () => {
  it("exports only the plugin and the titles", async () => {
    expect(Object.keys(await import("@/lib/render/rehype-github-alerts")).sort()).toEqual(["alertTitles", "default"]);
  });

  it.each([
    ["NOTE", "note", "참고"],
    ["TIP", "tip", "팁"],
    ["IMPORTANT", "important", "중요"],
    ["WARNING", "warning", "경고"],
    ["CAUTION", "caution", "주의"],
  ])("turns > [!%s] into a %s callout titled %s", (marker, kind, title) => {
    const tree = run(`> [!${marker}]\n> 본문 **강조**\n`);
    const [aside] = elements(tree, "aside");
    expect(aside?.properties).toEqual({
      className: ["markdown-alert", `markdown-alert-${kind}`],
      role: "note",
      ariaLabel: title,
    });
    expect(elements(tree, "blockquote")).toEqual([]);
    const [heading, body] = aside?.children.filter((child) => child.type === "element") ?? [];
    expect(heading && compactHtml(heading)).toMatch(
      new RegExp(`^<p class="markdown-alert-title"><svg [^>]*aria-hidden="true"[^>]*>.*</svg>${title}</p>$`, "u"),
    );
    expect(body && compactHtml(body)).toBe("<p>본문 <strong>강조</strong></p>");
  });

  it("has a Korean title for each of GitHub's five kinds", () => {
    expect(alertTitles).toEqual({ note: "참고", tip: "팁", important: "중요", warning: "경고", caution: "주의" });
  });

  it("reads the marker in any letter case", () => {
    expect(elements(run("> [!Tip]\n> 작은 팁\n"), "aside").map((aside) => aside.properties.ariaLabel)).toEqual(["팁"]);
  });

  it("keeps every block of the quote: paragraphs after a blank line, lists, code", () => {
    const tree = run("> [!NOTE]\n>\n> 첫 문단\n>\n> - 항목\n>\n> ```python\n> x = 1\n> ```\n");
    const [aside] = elements(tree, "aside");
    expect(aside ? compactHtml(aside).replace(/^<aside[^>]*><p class="markdown-alert-title">.*?<\/p>/u, "") : "").toBe(
      '<p>첫 문단</p><ul><li>항목</li></ul><pre><code class="language-python">x = 1\n</code></pre></aside>',
    );
  });

  it.each([
    ["text after the marker on its line", "> [!NOTE] 같은 줄의 글\n"],
    ["an unknown kind", "> [!INFO]\n> 정보\n"],
    ["a marker that is not first", "> 먼저 글\n> [!NOTE]\n"],
    ["nothing but the marker", "> [!WARNING]\n"],
    ["an emphasised marker", "> **[!NOTE]**\n> 글\n"],
  ])("leaves a quote with %s a blockquote", (_, markdown) => {
    const tree = run(markdown);
    expect(elements(tree, "aside")).toEqual([]);
    expect(elements(tree, "blockquote")).toHaveLength(1);
  });

  it("leaves alerts nested in a list or a quote alone, as GitHub does", () => {
    const tree = run("- 항목\n\n  > [!NOTE]\n  > 안쪽\n\n> > [!TIP]\n> > 안쪽\n");
    expect(elements(tree, "aside")).toEqual([]);
    expect(toString(tree)).toContain("[!NOTE]");
  });

  it("keeps a plain quote unchanged", () => {
    expect(compactHtml(run("> 인용\n"))).toBe("<blockquote><p>인용</p></blockquote>");
  });
});
