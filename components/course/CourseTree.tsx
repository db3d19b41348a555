import { IntentLink } from "@/components/site/IntentLink";
import { TaskProgress } from "@/components/tasks/TaskProgress";
import { LazyTaskProgress } from "@/components/tasks/LazyTaskProgress";
import { type CourseFolder, readingOrder } from "@/lib/content/course";
import { koreanDate } from "@/lib/content/dates";
import { noteLead } from "@/lib/content/describe";
import { sectionHref, weekLabel } from "@/lib/urls";
import { weekStats } from "@/lib/content/stats";
import type { Week } from "@/lib/content/types";
import { progress } from "@/lib/tasks/tree";
import { toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";

/** How a tree is drawn: whole, or, for a large course, in a fixed size (`compactTree`). */
export type TreeLayout = { kind: "full" } | { kind: "compact"; expanded: ReadonlySet<string> };

/**
 * At most this many entries are listed on a large course's home page; the
 * folds deeper than that link to their folder's page instead, so the page
 * stays the same size however many notes the course has.
 */
export const COMPACT_ENTRIES = 150;

/** Which folders of a large course list their contents: breadth first, while the entry budget lasts. */
export function compactTree(root: CourseFolder, budget = COMPACT_ENTRIES): TreeLayout {
  const expanded = new Set<string>();
  let used = root.children.length;
  const queue = root.children.filter((child): child is CourseFolder => child.kind === "folder");
  for (let folder = queue.shift(); folder; folder = queue.shift()) {
    if (used + folder.children.length > budget) continue;
    used += folder.children.length;
    expanded.add(folder.path);
    queue.push(...folder.children.filter((child): child is CourseFolder => child.kind === "folder"));
  }
  return { kind: "compact", expanded };
}

/**
 * A folder's notes and folders in course order: each sub-folder a fold
 * (`<details>`, so it opens and closes without JavaScript) with its note count
 * and task progress, each note a card with its own first line. The folds of
 * the first level start open only where `openFirstLevel` says so. A compact
 * layout lists notes as plain links, and folds past its budget as links to
 * their folder's page; its progress arrives after load (LazyTaskProgress).
 */
export function CourseTree({
  folder,
  openFirstLevel = false,
  layout = { kind: "full" },
}: {
  folder: CourseFolder;
  openFirstLevel?: boolean;
  layout?: TreeLayout;
}) {
  return (
    <ol className={`course-tree ${layout.kind === "full" ? "space-y-3" : "space-y-1"}`}>
      {folder.children.map((child) => (
        <li key={child.kind === "note" ? child.week.slug : `folder:${child.path}`}>
          {child.kind === "folder" ? (
            <FolderFold folder={child} open={openFirstLevel} layout={layout} />
          ) : layout.kind === "full" ? (
            <NoteCard week={child.week} />
          ) : (
            <NoteLink week={child.week} />
          )}
        </li>
      ))}
    </ol>
  );
}

/** A folder of the tree: a fold holding its notes, or, past a compact layout's budget, a link to its page. */
function FolderFold({ folder, open, layout }: { folder: CourseFolder; open: boolean; layout: TreeLayout }) {
  const notes = readingOrder(folder);
  const tasks = notes.flatMap((week) => weekTasks(week).map(toTaskNode));
  const compact = layout.kind === "compact";
  const label = `${folder.name} 진행률`;
  const barClass = "w-full max-w-xs sm:ml-auto sm:w-48";
  const progressBar =
    tasks.length === 0 ? null : compact ? (
      <LazyTaskProgress scope={{ kind: "folder", folder: folder.path }} initial={progress(tasks, new Map())} label={label} className={barClass} />
    ) : (
      <TaskProgress tasks={tasks} label={label} className={barClass} />
    );
  const count = <span className="text-sm text-muted">{`노트 ${notes.length}개`}</span>;
  if (compact && !layout.expanded.has(folder.path)) {
    return (
      <div className="course-folder flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-line px-4 py-2" data-folder={folder.slug}>
        <IntentLink href={sectionHref(folder.slug)} className="font-bold hover:underline">
          {folder.name}
        </IntentLink>
        {count}
        {progressBar}
      </div>
    );
  }
  return (
    <details className={`course-folder border border-line ${compact ? "rounded-lg" : "rounded-xl"}`} data-folder={folder.slug} open={open}>
      <summary
        className={`flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 hover:bg-soft ${compact ? "rounded-lg px-4 py-2" : "rounded-xl p-4"}`}
      >
        <span className={compact ? "font-bold" : "text-lg font-bold"}>{folder.name}</span>
        {count}
        {progressBar}
      </summary>
      <div className={`border-t border-line ${compact ? "p-2 sm:p-3" : "p-3 sm:p-4"}`}>
        <p className={`${compact ? "mb-2" : "mb-3"} text-sm`}>
          <IntentLink href={sectionHref(folder.slug)} className="text-accent hover:underline">
            {folder.index ? `${folder.index.title} (폴더 소개)` : `${folder.name} 폴더 페이지`}
          </IntentLink>
        </p>
        <CourseTree folder={folder} layout={layout} />
      </div>
    </details>
  );
}

/** One note as a plain line of a large course's tree. */
function NoteLink({ week }: { week: Week }) {
  return (
    <IntentLink href={sectionHref(week.slug)} className="block rounded px-2 py-1 hover:bg-soft hover:underline">
      {week.title}
    </IntentLink>
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
      {tasks.length > 0 ? <TaskProgress tasks={tasks} label={`${weekLabel(week)} 진행률`} className="mt-2 max-w-xs" /> : null}
    </IntentLink>
  );
}
