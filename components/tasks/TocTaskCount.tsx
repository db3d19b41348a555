"use client";

import { progress, type TaskNode } from "@/lib/tasks/tree";
import { useTaskSnapshot } from "./task-store";

/** "(과제 2/4)" next to a lecture in the TOC; "(과제 4/4 ✓ 완료)" once all are done. */
export function TocTaskCount({ tasks }: { tasks: TaskNode[] }) {
  const { ticks } = useTaskSnapshot();
  const { done, total } = progress(tasks, ticks);
  if (total === 0) return null;
  const complete = done === total;
  return (
    <span className={`ml-1 text-xs tabular-nums ${complete ? "font-semibold text-accent" : "text-muted"}`} data-task-count="">
      {`(과제 ${done}/${total}${complete ? " ✓ 완료" : ""})`}
    </span>
  );
}
