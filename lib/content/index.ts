import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Backlink } from "./backlinks";
import { allFolders, type CourseFolder } from "./course";
import { discoverNotes } from "./discover";
import { ContentErrors } from "./errors";
import type { FileIndex } from "./files";
import { type LoadedWeeks, loadWeeksFrom, type ParseCache } from "./load";
import { manifestPath, readMirrorManifest } from "./mirror";
import type { NoteIndex } from "./note-index";
import type { Week, WeekSlug } from "./types";

export type { Entry, Part, Section, Task, Week, WeekSlug } from "./types";

/** The notes folder: `content/`, or `CONTENT_DIR` (a clone, a submodule, a symlink, or a test site built from fixtures). */
export function contentDirectory(): string {
  // The folder is chosen at run time (fixtures in tests); tracing it statically is not wanted.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? "content");
}

/**
 * The notes as last read, and every note's last parse (so an edit in `npm run
 * dev` parses the edited note only). Kept on `globalThis`: Next bundles pages,
 * metadata images and route handlers apart, each with its own copy of this
 * module, and `npm run dev` evaluates them again as it recompiles; one process
 * reads the notes once.
 */
type ContentMemory = { loaded: { stamp: string; loaded: LoadedWeeks } | null; parsed: ParseCache };

declare global {
  var studyPortalContent: ContentMemory | undefined;
}

globalThis.studyPortalContent ??= { loaded: null, parsed: new Map() };
const memory: ContentMemory = globalThis.studyPortalContent;

/** Paths and modification times of the notes (and the image mirror), so `npm run dev` picks up edits without a restart. */
function contentStamp(directory: string, mirrorManifest: string): string {
  const notes = discoverNotes(directory).notes.map((note) => `${note.relativePath}:${statSync(note.absolutePath).mtimeMs}`);
  return [...notes, `mirror:${existsSync(mirrorManifest) ? statSync(mirrorManifest).mtimeMs : 0}`].join("|");
}

/** Every week with its problems, read once per change of the folder (once per process in a production build). */
export function loadAllWeeks(): LoadedWeeks {
  // A production build or server never sees the notes change: one read serves every page.
  const development = process.env.NODE_ENV === "development";
  const cache = memory.loaded;
  if (cache && !development) return cache.loaded;
  const directory = contentDirectory();
  const publicDirectory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "public");
  const stamp = contentStamp(directory, manifestPath(publicDirectory));
  if (cache?.stamp === stamp) return cache.loaded;
  const mirror = readMirrorManifest(publicDirectory);
  // Only `npm run dev` reads the folder again; a build or server keeps neither the texts nor the trees it does not need.
  const loaded = development
    ? loadWeeksFrom(directory, { includeDrafts: true, mirror, cache: memory.parsed })
    : loadWeeksFrom(directory, { includeDrafts: false, mirror, releaseTrees: true });
  memory.loaded = { stamp, loaded };
  return loaded;
}

/** The loaded notes; throws every content problem at once: a site never renders half. */
function loadedOrThrow(): LoadedWeeks {
  const loaded = loadAllWeeks();
  if (loaded.errors.length > 0) throw new ContentErrors(loaded.errors);
  return loaded;
}

/** Every week, in reading order (each folder's introduction, then its notes and folders in course order). */
export function getAllWeeks(): Week[] {
  return loadedOrThrow().weeks;
}

/** The notes as the tree of their folders. */
export function getCourse(): CourseFolder {
  return loadedOrThrow().course;
}

/** What links between notes resolve against. */
export function getNoteIndex(): NoteIndex {
  return loadedOrThrow().index;
}

/** The files of the content root, which links and images to files resolve against. */
export function getFileIndex(): FileIndex {
  return loadedOrThrow().files;
}

/** The mentions of a note in other notes, in course order (lib/content/backlinks.ts). */
export function getBacklinks(slug: WeekSlug): readonly Backlink[] {
  return loadedOrThrow().backlinks.get(slug) ?? [];
}

/** One week by slug, or null. */
export function getWeek(slug: string): Week | null {
  const wanted = slug.normalize("NFC");
  return getAllWeeks().find((week) => week.slug === wanted) ?? null;
}

/** Every page under /weeks/: each note, and each folder that has no introduction note of its own. */
export function pageSlugs(): string[] {
  const folders = allFolders(getCourse()).filter((folder) => folder.index === null);
  return [...getAllWeeks().map((week) => week.slug), ...folders.map((folder) => folder.slug)];
}
