import { isContentsHeading } from "./model";
import type { Section, Task, Week } from "./types";

/** Tasks including the nested ones. */
export function countTasks(tasks: readonly Task[]): number {
  return tasks.reduce((total, task) => total + 1 + countTasks(task.children), 0);
}

/** What the home page and the week header say about a week. */
export function weekStats(week: Week): { lectures: number; tasks: number } {
  const entries = week.parts.flatMap((part) => part.entries);
  return {
    lectures: entries.filter((entry) => entry.kind !== "other").length,
    tasks: entries.reduce((total, entry) => total + countTasks(entry.tasks), 0),
  };
}

/**
 * Body sections the Contents never names, for the lecture TOC: headings at the
 * level of the lecture headings that hold no entry and are not the Contents
 * heading or a part's own heading. A note without Contents lists its headings
 * of the top level and the one below it (the TOC is derived from them).
 */
export function sectionsOutsideContents(week: Week): Section[] {
  const entries = week.parts.flatMap((part) => part.entries);
  const partTitles = new Set(week.parts.map((part) => part.title));
  const lectureDepths = week.sections.filter((section) => section.entryIds.length > 0).map((section) => section.depth);
  const topDepth = Math.min(...week.sections.map((section) => section.depth), 6);
  const depth = lectureDepths.length > 0 ? Math.min(...lectureDepths) : week.parts.length > 0 ? 2 : topDepth + 1;
  const contentsIndex = week.parts.length > 0 ? week.sections.findIndex((section) => isContentsHeading(section.title)) : -1;
  return week.sections.filter(
    (section, index) =>
      index !== contentsIndex &&
      section.depth <= depth &&
      section.entryIds.length === 0 &&
      !partTitles.has(section.title) &&
      !entries.some((entry) => entry.id === section.id),
  );
}
