import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeTaskPanels from "@/lib/render/rehype-task-panels";

/** The static markup the plugin writes for an island of the page (issue #21). */
function html(tree: Root): string {
  return toHtml(unified().use(rehypeTaskPanels).runSync(tree));
}

describe("rehypeTaskPanels", () => {
  const tasks = [
    { id: "a", done: true, children: [] },
    { id: "b", done: false, children: [] },
  ];
  const panel = (nodes: unknown) =>
    h(null, [
      h("div", { className: ["lecture-tasks"], dataLectureTasks: "lecture-2", dataLabel: "(2강) 진행률", dataTasks: JSON.stringify(nodes) }, [
        h("ul", "목록"),
      ]),
    ]);

  it("writes the title and the progress bar in the author's state before the checklist", () => {
    const out = html(panel(tasks));
    expect(out).toBe(
      `<div class="lecture-tasks" data-lecture-tasks="lecture-2" data-tasks="${JSON.stringify(tasks).replaceAll('"', "&#x22;")}">` +
        '<p class="lecture-tasks-title">자기 학습 과제</p>' +
        '<div class="task-progress flex items-center gap-2" data-task-progress="">' +
        '<div role="progressbar" aria-label="(2강) 진행률" aria-valuemin="0" aria-valuemax="2" aria-valuenow="1" aria-valuetext="2개 중 1개 완료" class="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-line">' +
        '<div class="task-progress-fill h-full rounded-full bg-accent" style="width:50%"></div></div>' +
        '<span class="shrink-0 text-sm tabular-nums text-muted"><span data-task-progress-count="">1/2</span></span></div>' +
        "<ul>목록</ul></div>",
    );
  });

  it("marks a panel whose tasks are all done complete, with the ✓ 완료 mark", () => {
    const out = html(panel([{ id: "a", done: true, children: [] }]));
    expect(out).toMatch(/^<div class="lecture-tasks" data-lecture-tasks="lecture-2" data-tasks="[^"]*" data-complete="">/u);
    expect(out).toContain('<span data-task-progress-count="">1/1</span><span class="ml-1.5 font-semibold text-accent">✓ 완료</span>');
  });

  it("leaves a div without a readable task tree alone", () => {
    const out = html(h(null, [h("div", { dataLectureTasks: "x", dataLabel: "l", dataTasks: "{" }, "t")]));
    expect(out).toBe('<div data-lecture-tasks="x" data-label="l" data-tasks="{">t</div>');
  });
});
