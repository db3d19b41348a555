import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeTaskInputs from "@/lib/render/rehype-task-inputs";

/** The static markup the plugin writes for an island of the page (issue #21). */
function html(tree: Root): string {
  return toHtml(unified().use(rehypeTaskInputs).runSync(tree));
}

describe("rehypeTaskInputs", () => {
  const task = (done: boolean, children: unknown[] = []) => JSON.stringify({ id: "w/s/abc", done, children });

  it("enables a marked checkbox in its author's state, carrying only the task id", () => {
    const out = html(h(null, [h("input", { type: "checkbox", id: "task-1", disabled: true, checked: true, dataTask: task(true) })]));
    expect(out).toBe('<input type="checkbox" id="task-1" class="task-checkbox" data-task-id="w/s/abc" checked>');
  });

  it("shows a parent with some children done as mixed", () => {
    const parent = JSON.stringify({
      id: "p",
      done: false,
      children: [
        { id: "c1", done: true, children: [] },
        { id: "c2", done: false, children: [] },
      ],
    });
    const out = html(h(null, [h("input", { type: "checkbox", id: "task-1", disabled: true, dataTask: parent })]));
    expect(out).toBe('<input type="checkbox" id="task-1" class="task-checkbox" data-task-id="p" aria-checked="mixed">');
  });

  it("leaves the author's own inputs as sanitized", () => {
    const out = html(h(null, [h("input", { type: "checkbox", disabled: true }), h("input", { type: "checkbox", id: "x", dataTask: "not json" })]));
    expect(out).toBe('<input type="checkbox" disabled><input type="checkbox" id="x" data-task="not json">');
  });
});
