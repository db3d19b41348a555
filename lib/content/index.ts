import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ContentErrors } from "./errors";
import { type LoadedWeeks, loadWeeksFrom } from "./load";
import { manifestPath, readMirrorManifest } from "./mirror";
import type { Week } from "./types";

export type { Entry, Part, Section, Task, Week, WeekSlug } from "./types";

/** The notes folder: `content/`, or `CONTENT_DIR` for test sites built from fixtures. */
export function contentDirectory(): string {
  // The folder is chosen at run time (fixtures in tests); tracing it statically is not wanted.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? "content");
}

let cache: { stamp: string; loaded: LoadedWeeks } | null = null;

/** Names and modification times of the notes (and the image mirror), so `npm run dev` picks up edits without a restart. */
function contentStamp(directory: string, mirrorManifest: string): string {
  const notes = readdirSync(directory).map((name) => `${name}:${statSync(path.join(directory, name)).mtimeMs}`);
  return [...notes, `mirror:${existsSync(mirrorManifest) ? statSync(mirrorManifest).mtimeMs : 0}`].join("|");
}

/** Every week with its problems, read once per change of the folder. */
export function loadAllWeeks(): LoadedWeeks {
  const directory = contentDirectory();
  const publicDirectory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  const stamp = contentStamp(directory, manifestPath(publicDirectory));
  if (cache?.stamp !== stamp) {
    const mirror = readMirrorManifest(publicDirectory);
    cache = { stamp, loaded: loadWeeksFrom(directory, { includeDrafts: process.env.NODE_ENV === "development", mirror }) };
  }
  return cache.loaded;
}

/** Every week, newest first. Throws every content problem at once: a site never renders half. */
export function getAllWeeks(): Week[] {
  const { weeks, errors } = loadAllWeeks();
  if (errors.length > 0) throw new ContentErrors(errors);
  return weeks;
}

/** One week by slug, or null. */
export function getWeek(slug: string): Week | null {
  const wanted = slug.normalize("NFC");
  return getAllWeeks().find((week) => week.slug === wanted) ?? null;
}
