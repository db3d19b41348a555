import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeCodeBlocks from "@/lib/render/rehype-code-blocks";

/** The static markup the plugin writes for an island of the page (issue #21). */
function html(tree: Root): string {
  return toHtml(unified().use(rehypeCodeBlocks).runSync(tree));
}

describe("rehypeCodeBlocks", () => {
  it("puts a highlighted block in a figure with its language, a copy button and a live region", () => {
    const out = html(h(null, [h("pre", { dataLanguage: "python" }, [h("code", "x = 1")])]));
    expect(out).toBe(
      '<figure class="code-block relative"><figcaption class="absolute right-16 top-2.5 select-none font-mono text-xs text-muted">python</figcaption>' +
        '<pre data-language="python"><code>x = 1</code></pre>' +
        '<button type="button" data-copy-code="" aria-label="코드 복사" class="no-print absolute right-2 top-2 rounded-md border border-line bg-page px-2 py-1 text-xs font-medium text-muted opacity-90 hover:text-ink focus-visible:opacity-100">복사</button>' +
        '<span role="status" aria-live="polite" class="sr-only" data-copy-code-status=""></span></figure>',
    );
  });

  it("shows no language for plain text, and wraps every block once", () => {
    const out = html(h(null, [h("pre", { dataLanguage: "text" }, [h("code", "a")]), h("pre", [h("code", "b")])]));
    expect(out.match(/<figure/gu)).toHaveLength(2);
    expect(out).not.toContain("figcaption");
  });
});
