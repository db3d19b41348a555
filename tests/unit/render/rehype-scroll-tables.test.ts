import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeScrollTables from "@/lib/render/rehype-scroll-tables";

/** The static markup the plugin writes for an island of the page (issue #21). */
function html(tree: Root): string {
  return toHtml(unified().use(rehypeScrollTables).runSync(tree));
}

describe("rehypeScrollTables", () => {
  it("wraps each table in a focusable region named 표", () => {
    expect(html(h(null, [h("table", [h("tr", [h("td", "1")])])]))).toBe(
      '<div class="table-scroll overflow-x-auto" role="region" aria-label="표" tabindex="0"><table><tr><td>1</td></tr></table></div>',
    );
  });
});
