import { IntentLink } from "@/components/IntentLink";
import { TaskProgress } from "@/components/tasks/TaskProgress";
import { type CourseFolder, type CourseNode, readingOrder } from "@/lib/content/course";
import { koreanDate } from "@/lib/content/dates";
import { noteLead } from "@/lib/content/describe";
import { sectionHref } from "@/lib/content/share";
import { weekStats } from "@/lib/content/stats";
import type { Week } from "@/lib/content/types";
import { toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";

/**
 * A folder's notes and folders in course order: each sub-folder a fold
 * (`<details>`, so it opens and closes without JavaScript) with its note count
 * and task progress, each note a card with its own first line. The folds of
 * the first level start open only where `openFirstLevel` says so.
 */
export function CourseTree({ folder, openFirstLevel = false }: { folder: CourseFolder; openFirstLevel?: boolean }) {
  return (
    <ol className="course-tree space-y-3">
      {folder.children.map((child) => (
        <li key={child.kind === "note" ? child.week.slug : `folder:${child.path}`}>
          {child.kind === "note" ? <NoteCard week={child.week} /> : <FolderFold folder={child} open={openFirstLevel} />}
        </li>
      ))}
    </ol>
  );
}

function FolderFold({ folder, open }: { folder: CourseFolder; open: boolean }) {
  const notes = readingOrder(folder);
  const tasks = notes.flatMap((week) => weekTasks(week).map(toTaskNode));
  return (
    <details className="course-folder rounded-xl border border-line" data-folder={folder.slug} open={open}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 rounded-xl p-4 hover:bg-soft">
        <span className="text-lg font-bold">{folder.name}</span>
        <span className="text-sm text-muted">{`노트 ${notes.length}개`}</span>
        {tasks.length > 0 ? <TaskProgress tasks={tasks} label={`${folder.name} 진행률`} className="w-full max-w-xs sm:ml-auto sm:w-48" /> : null}
      </summary>
      <div className="border-t border-line p-3 sm:p-4">
        <p className="mb-3 text-sm">
          <IntentLink href={sectionHref(folder.slug)} className="text-accent hover:underline">
            {folder.index ? `${folder.index.title} (폴더 소개)` : `${folder.name} 폴더 페이지`}
          </IntentLink>
        </p>
        <CourseTree folder={folder} />
      </div>
    </details>
  );
}

/** One note in a list: title, its own first line, date and counts, progress. */
export function NoteCard({ week }: { week: Week }) {
  const stats = weekStats(week);
  const lead = noteLead(week);
  const tasks = weekTasks(week).map(toTaskNode);
  const facts = [
    week.date ? koreanDate(week.date) : null,
    stats.lectures > 0 ? `강의 ${stats.lectures}개` : null,
    stats.tasks > 0 ? `과제 ${stats.tasks}개` : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <IntentLink
      href={sectionHref(week.slug)}
      className="group block rounded-xl border border-line p-4 transition-colors hover:border-accent hover:bg-soft"
    >
      <span className="block text-base font-bold group-hover:underline">{week.title}</span>
      {lead ? <span className="mt-1 block text-muted">{lead}</span> : null}
      {facts.length > 0 ? <span className="mt-1 block text-sm text-muted">{facts.join(" · ")}</span> : null}
      {tasks.length > 0 ? <TaskProgress tasks={tasks} label={`${week.title} 진행률`} className="mt-2 max-w-xs" /> : null}
    </IntentLink>
  );
}

/** Every note of a tree, depth first: the nodes a flat list or a count needs. */
export function courseNotes(nodes: readonly CourseNode[]): Week[] {
  return nodes.flatMap((node) => (node.kind === "note" ? [node.week] : readingOrder(node)));
}
