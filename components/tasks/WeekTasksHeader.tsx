import type { Entry, Week } from "@/lib/content/types";
import { entryTasks, partTasks, toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";
import { weekLabel } from "@/lib/urls";
import { ReadingTracker } from "./ReadingTracker";
import { TocTaskCount as TocTaskCountIsland } from "./TocTaskCount";
import { StorageNotice } from "./StorageNotice";
import { TaskCheckboxes } from "./TaskCheckboxes";
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

/** The "done/total" counter of one TOC entry. */
export function EntryTaskCount({ week, entry }: { week: Week; entry: Entry }) {
  const tasks = entryTasks(week, entry).map(toTaskNode);
  return tasks.length > 0 ? <TocTaskCountIsland tasks={tasks} /> : null;
}
