"use client";

import { useEffect } from "react";
import { bySelector, isComplete, NOTE_DOM, PAGE_DOM, tocTaskCountText } from "@/lib/dom-contract";
import { progress, type TaskNode } from "@/lib/tasks/tree";
import { useTaskSnapshot } from "./task-store";

/** A TOC entry with tasks: its id, as its count's `data-toc-task-count` names it, and its task tree. */
export type TocTaskEntry = { id: string; tasks: TaskNode[] };

/**
 * Keeps the "(과제 2/4)" counts of the lecture TOC in step with the reader's
 * ticks: one island for the whole TOC (each count was an island of its own,
 * two fibers and a store subscription apiece, issue #21). The counts are
 * server-rendered in the author's state; this writes only the ones that
 * differ, so a first visit without ticks changes nothing.
 */
export function TocTaskCounts({ tocId, entries }: { tocId: string; entries: TocTaskEntry[] }) {
  const { ticks } = useTaskSnapshot();

  useEffect(() => {
    const toc = document.getElementById(tocId);
    if (!toc) return;
    for (const { id, tasks } of entries) {
      const count = toc.querySelector<HTMLElement>(bySelector(PAGE_DOM.tocTaskCount, id));
      if (!count) continue;
      const { done, total } = progress(tasks, ticks);
      const text = tocTaskCountText(done, total);
      if (count.textContent !== text) count.textContent = text;
      const complete = isComplete(done, total);
      if (count.hasAttribute(NOTE_DOM.complete) !== complete) count.toggleAttribute(NOTE_DOM.complete, complete);
    }
  }, [tocId, entries, ticks]);

  return null;
}
