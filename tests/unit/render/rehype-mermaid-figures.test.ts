import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { MERMAID_NOTICE } from "@/lib/dom-contract";
import rehypeMermaidFigures, { containsMermaid } from "@/lib/render/rehype-mermaid-figures";

/** The static markup the plugin writes for an island of the page (issue #21). */
function html(tree: Root): string {
  return toHtml(unified().use(rehypeMermaidFigures).runSync(tree));
}

describe("rehypeMermaidFigures", () => {
  const figure = () =>
    h(null, [h("figure", { className: ["mermaid-diagram"], dataMermaid: "flowchart LR\n A-->B" }, [h("pre", [h("code", "flowchart")])])]);

  it("marks a diagram pending, keeps its code and says what happens without JavaScript", () => {
    expect(html(figure())).toBe(
      `<figure class="mermaid-diagram" data-mermaid="flowchart LR\n A-->B" data-state="pending"><pre><code>flowchart</code></pre><noscript><p class="mermaid-notice">${MERMAID_NOTICE}</p></noscript></figure>`,
    );
  });

  it("leaves other figures alone and tells whether a tree holds a diagram", () => {
    const plain = h(null, [h("figure", [h("img", { src: "a.png" })])]);
    expect(html(plain)).toBe('<figure><img src="a.png"></figure>');
    expect(containsMermaid(plain)).toBe(false);
    expect(containsMermaid(figure())).toBe(true);
  });
});
