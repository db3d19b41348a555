import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import { visit } from "unist-util-visit";
import { hastProperty, NOTE_CLASS, NOTE_DOM } from "../dom-contract";
import { sourceKey } from "../content/ids";
import type { TaskNode } from "../tasks/tree";

/**
 * Shared hast helpers of the two task plugins (rehype-lecture-tasks,
 * rehype-task-items): the checkbox element the components map turns into the
 * client checkbox, list items found by source position, and unique DOM ids.
 */

/** Every `<li>` of the tree by its source position. */
export function listItemsByPosition(tree: Root): Map<string, Element> {
  const items = new Map<string, Element>();
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "li" && node.position) items.set(sourceKey(node.position.start), node);
  });
  return items;
}

/** Hands out `task-1`, `task-2`, ... skipping any id the page already uses (headings may be called "Task 1"). */
export function domIds(tree: Root): () => string {
  const taken = new Set<string>();
  visit(tree, "element", (node: Element) => {
    if (typeof node.properties.id === "string") taken.add(node.properties.id);
  });
  let count = 0;
  return () => {
    let id: string;
    do {
      count += 1;
      id = `task-${count}`;
    } while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/**
 * The checkbox of a task: disabled and in the author's state in the hast.
 * `data-task` carries the task tree; the page's NoteInput renders it enabled,
 * in that state, for the TaskCheckboxes island to keep.
 */
export function taskInput(node: TaskNode, id: string): Element {
  return h("input", {
    type: "checkbox",
    id,
    className: [NOTE_CLASS.taskCheckbox],
    disabled: true,
    checked: node.done,
    [hastProperty(NOTE_DOM.taskNode)]: JSON.stringify(node),
  });
}

/** Inline content for a `<label>`: paragraphs unwrapped, nested lists, checkboxes and ids dropped (ids must stay unique). */
export function labelContent(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== "element") return [structuredClone(node)];
    if (node.tagName === "ul" || node.tagName === "ol" || node.tagName === "input") return [];
    if (node.tagName === "p") return labelContent(node.children);
    const properties = Object.fromEntries(Object.entries(node.properties).filter(([name]) => name !== "id"));
    return [{ ...node, properties, children: labelContent(node.children) }];
  });
}

/** Drops the whitespace at the edges of a label (the space after the input, the newline before a nested list). */
export function trimEdges(nodes: readonly ElementContent[]): ElementContent[] {
  const blank = (node: ElementContent | undefined) => node?.type === "text" && node.value.trim() === "";
  const result = [...nodes];
  while (blank(result[0])) result.shift();
  while (blank(result.at(-1))) result.pop();
  const first = result[0];
  if (first?.type === "text") result[0] = { ...first, value: first.value.trimStart() };
  const last = result.at(-1);
  if (last?.type === "text") result[result.length - 1] = { ...last, value: last.value.trimEnd() };
  return result;
}
