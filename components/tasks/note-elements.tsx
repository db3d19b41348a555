import type { ComponentProps } from "react";
import { authorState, parseTaskNode, parseTaskNodes } from "@/lib/tasks/tree";
import { TaskPanel } from "./TaskPanel";

type DataProps = { "data-task"?: unknown; "data-lecture-tasks"?: unknown; "data-label"?: unknown; "data-tasks"?: unknown };

/**
 * `<input>` of a note: a task checkbox the render plugins marked with
 * `data-task` is enabled, in its author's state, for the TaskCheckboxes island
 * to keep; any other input stays as sanitized.
 */
export function NoteInput(props: ComponentProps<"input"> & DataProps) {
  const { "data-task": data, ...rest } = props;
  const node = typeof data === "string" ? parseTaskNode(data) : null;
  if (!node || typeof rest.id !== "string") return <input {...rest} />;
  const state = authorState(node);
  return (
    <input
      type="checkbox"
      id={rest.id}
      className="task-checkbox"
      data-task-id={node.id}
      defaultChecked={state === "checked"}
      aria-checked={state === "mixed" ? "mixed" : undefined}
    />
  );
}

/** `<div>` of a note: a lecture's task panel (rehype-lecture-tasks) becomes the progress island around its list. */
export function NoteDiv(props: ComponentProps<"div"> & DataProps) {
  const { "data-lecture-tasks": entryId, "data-label": label, "data-tasks": json, ...rest } = props;
  const tasks = typeof json === "string" ? parseTaskNodes(json) : null;
  if (typeof entryId !== "string" || typeof label !== "string" || !tasks) return <div {...rest} />;
  return (
    <TaskPanel entryId={entryId} tasks={tasks} label={label}>
      {rest.children}
    </TaskPanel>
  );
}
