"use client";

import type { ReactNode } from "react";
import { progress, type TaskNode } from "@/lib/tasks/tree";
import { TaskProgress } from "./TaskProgress";
import { useTaskSnapshot } from "./task-store";
import { NOTE_DOM } from "@/lib/dom-contract";

/** A lecture's self-study tasks at the top of its section: progress, then the server-rendered checklist. */
export function TaskPanel({ entryId, tasks, label, children }: { entryId: string; tasks: TaskNode[]; label: string; children?: ReactNode }) {
  const { ticks } = useTaskSnapshot();
  const { done, total } = progress(tasks, ticks);
  return (
    <div className="lecture-tasks" {...{ [NOTE_DOM.lectureTasks]: entryId, [NOTE_DOM.complete]: total > 0 && done === total ? "" : undefined }}>
      <p className="lecture-tasks-title">자기 학습 과제</p>
      <TaskProgress tasks={tasks} label={label} />
      {children}
    </div>
  );
}
