import type { Tick } from "./tree";

/**
 * Progress saved before the versioned store (`study-portal:tasks:v1`): the
 * first builds kept it under `study-portal:tasks`, as one of
 * - a plain array of the ids of done tasks: `["week-08/lecture-2/1x9", …]`;
 * - a record of id -> done: `{ "week-08/lecture-2/1x9": true }`;
 * - a record of id -> `{ done, at? }`;
 * - any of these wrapped as `{ version: 0, ticks | tasks | done: … }`.
 * Pure: the store reads the value, calls this, and writes the v1 document.
 */
export const LEGACY_STORAGE_KEY = "study-portal:tasks";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && value.length <= 512;
}

/**
 * The ticks an old saved value describes, stamped `at` where it has no time of
 * its own; null when the value has none of the old shapes (nothing is half-migrated).
 */
export function migrateLegacyTicks(value: unknown, at: number): Map<string, Tick> | null {
  if (Array.isArray(value)) {
    if (!value.every(isId)) return null;
    return new Map(value.map((id) => [id, { done: true, at }]));
  }
  if (!isRecord(value)) return null;
  if (value.version === 0) {
    const inner = value.ticks ?? value.tasks ?? value.done;
    return inner === undefined ? null : migrateLegacyTicks(inner, at);
  }
  const ticks = new Map<string, Tick>();
  for (const [id, entry] of Object.entries(value)) {
    if (!isId(id)) return null;
    if (typeof entry === "boolean") {
      ticks.set(id, { done: entry, at });
    } else if (isRecord(entry) && typeof entry.done === "boolean") {
      const when = typeof entry.at === "number" && Number.isFinite(entry.at) ? entry.at : at;
      ticks.set(id, { done: entry.done, at: when });
    } else {
      return null;
    }
  }
  return ticks;
}
