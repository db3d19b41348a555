"use client";

import { type ProgressScope, tasksIn } from "@/lib/tasks/home-data";
import { progress } from "@/lib/tasks/tree";
import { useProgressData } from "./home-data-store";
import { useTaskSnapshot } from "./task-store";
import { ProgressBar } from "./TaskProgress";

/**
 * The progress of a scope (the course, a folder, a note) on a large course's
 * home page: the server renders the author's counts (`initial`), and the
 * reader's own arrive with `/progress.json` after load, so the page carries
 * no task trees in its HTML.
 */
export function LazyTaskProgress({
  scope,
  initial,
  label,
  className = "",
}: {
  scope: ProgressScope;
  initial: { done: number; total: number };
  label: string;
  className?: string;
}) {
  const data = useProgressData();
  const { ticks } = useTaskSnapshot();
  const counts = data ? progress(tasksIn(data, scope), ticks) : initial;
  return <ProgressBar {...counts} label={label} className={className} />;
}
