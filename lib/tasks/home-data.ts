import { asTaskNode, type TaskNode } from "./tree";
import type { ReadingWeek } from "./week-tasks";

/**
 * What a large course's home page loads after it has rendered, instead of
 * carrying it in its HTML: every note's task trees (`/progress.json`, for the
 * progress bars) and one note's reading order (`/reading/<slug>.json`, for
 * "이어서 보기"). Small courses keep them inline (app/page.tsx decides).
 */

/** One note's tasks and the course folder it lives in (`alice/Week_2`; "" at the root). */
export type NoteProgress = { slug: string; folder: string; tasks: TaskNode[] };

/** The body of `/progress.json`. */
export type ProgressData = { notes: NoteProgress[] };

export const PROGRESS_PATH = "/progress.json";

/** Where a note's reading order is served. */
export function readingPath(slug: string): string {
  return `/reading/${encodeURIComponent(slug)}.json`;
}

/** The tasks a progress bar counts: every note's, one folder's (with its sub-folders) or one note's. */
export type ProgressScope = { kind: "all" } | { kind: "folder"; folder: string } | { kind: "note"; slug: string };

/** The task trees of a scope. */
export function tasksIn(data: ProgressData, scope: ProgressScope): TaskNode[] {
  const notes = data.notes.filter((note) => {
    switch (scope.kind) {
      case "all":
        return true;
      case "folder":
        return note.folder === scope.folder || note.folder.startsWith(`${scope.folder}/`);
      case "note":
        return note.slug === scope.slug;
    }
  });
  return notes.flatMap((note) => note.tasks);
}

/** A reading week read back from JSON, checked field by field; null when it is not one (a stale or foreign file). */
export function parseReadingWeek(value: unknown): ReadingWeek | null {
  if (!isRecord(value)) return null;
  const { slug, title, anchors, tasks } = value;
  if (typeof slug !== "string" || typeof title !== "string" || !Array.isArray(anchors) || !Array.isArray(tasks)) return null;
  const readAnchors: ReadingWeek["anchors"] = [];
  for (const anchor of anchors) {
    if (!isRecord(anchor) || typeof anchor.id !== "string" || typeof anchor.title !== "string") return null;
    readAnchors.push({ id: anchor.id, title: anchor.title });
  }
  const readTasks: ReadingWeek["tasks"] = [];
  for (const task of tasks) {
    if (!isRecord(task) || typeof task.anchor !== "string" || typeof task.text !== "string") return null;
    const node = asTaskNode(task.node);
    if (!node) return null;
    readTasks.push({ anchor: task.anchor, text: task.text, node });
  }
  return { slug, title, anchors: readAnchors, tasks: readTasks };
}

/** `/progress.json` read back, checked; null when it is not one. */
export function parseProgressData(value: unknown): ProgressData | null {
  if (!isRecord(value) || !Array.isArray(value.notes)) return null;
  const notes: NoteProgress[] = [];
  for (const note of value.notes) {
    if (!isRecord(note) || typeof note.slug !== "string" || typeof note.folder !== "string" || !Array.isArray(note.tasks)) return null;
    const tasks: TaskNode[] = [];
    for (const task of note.tasks) {
      const node = asTaskNode(task);
      if (!node) return null;
      tasks.push(node);
    }
    notes.push({ slug: note.slug, folder: note.folder, tasks });
  }
  return { notes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
