import type { Week } from "@/lib/content/types";
import { isComplete, PAGE_DOM, tocTaskCountText } from "@/lib/dom-contract";
import { authorProgress } from "@/lib/tasks/tree";
import { entryTasks, partTasks, toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";
import { weekLabel } from "@/lib/urls";
import { ReadingTracker } from "./ReadingTracker";
import { StorageNotice } from "./StorageNotice";
import { TaskCheckboxes } from "./TaskCheckboxes";
import type { TocTaskEntry } from "./TocTaskCounts";
import { WeekTaskBar } from "./WeekTaskBar";

/** The week header's task block; the trees are computed here, at build time, and passed to the islands. */
export function WeekTasksHeader({ week, tocId }: { week: Week; tocId: string }) {
  const name = weekLabel(week);
  const parts = week.parts
    .map((part, index) => ({
      title: part.title || "강의",
      label: `${part.title || `파트 ${index + 1}`} 진행률`,
      tasks: partTasks(week, part).map(toTaskNode),
    }))
    .filter((part) => part.tasks.length > 0);
  const tasks = weekTasks(week).map(toTaskNode);
  return (
    <>
      <WeekTaskBar slug={week.slug} label={`${name} 진행률`} tasks={tasks} parts={parts} />
      <TaskCheckboxes tasks={tasks} />
      <ReadingTracker slug={week.slug} navId={tocId} />
      <StorageNotice />
      {/* `@media (scripting: none)`: shown only where scripts cannot run, from the first paint, so nothing shifts when they do. */}
      <p className="task-noscript mt-4 hidden rounded-lg border border-line px-4 py-3 text-sm text-muted noscript:block">
        JavaScript가 꺼져 있어 과제 체크가 저장되지 않고 진행 상황도 계산되지 않아요. 노트와 과제 목록은 그대로 읽을 수 있습니다.
      </p>
    </>
  );
}

/**
 * The TOC entries that show a task count: those whose Contents line lists
 * tasks, each with its whole task tree (the body's task items under it too),
 * what LectureToc renders and the TocTaskCounts island keeps.
 */
export function tocTaskEntries(week: Week): TocTaskEntry[] {
  return week.parts
    .flatMap((part) => part.entries)
    .filter((entry) => entry.tasks.length > 0)
    .map((entry) => ({ id: entry.id, tasks: entryTasks(week, entry).map(toTaskNode) }));
}

/** The "(과제 done/total)" of one TOC entry, in the author's state; TocTaskCounts brings it to the reader's. */
export function EntryTaskCount({ entry }: { entry: TocTaskEntry }) {
  const { done, total } = authorProgress(entry.tasks);
  return (
    <span
      className="ml-1 text-xs tabular-nums text-muted data-complete:font-semibold data-complete:text-accent"
      {...{ [PAGE_DOM.tocTaskCount]: entry.id }}
      data-complete={isComplete(done, total) ? "" : undefined}
    >
      {tocTaskCountText(done, total)}
    </span>
  );
}
