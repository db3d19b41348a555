import type { Week } from "@/lib/content/types";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { PAGE_IDS } from "@/lib/page-ids";
import { readingTimeLabel, sectionReadingMinutes } from "@/lib/content/reading-time";
import { EntryTaskCount, tocTaskEntries } from "../tasks/WeekTasksHeader";
import { TocTaskCounts } from "../tasks/TocTaskCounts";
import { TocScrollSpy } from "./TocScrollSpy";

/**
 * The lecture table of contents: Contents entries by part, then body-only
 * sections. Plain links, no JS needed: the TocScrollSpy and TocTaskCounts
 * islands mark the entry being read and bring the task counts (written here
 * in the author's state) to the reader's ticks.
 */
export function LectureToc({ week }: { week: Week }) {
  const extra = sectionsOutsideContents(week);
  const topDepth = Math.min(...extra.map((section) => section.depth));
  const taskEntries = tocTaskEntries(week);
  const withTasks = new Map(taskEntries.map((entry) => [entry.id, entry]));
  // Minutes to read each lecture's notes (a combined `(5강,6강)` section counts for both).
  const minutesOf = (sectionId: string | null): number => {
    const section = sectionId === null ? undefined : week.sections.find((candidate) => candidate.id === sectionId);
    return section ? sectionReadingMinutes(week.tree.root(), section) : 0;
  };
  return (
    <nav id={PAGE_IDS.lectureToc} aria-label="강의 목차" className="text-sm">
      <TocScrollSpy />
      {taskEntries.length > 0 ? <TocTaskCounts tocId={PAGE_IDS.lectureToc} entries={taskEntries} /> : null}
      <p className="mb-2 font-semibold text-ink">강의 목차</p>
      {week.parts.map((part, index) => (
        <div key={`${part.title}-${index}`} className="mb-4">
          {part.title ? <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{part.title}</p> : null}
          <ul className="space-y-0.5">
            {part.entries.map((entry) => {
              const counted = withTasks.get(entry.id);
              const minutes = minutesOf(entry.sectionId);
              return (
                <li key={entry.id}>
                  <a href={`#${entry.id}`} className={`block rounded-md px-2 py-1 hover:bg-soft ${entry.sectionId ? "text-ink" : "text-muted"}`}>
                    {entry.label ? <span className="mr-1 font-medium text-accent">{entry.label}</span> : null}
                    <span>{entry.title}</span>
                    {entry.speaker ? <span className="text-muted">{` · ${entry.speaker}`}</span> : null}
                    {minutes > 0 ? <span className="text-xs text-muted" data-reading-time="">{` · ${readingTimeLabel(minutes)}`}</span> : null}
                    {counted ? <EntryTaskCount entry={counted} /> : null}
                    {entry.sectionId ? null : <span className="sr-only"> (노트 없음)</span>}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {extra.length > 0 ? (
        <ul className={`space-y-0.5 ${week.parts.length > 0 ? "border-t border-line pt-2" : ""}`}>
          {extra.map((section) => (
            <li key={section.id} style={{ paddingLeft: `${(section.depth - topDepth) * 0.75}rem` }}>
              <a href={`#${section.id}`} className="block rounded-md px-2 py-1 text-ink hover:bg-soft">
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
