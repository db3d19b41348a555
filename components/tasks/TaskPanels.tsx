"use client";

import { useEffect } from "react";
import { useTaskSnapshot } from "@/components/tasks/task-store";
import { bySelector, COMPLETE_MARK, COMPLETE_MARK_CLASS, isComplete, NOTE_DOM, progressValueText, progressWidth } from "@/lib/dom-contract";
import { parseTaskNodes, progress, type TaskNode, type Ticks } from "@/lib/tasks/tree";

/** A lecture's task panel in the note's HTML, with its task tree. */
type Panel = { element: HTMLElement; tasks: TaskNode[] };

/**
 * Keeps the lecture progress bars of the note (static HTML from
 * rehype-task-panels, in the author's state) in step with the reader's ticks.
 * The panels stay server-rendered HTML; this island only writes the values
 * that differ, so nothing changes on a first visit without ticks.
 */
export function TaskPanels({ articleId }: { articleId: string }) {
  const { ticks } = useTaskSnapshot();

  useEffect(() => {
    // Found again on each change of the ticks (a few panels, rarely): always those of the article shown now.
    const article = document.getElementById(articleId);
    if (!article) return;
    for (const panel of findPanels(article)) update(panel, ticks);
  }, [articleId, ticks]);

  return null;
}

function findPanels(article: HTMLElement): Panel[] {
  return [...article.querySelectorAll<HTMLElement>(bySelector(NOTE_DOM.lectureTasks))].flatMap((element) => {
    const tasks = parseTaskNodes(element.getAttribute(NOTE_DOM.taskTree) ?? "");
    return tasks ? [{ element, tasks }] : [];
  });
}

function update({ element, tasks }: Panel, ticks: Ticks): void {
  const { done, total } = progress(tasks, ticks);
  const complete = isComplete(done, total);
  const holder = element.querySelector<HTMLElement>(bySelector(NOTE_DOM.taskProgress));
  const bar = holder?.querySelector<HTMLElement>("[role=progressbar]");
  const count = holder?.querySelector<HTMLElement>(bySelector(NOTE_DOM.taskProgressCount));
  if (!holder || !bar || !count) return;
  toggleAttribute(element, NOTE_DOM.complete, complete);
  toggleAttribute(holder, NOTE_DOM.complete, complete);
  setAttribute(bar, "aria-valuenow", String(done));
  setAttribute(bar, "aria-valuetext", progressValueText(done, total));
  const fill = bar.firstElementChild;
  const width = progressWidth(done, total);
  if (fill instanceof HTMLElement && fill.style.width !== width) fill.style.width = width;
  if (count.textContent !== `${done}/${total}`) count.textContent = `${done}/${total}`;
  const mark = count.nextElementSibling;
  if (complete && !mark) {
    const added = document.createElement("span");
    added.className = COMPLETE_MARK_CLASS;
    added.textContent = COMPLETE_MARK;
    count.after(added);
  } else if (!complete && mark) {
    mark.remove();
  }
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function toggleAttribute(element: Element, name: string, on: boolean): void {
  if (element.hasAttribute(name) !== on) element.toggleAttribute(name, on);
}
