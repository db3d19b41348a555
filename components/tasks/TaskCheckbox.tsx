"use client";

import { useCallback } from "react";
import { checkState, setDone, type TaskNode, toggle } from "@/lib/tasks/tree";
import { taskStore, useTaskSnapshot } from "./task-store";

/**
 * A task's real checkbox. Its `<label>` (the task text) is server-rendered
 * next to it; this island only keeps the state. A parent shows the mixed state
 * (indeterminate, `aria-checked="mixed"`) while some of its tasks are done.
 * It is enabled from the first paint: hydration then changes nothing in the
 * DOM, and a tick made before the scripts ran is kept (see `attach`).
 */
export function TaskCheckbox({ id, node }: { id: string; node: TaskNode }) {
  const { ticks } = useTaskSnapshot();
  const state = checkState(node, ticks);
  const mixed = state === "mixed";
  const checked = state === "checked";
  const attach = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input) return;
      // `indeterminate` exists only as a DOM property; set it whenever the state changes.
      input.indeterminate = mixed;
      // React writes `checked` before attaching refs, except when hydrating: there it keeps what the
      // reader ticked before the scripts ran, and this is the one place the two can differ.
      if (input.checked !== checked) taskStore.set(setDone(node, input.checked));
    },
    [mixed, checked, node],
  );
  return (
    <input
      ref={attach}
      type="checkbox"
      id={id}
      className="task-checkbox"
      data-task-id={node.id}
      checked={checked}
      aria-checked={mixed ? "mixed" : undefined}
      onChange={() => taskStore.set(toggle(node, taskStore.getSnapshot().ticks))}
    />
  );
}
