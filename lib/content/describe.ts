import { weekStats } from "./stats";
import type { Week } from "./types";

/** The week's meta description: the author's, else a sentence built from its contents. */
export function weekDescription(week: Week): string {
  if (week.description) return week.description;
  const { lectures, tasks } = weekStats(week);
  const lectureTitles = week.parts.flatMap((part) => part.entries).slice(0, 4).map((entry) => entry.title);
  const summary = lectureTitles.length > 0 ? `${lectureTitles.join(", ")} 등` : "강의 노트";
  return `${week.title}: ${summary} — 강의 ${lectures}개, 자기 학습 과제 ${tasks}개.`;
}
