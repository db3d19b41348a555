import * as z from "zod/mini";
import type { Tick } from "./tree";

/**
 * The shapes the browser reads back: the store's own localStorage document and
 * an exported progress file. zod/mini keeps this check small enough to ship
 * with the checkbox island.
 */

/** The current format of the stored document; a different number is another format. */
export const STORE_VERSION = 1;

const tickSchema = z.object({ done: z.boolean(), at: z.number() });

/** `{ version: 1, ticks: { "<task id>": { done, at } } }`, as kept under the store's key. */
export const storedDocumentSchema = z.object({
  version: z.literal(STORE_VERSION),
  ticks: z.record(z.string(), tickSchema),
});

/** An exported progress file: the stored ticks plus what the file is and when it was made. */
export const exportFileSchema = z.object({
  format: z.literal("study-portal-task-progress"),
  version: z.literal(STORE_VERSION),
  exportedAt: z.string(),
  ticks: z.record(z.string(), tickSchema),
});

export type StoredDocument = z.infer<typeof storedDocumentSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;

/** The `version` of a parsed document, if it has a numeric one: tells an old or newer format from garbage. */
export function versionOf(value: unknown): number | null {
  if (typeof value !== "object" || value === null || !("version" in value)) return null;
  return typeof value.version === "number" ? value.version : null;
}

/** A record of ticks (as in JSON) -> the map the store works with. */
export function ticksFromRecord(record: Readonly<Record<string, Tick>>): Map<string, Tick> {
  return new Map(Object.entries(record).map(([id, tick]) => [id, { done: tick.done, at: tick.at }]));
}

/** The map -> a plain record for JSON. */
export function ticksToRecord(ticks: ReadonlyMap<string, Tick>): Record<string, Tick> {
  return Object.fromEntries(ticks);
}
