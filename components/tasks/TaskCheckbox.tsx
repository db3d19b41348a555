"use client";

import { useCallback } from "react";
import { checkState, type TaskNode, toggle } from "@/lib/tasks/tree";
import { useHydrated } from "../navigation/use-hydrated";
import { taskStore, useTaskSnapshot } from "./task-store";

/**
 * A task's real checkbox. Its `<label>` (the task text) is server-rendered
 * next to it; this island only keeps the state. A parent shows the mixed state
 * (indeterminate, `aria-checked="mixed"`) while some of its tasks are done.
 */
export function TaskCheckbox({ id, node }: { id: string; node: TaskNode }) {
  const { ticks } = useTaskSnapshot();
  const hydrated = useHydrated();
  const state = checkState(node, ticks);
  const mixed = state === "mixed";
  // `indeterminate` exists only as a DOM property; set it on every render so it follows the state.
  const setIndeterminate = useCallback(
    (input: HTMLInputElement | null) => {
      if (input) input.indeterminate = mixed;
    },
    [mixed],
  );
  return (
    <input
      ref={setIndeterminate}
      type="checkbox"
      id={id}
      className="task-checkbox"
      data-task-id={node.id}
      checked={state === "checked"}
      aria-checked={mixed ? "mixed" : undefined}
      disabled={!hydrated}
      onChange={() => taskStore.set(toggle(node, taskStore.getSnapshot().ticks))}
    />
  );
}
