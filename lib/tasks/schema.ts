import type { Tick } from "./tree";

/**
 * The shapes the browser reads back: the store's own localStorage document,
 * an exported progress file, the last place read. Checked by hand, field by
 * field, rather than with zod: even zod/mini added ~16 kB gzip to the week
 * page, more than all the task islands together.
 */

/** The current format of the stored document; a different number is another format. */
export const STORE_VERSION = 1;

/** `{ version: 1, ticks: { "<task id>": { done, at } } }`, as kept under the store's key. */
export type StoredDocument = { version: typeof STORE_VERSION; ticks: Map<string, Tick> };

/** An exported progress file: the stored ticks plus what the file is and when it was made. */
export type ExportFile = StoredDocument & { format: typeof EXPORT_FORMAT; exportedAt: string };

export const EXPORT_FORMAT = "study-portal-task-progress";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `version` of a parsed document, if it has a numeric one: tells an old or newer format from garbage. */
export function versionOf(value: unknown): number | null {
  return isRecord(value) && typeof value.version === "number" ? value.version : null;
}

/** `{ "<id>": { done: boolean, at: finite number } }` -> a map; null if any entry is off. */
export function parseTicks(value: unknown): Map<string, Tick> | null {
  if (!isRecord(value)) return null;
  const ticks = new Map<string, Tick>();
  for (const [id, tick] of Object.entries(value)) {
    if (!isRecord(tick) || typeof tick.done !== "boolean" || typeof tick.at !== "number" || !Number.isFinite(tick.at)) {
      return null;
    }
    ticks.set(id, { done: tick.done, at: tick.at });
  }
  return ticks;
}

/** The store's document, or null when the value has another shape. */
export function parseStoredDocument(value: unknown): StoredDocument | null {
  if (!isRecord(value) || value.version !== STORE_VERSION) return null;
  const ticks = parseTicks(value.ticks);
  return ticks ? { version: STORE_VERSION, ticks } : null;
}

/** An export file, or null when the value is anything else. */
export function parseExportFile(value: unknown): ExportFile | null {
  if (!isRecord(value) || value.format !== EXPORT_FORMAT || typeof value.exportedAt !== "string") return null;
  const document = parseStoredDocument(value);
  return document ? { ...document, format: EXPORT_FORMAT, exportedAt: value.exportedAt } : null;
}

/** The map -> a plain record for JSON. */
export function ticksToRecord(ticks: ReadonlyMap<string, Tick>): Record<string, Tick> {
  return Object.fromEntries(ticks);
}
