"use client";

import { useEffect, useMemo } from "react";
import { authorState, checkState, flatten, setDone, type TaskNode, toggle } from "@/lib/tasks/tree";
import { bySelector, NOTE_CLASS, NOTE_DOM } from "@/lib/dom-contract";
import { taskStore, useTaskSnapshot } from "./task-store";

/** The checkboxes rehype-task-inputs writes into the note (and the TOC's task lists use the same attribute). */
const CHECKBOXES = `input.${NOTE_CLASS.taskCheckbox}${bySelector(NOTE_DOM.taskId)}`;

/** Each task checkbox of the page with its task, skipping any the tasks do not know. */
function checkboxes(nodes: ReadonlyMap<string, TaskNode>): { input: HTMLInputElement; node: TaskNode }[] {
  return [...document.querySelectorAll<HTMLInputElement>(CHECKBOXES)].flatMap((input) => {
    const node = nodes.get(input.getAttribute(NOTE_DOM.taskId) ?? "");
    return node ? [{ input, node }] : [];
  });
}

/**
 * The week's task checkboxes are plain server-rendered `<input>`s; this one
 * island keeps all of them: it shows the stored ticks (and the mixed state of a
 * parent, `indeterminate` + `aria-checked="mixed"`), and a change to any of them,
 * caught by one listener, toggles the task and everything under it. One island
 * instead of one per checkbox: hydration has fewer components, store
 * subscriptions and refs to process (issue #8). Nothing in the DOM changes on
 * hydration unless the reader has ticks, and a tick made before the scripts
 * ran is kept.
 */
export function TaskCheckboxes({ tasks }: { tasks: TaskNode[] }) {
  const { ticks } = useTaskSnapshot();
  const nodes = useMemo(() => new Map(flatten(tasks).map((node) => [node.id, node])), [tasks]);

  useEffect(() => {
    // A checkbox that no longer shows its author's state was ticked before the scripts ran.
    const early = new Map<string, boolean>();
    for (const { input, node } of checkboxes(nodes)) {
      if (input.checked !== (authorState(node) === "checked")) for (const [id, done] of setDone(node, input.checked)) early.set(id, done);
    }
    if (early.size > 0) taskStore.set(early);

    function onChange(event: Event) {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.matches(CHECKBOXES)) return;
      const node = nodes.get(input.getAttribute(NOTE_DOM.taskId) ?? "");
      if (node) taskStore.set(toggle(node, taskStore.getSnapshot().ticks));
    }
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [nodes]);

  useEffect(() => {
    for (const { input, node } of checkboxes(nodes)) {
      const state = checkState(node, ticks);
      if (input.checked !== (state === "checked")) input.checked = state === "checked";
      // `indeterminate` exists only as a DOM property.
      input.indeterminate = state === "mixed";
      if (state === "mixed") input.setAttribute("aria-checked", "mixed");
      else if (input.hasAttribute("aria-checked")) input.removeAttribute("aria-checked");
    }
  }, [nodes, ticks]);

  return null;
}
