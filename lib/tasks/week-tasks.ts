import { entryHeading } from "../content/entry-heading";
import type { Entry, Task, Week } from "../content/types";
import type { TaskNode } from "./tree";

/**
 * The Week model's tasks, as the serializable trees the client islands get.
 * Build-time only: nothing here ships to the browser.
 */

/** A model task without text or positions. */
export function toTaskNode(task: Task): TaskNode {
  return { id: task.id, done: task.done, children: task.children.map(toTaskNode) };
}

/** An entry's tasks: its nested Contents items, then the GFM task items of its notes. */
export function entryTasks(week: Pick<Week, "bodyTasks">, entry: Entry): Task[] {
  const body = week.bodyTasks.filter((item) => item.entryId === entry.id).map((item) => item.task);
  return [...entry.tasks, ...body];
}

/** Every task of the week: each entry's, then the body's task items outside any lecture. */
export function weekTasks(week: Week): Task[] {
  const entries = week.parts.flatMap((part) => part.entries);
  const loose = week.bodyTasks.filter((item) => item.entryId === null).map((item) => item.task);
  return [...entries.flatMap((entry) => entryTasks(week, entry)), ...loose];
}

/** A part's tasks: those of its entries. */
export function partTasks(week: Week, part: Week["parts"][number]): Task[] {
  return part.entries.flatMap((entry) => entryTasks(week, entry));
}

/** "(2강) MLOPs 개론 진행률": the accessible name of a lecture's progress bar. */
export function entryProgressLabel(entry: Entry): string {
  return `${entryHeading(entry)} 진행률`;
}

/** One task in reading order, for "이어서 보기": where it is and what it says. */
export type ReadingTask = {
  /** The id of the TOC anchor (entry or section) it sits under. */
  anchor: string;
  text: string;
  node: TaskNode;
};

/** A week as the home page's resume card needs it. */
export type ReadingWeek = {
  slug: string;
  title: string;
  /** TOC anchors in order with their titles, so a recorded anchor can be named. */
  anchors: { id: string; title: string }[];
  tasks: ReadingTask[];
};

/** Tasks of the week in TOC order (leaves only: a parent is open exactly while one of its children is). */
export function readingWeek(week: Week, extraSections: readonly { id: string; title: string }[]): ReadingWeek {
  const entries = week.parts.flatMap((part) => part.entries);
  const leaves = (task: Task): Task[] => (task.children.length > 0 ? task.children.flatMap(leaves) : [task]);
  const tasks: ReadingTask[] = [
    ...entries.flatMap((entry) =>
      entryTasks(week, entry)
        .flatMap(leaves)
        .map((task) => ({ anchor: entry.id, text: task.text, node: toTaskNode(task) })),
    ),
    ...week.bodyTasks
      .filter((item) => item.entryId === null)
      .flatMap((item) => leaves(item.task).map((task) => ({ anchor: item.sectionId ?? "", text: task.text, node: toTaskNode(task) }))),
  ];
  return {
    slug: week.slug,
    title: week.title,
    anchors: [
      ...entries.map((entry) => ({ id: entry.id, title: entryHeading(entry) })),
      ...extraSections.map((section) => ({ id: section.id, title: section.title })),
    ],
    tasks,
  };
}
