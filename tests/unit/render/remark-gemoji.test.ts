import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGemoji from "remark-gemoji";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";

/** remark-gemoji (from npm, GitHub's gemoji list) as the render pipeline runs it. */
function run(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  // The plugin changes the tree in place.
  unified().use(remarkGemoji).runSync(tree);
  return tree;
}

function values(tree: Root, type: "inlineCode" | "code" | "link"): string[] {
  const found: string[] = [];
  visit(tree, type, (node) => {
    found.push(node.type === "link" ? node.url : node.value);
  });
  return found;
}

describe("remarkGemoji", () => {
  it.each([
    [":rocket:", "🚀"],
    [":+1:", "👍"],
    [":white_check_mark:", "✅"],
    [":tada:", "🎉"],
  ])("turns %s into %s", (shortcode, emoji) => {
    expect(toString(run(`배포 ${shortcode} 완료`))).toBe(`배포 ${emoji} 완료`);
  });

  it("works when the shortcode touches Hangul", () => {
    expect(toString(run("좋아요:+1:입니다"))).toBe("좋아요👍입니다");
  });

  it("leaves unknown shortcodes and lookalikes as text", () => {
    expect(toString(run(":no_such_emoji: 와 10:30:00 과 :rocket"))).toBe(":no_such_emoji: 와 10:30:00 과 :rocket");
  });

  it("keeps code and link URLs verbatim", () => {
    const tree = run("`:rocket:`\n\n```\n:+1:\n```\n\n[링크 :tada:](https://example.com/:rocket:)\n");
    expect(values(tree, "inlineCode")).toEqual([":rocket:"]);
    expect(values(tree, "code")).toEqual([":+1:"]);
    expect(values(tree, "link")).toEqual(["https://example.com/:rocket:"]);
    expect(toString(tree)).toContain("링크 🎉");
  });
});
