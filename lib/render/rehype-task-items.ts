import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import type { Task, Week } from "../content/types";
import { toTaskNode } from "../tasks/week-tasks";
import { classList } from "./hast-class";
import { sourceKey } from "../content/ids";
import { domIds, listItemsByPosition, taskInput, trimEdges } from "./task-hast";

/** Options: the week whose body task items become checkboxes. */
export type Options = { week: Pick<Week, "bodyTasks"> };

/**
 * Turn the GFM task items of the body (`- [ ]`, `- [x]`) into the reader's
 * checkboxes, in place: the item's disabled input gets the task's id and tree,
 * and the item's text becomes its `<label>`, so the checkbox is named by it.
 * The author's `[x]` stays the checkbox's initial state.
 */
const rehypeTaskItems: Plugin<[Options], Root> = function (options) {
  const { week } = options;
  return function (tree) {
    const items = listItemsByPosition(tree);
    const nextId = domIds(tree);
    const visitTask = (task: Task) => {
      const item = items.get(sourceKey(task.position?.start));
      if (item) enhance(item, task, nextId());
      task.children.forEach(visitTask);
    };
    for (const { task } of week.bodyTasks) visitTask(task);
  };
};

/** Replace the item's input by ours and wrap the inline content after it in a label. */
function enhance(item: Element, task: Task, id: string): void {
  // remark-gfm puts the input first in the item, or first in its first paragraph (loose lists).
  const first = item.children.find((child): child is Element => child.type === "element");
  const holder = first?.tagName === "p" ? first : item;
  const index = holder.children.findIndex((child) => child.type === "element" && child.tagName === "input");
  if (index === -1) return;
  const rest = holder.children.slice(index + 1);
  const end = rest.findIndex((child) => child.type === "element" && isBlock(child));
  const inline = end === -1 ? rest : rest.slice(0, end);
  const after = end === -1 ? [] : rest.slice(end);
  const label: ElementContent = h("label", { htmlFor: id }, trimEdges(inline));
  holder.children = [...holder.children.slice(0, index), taskInput(toTaskNode(task), id), label, ...after];
  item.properties.className = [...classList(item), "task-item"];
}

const blocks = new Set(["ul", "ol", "p", "div", "pre", "blockquote", "table", "figure"]);

function isBlock(node: Element): boolean {
  return blocks.has(node.tagName) || /^h[1-6]$/u.test(node.tagName);
}

export default rehypeTaskItems;
