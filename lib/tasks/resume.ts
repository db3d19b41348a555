import { isDone, type Ticks } from "./tree";
import type { ReadingTask, ReadingWeek } from "./week-tasks";

/** Where the reader was last: its own key, so frequent writes never touch task progress. */
export const LAST_READ_KEY = "study-portal:last-read:v1";

export type LastRead = {
  version: 1;
  slug: string;
  /** The TOC anchor (`lecture-3`) in view, or null at the top of the page. */
  anchor: string | null;
  at: number;
};

function parseLastRead(value: unknown): LastRead | null {
  if (typeof value !== "object" || value === null) return null;
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  const { version, slug, anchor, at } = record;
  if (version !== 1 || typeof slug !== "string" || typeof at !== "number") return null;
  if (anchor !== null && typeof anchor !== "string") return null;
  return { version, slug, anchor, at };
}

/** The recorded place, or null when there is none, it is unreadable, or storage is off limits. */
export function readLastRead(storage: () => Storage | null): LastRead | null {
  try {
    const raw = storage()?.getItem(LAST_READ_KEY) ?? null;
    if (raw === null) return null;
    return parseLastRead(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Records the place; silently does nothing when storage refuses (the task notice already says so). */
export function writeLastRead(storage: () => Storage | null, place: Omit<LastRead, "version">): void {
  try {
    storage()?.setItem(LAST_READ_KEY, JSON.stringify({ version: 1, ...place }));
  } catch {
    // Resuming is a convenience; losing it must never disturb reading.
  }
}

/**
 * The next open task from the place last read: the first open one at or after
 * that anchor in TOC order, else the first open one of the week, else null.
 */
export function nextOpenTask(week: ReadingWeek, anchor: string | null, ticks: Ticks): ReadingTask | null {
  const order = new Map(week.anchors.map((item, index) => [item.id, index]));
  const from = anchor === null ? 0 : (order.get(anchor) ?? 0);
  const open = week.tasks.filter((task) => !isDone(task.node, ticks));
  return open.find((task) => (order.get(task.anchor) ?? Number.POSITIVE_INFINITY) >= from) ?? open[0] ?? null;
}
