import type { Entry, Task } from "@/lib/content/types";
import { entryHeading } from "@/lib/content/entry-heading";

/** Sections for Contents entries the body has no notes for, so every TOC link lands somewhere. */
export function MissingNotes({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="lectures-without-notes" className="note mt-16">
      <h2 id="lectures-without-notes">아직 노트가 없는 강의</h2>
      {entries.map((entry) => (
        <section key={entry.id} aria-labelledby={entry.id}>
          <h3 id={entry.id}>{entryHeading(entry)}</h3>
          <p className="text-muted">아직 정리된 노트가 없습니다.</p>
          {entry.tasks.length > 0 ? <TaskList tasks={entry.tasks} /> : null}
        </section>
      ))}
    </section>
  );
}

function TaskList({ tasks }: { tasks: readonly Task[] }) {
  return (
    <ul>
      {tasks.map((task) => (
        <li key={task.id}>
          {task.text}
          {task.children.length > 0 ? <TaskList tasks={task.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
