"use client";

import { COMPLETE_MARK, COMPLETE_MARK_CLASS, isComplete, progressValueText, progressWidth } from "@/lib/dom-contract";
import { progress, type TaskNode } from "@/lib/tasks/tree";
import { useTaskSnapshot } from "./task-store";

/**
 * A progress bar (`role="progressbar"`, value = tasks done, max = tasks) named
 * after its lecture or week, with the count as text and a "완료" mark when
 * every task is done.
 */
export function TaskProgress({ tasks, label, className = "" }: { tasks: TaskNode[]; label: string; className?: string }) {
  const { ticks } = useTaskSnapshot();
  return <ProgressBar {...progress(tasks, ticks)} label={label} className={className} />;
}

/** The bar itself, for a count computed elsewhere (components/tasks/LazyTaskProgress.tsx). */
export function ProgressBar({ done, total, label, className = "" }: { done: number; total: number; label: string; className?: string }) {
  const complete = isComplete(done, total);
  return (
    <div className={`task-progress flex items-center gap-2 ${className}`} data-complete={complete ? "" : undefined}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={progressValueText(done, total)}
        className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-line"
      >
        <div className="task-progress-fill h-full rounded-full bg-accent" style={{ width: progressWidth(done, total) }} />
      </div>
      <span className="shrink-0 text-sm tabular-nums text-muted">
        {`${done}/${total}`}
        {complete ? <span className={COMPLETE_MARK_CLASS}>{COMPLETE_MARK}</span> : null}
      </span>
    </div>
  );
}
