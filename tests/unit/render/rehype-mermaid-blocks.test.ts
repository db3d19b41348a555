import type { Root } from "hast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeMermaidBlocks from "@/lib/render/rehype-mermaid-blocks";
import { compactHtml, elements, sanitizedHast } from "./parity-helpers";

function run(markdown: string): Root {
  return unified().use(rehypeMermaidBlocks).runSync(sanitizedHast(markdown));
}

const diagram = "flowchart LR\n  A[수집] --> B[학습]";

describe("rehypeMermaidBlocks", () => {
  it("wraps a ```mermaid block in a figure that carries its source, keeping the code block", () => {
    expect(compactHtml(run(`\`\`\`mermaid\n${diagram}\n\`\`\`\n`))).toBe(
      `<figure class="mermaid-diagram" data-mermaid="${diagram}"><pre><code class="language-mermaid">${diagram}\n</code></pre></figure>`,
    );
  });

  it("accepts ~~~ fences and any letter case", () => {
    const tree = run(`~~~Mermaid\n${diagram}\n~~~\n`);
    expect(elements(tree, "figure").map((figure) => figure.properties.dataMermaid)).toEqual([diagram]);
  });

  it("leaves other code blocks and inline code alone", () => {
    const tree = run("```python\nx = 1\n```\n\n`mermaid`\n\n```\nplain\n```\n");
    expect(elements(tree, "figure")).toEqual([]);
    expect(elements(tree, "pre")).toHaveLength(2);
  });
});
