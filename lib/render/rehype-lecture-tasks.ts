import type { Element, ElementContent, Parents, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { Task, Week } from "../content/types";
import { hastProperty, NOTE_DOM } from "../dom-contract";
import { entryProgressLabel, entryTasks, toTaskNode } from "../tasks/week-tasks";
import { sourceKey } from "../content/ids";
import { domIds, labelContent, listItemsByPosition, taskInput, trimEdges } from "./task-hast";

/** Options: the week whose entries' tasks are placed. */
export type Options = { week: Pick<Week, "parts" | "bodyTasks"> };

/**
 * Put each Contents entry's tasks as a checklist at the top of the section the
 * lecture TOC points to: right after its heading (after the hint of a
 * placeholder section). The panel element carries the entry's whole task tree
 * (body task items included) for its progress bar; its list holds the nested
 * Contents items, whose inline Markdown is copied from the Contents list.
 * Runs after rehype-section-ids and rehype-missing-notes, whose ids it looks for.
 */
const rehypeLectureTasks: Plugin<[Options], Root> = function (options) {
  const { week } = options;
  return function (tree) {
    const items = listItemsByPosition(tree);
    const nextId = domIds(tree);
    // A combined heading (5강,6강) gets one panel per entry, in Contents order.
    const placedAfter = new Map<Element, Element>();
    for (const entry of week.parts.flatMap((part) => part.entries)) {
      const tasks = entryTasks(week, entry);
      if (tasks.length === 0) continue;
      const found = findElementById(tree, entry.sectionId ?? entry.id);
      if (!found) continue;
      const { parent, heading } = found;
      const panel = h(
        "div",
        {
          className: ["lecture-tasks"],
          [hastProperty(NOTE_DOM.lectureTasks)]: entry.id,
          [hastProperty(NOTE_DOM.panelLabel)]: entryProgressLabel(entry),
          [hastProperty(NOTE_DOM.taskTree)]: JSON.stringify(tasks.map(toTaskNode)),
        },
        entry.tasks.length > 0 ? [checklist(entry.tasks, items, nextId)] : [],
      );
      const after = placedAfter.get(heading) ?? hintAfter(parent, heading) ?? heading;
      parent.children.splice(parent.children.indexOf(after) + 1, 0, panel);
      placedAfter.set(heading, panel);
    }
  };
};

function findElementById(tree: Root, id: string): { parent: Parents; heading: Element } | null {
  let found: { parent: Parents; heading: Element } | null = null;
  visit(tree, "element", (node: Element, _index, parent) => {
    if (found || node.properties.id !== id || !parent) return;
    found = { parent, heading: node };
  });
  return found;
}

/** The "아직 정리된 노트가 없습니다." line of a placeholder section: its tasks go below it. */
function hintAfter(parent: Parents, heading: Element): Element | null {
  const index = parent.children.indexOf(heading);
  const next = parent.children.slice(index + 1).find((node) => node.type !== "text" || node.value.trim() !== "");
  const classes = next?.type === "element" ? next.properties.className : undefined;
  return next?.type === "element" && Array.isArray(classes) && classes.includes("missing-notes-hint") ? next : null;
}

function checklist(tasks: readonly Task[], items: ReadonlyMap<string, Element>, nextId: () => string): Element {
  return h(
    "ul",
    { className: ["task-checklist"] },
    tasks.map((task) => {
      const id = nextId();
      const source = items.get(sourceKey(task.position?.start));
      const content: ElementContent[] = source ? trimEdges(labelContent(source.children)) : [{ type: "text", value: task.text }];
      const children: ElementContent[] = [taskInput(toTaskNode(task), id), h("label", { htmlFor: id }, content)];
      if (task.children.length > 0) children.push(checklist(task.children, items, nextId));
      return h("li", { className: ["task-item"] }, children);
    }),
  );
}

export default rehypeLectureTasks;
