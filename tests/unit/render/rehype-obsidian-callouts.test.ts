import type { Root } from "hast";
import remarkRehype from "remark-rehype";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { calloutTypes } from "@/lib/content/callouts";
import { parseNote } from "@/lib/content/parse";
import rehypeGithubAlerts from "@/lib/render/rehype-github-alerts";
import rehypeObsidianCallouts from "@/lib/render/rehype-obsidian-callouts";
import { sanitizeSchema } from "@/lib/render/sanitize-schema";
import { compactHtml, elements } from "./parity-helpers";

/** A note read with its dialects, sanitized, then callouts and alerts drawn, as lib/render/process.ts does. */
function run(markdown: string): Root {
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeObsidianCallouts)
    .use(rehypeGithubAlerts);
  return processor.runSync(parseNote(markdown, "notes/n.md").tree);
}

/** The callout's HTML without the icon's paths. */
function html(tree: Root): string {
  return compactHtml(tree).replace(/<svg class="callout-icon"[^]*?<\/svg>/gu, "<svg/>");
}

describe("rehypeObsidianCallouts", () => {
  it("draws a callout as a note with its title announced", () => {
    expect(html(run("> [!tip] 외우는 **요령**\n> Q는 질문이다.\n"))).toBe(
      '<aside class="callout callout-tip" data-callout="tip" role="note" aria-label="외우는 요령">' +
        '<p class="callout-title"><svg/><span class="callout-title-text">외우는 <strong>요령</strong></span></p>' +
        '<div class="callout-content"><p>Q는 질문이다.</p></div></aside>',
    );
  });

  it("draws a folded callout as a closed <details> and an open one as <details open>", () => {
    expect(html(run("> [!faq]- 왜 나누나요?\n> 값이 커져서.\n"))).toBe(
      '<details class="callout callout-question" data-callout="faq"><summary class="callout-title"><svg/><span class="callout-title-text">왜 나누나요?</span></summary>' +
        '<div class="callout-content"><p>값이 커져서.</p></div></details>',
    );
    const [open] = elements(run("> [!example]+\n> 예\n"), "details");
    expect(open?.properties.open).toBe(true);
  });

  it.each(Object.entries(calloutTypes))("gives [!%s] its kind and Korean default title", (type, { kind, title }) => {
    // In a list, where GitHub draws no alert, so GitHub's five types are Obsidian callouts too.
    const [aside] = elements(run(`- 목록 안에서\n\n  > [!${type}]\n  > 본문\n`), "aside");
    expect(aside?.properties).toMatchObject({ className: ["callout", `callout-${kind}`], dataCallout: type, ariaLabel: title });
  });

  it("draws a custom type in the fallback style with its name as the title", () => {
    const [aside] = elements(run("> [!수업메모]\n> 퀴즈 범위\n"), "aside");
    expect(aside?.properties).toMatchObject({ className: ["callout", "callout-custom"], ariaLabel: "수업메모" });
  });

  it("draws nested callouts", () => {
    const tree = run("> [!question]+ 바깥\n> > [!success] 안쪽\n> > 예\n");
    expect(elements(tree, "details").map((node) => node.properties.dataCallout)).toEqual(["question"]);
    expect(elements(tree, "aside").map((node) => node.properties.ariaLabel)).toEqual(["안쪽"]);
    expect(elements(tree, "blockquote")).toEqual([]);
  });

  it("leaves GitHub's alerts to rehype-github-alerts, drawn as before", () => {
    const tree = run("> [!NOTE]\n> 깃허브 알림\n\n> [!NOTE] 같은 줄의 글\n");
    expect(elements(tree, "aside").map((node) => node.properties.className)).toEqual([["markdown-alert", "markdown-alert-note"]]);
    expect(elements(tree, "blockquote")).toHaveLength(1);
  });

  it("keeps an ordinary quote a quote", () => {
    expect(compactHtml(run("> 인용\n"))).toBe("<blockquote><p>인용</p></blockquote>");
  });
});
