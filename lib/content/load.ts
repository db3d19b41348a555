import { readFileSync } from "node:fs";
import path from "node:path";
import { type BacklinkIndex, buildBacklinks } from "./backlinks";
import { allFolders, type CourseFolder, courseTree, readingOrder } from "./course";
import { discoverNotes, walkContentRoot } from "./discover";
import { ContentError, ContentErrors } from "./errors";
import { buildFileIndex, type FileIndex, missingFileLinks } from "./files";
import { hiddenTextWarnings } from "./hidden-text";
import { missingNoteLinks } from "./links";
import { buildWeek } from "./model";
import { buildNoteIndex, type NoteIndex } from "./note-index";
import { parseNote } from "./parse";
import { readFrontmatter } from "./read-frontmatter";
import { resolveLocalImages } from "./local-images";
import type { MirrorManifest } from "./mirror";
import { noteSlug, repeatedFolderNotes, slugPart } from "./slugs";
import { normalizeSource } from "./source";
import type { Week, WeekSlug } from "./types";

/** A week, the authoring warnings found while reading it, and the dialect constructs it understood. */
export type ParsedWeek = { week: Week; warnings: ContentError[]; handled: ContentError[] };

/** The slug of a note file at the root of the notes: its NFC, lower-cased name without extension, spaces as `-`. */
export function slugFromFileName(fileName: string): WeekSlug {
  return noteSlug(fileName, new Set());
}

/**
 * Parse one note's text (already normalised) into a week. `slug` is the one
 * its path gives; a `slug:` in the front matter replaces it.
 * Throws `ContentErrors` naming `file:line:column` for front matter that cannot be used.
 */
export function parseWeek(text: string, file: string, pathSlug: WeekSlug, notePath = file.slice(file.indexOf("/") + 1)): ParsedWeek {
  const { frontmatter, body, warnings } = readFrontmatter(text, file);
  if (body.trim() === "") {
    const line = text.split("\n").length;
    throw new ContentErrors([
      new ContentError(file, line, 1, "the note has no content; write a `# title` and your notes, or delete the file"),
    ]);
  }
  const { tree, report } = parseNote(body, file);
  // Before buildWeek, which hoists the title heading out of the tree.
  const hidden = hiddenTextWarnings(tree, file, body);
  const slug = frontmatter.slug === undefined ? pathSlug : slugFromFrontmatter(frontmatter.slug, pathSlug);
  const week = buildWeek({ slug, path: notePath, source: file, frontmatter, tree });
  return { week, warnings: [...warnings, ...report.warnings, ...hidden], handled: report.handled };
}

/** An author's `slug:` as one URL segment (`posts/My Post` -> `posts-my-post`); the path's slug when nothing of it is left. */
function slugFromFrontmatter(written: string, pathSlug: WeekSlug): WeekSlug {
  const slug = written.split("/").map(slugPart).filter((part) => part !== "").join("-");
  return slug === "" ? pathSlug : (slug as WeekSlug);
}

/** Every note of a content root in reading order, the course they form, and all problems of all files. */
export type LoadedWeeks = {
  /** In reading order: each folder's introduction, then its notes and folders in course order. */
  weeks: Week[];
  course: CourseFolder;
  /** What links between notes resolve against. */
  index: NoteIndex;
  /** The files of the content root, which links and images resolve against (lib/content/files.ts). */
  files: FileIndex;
  /** Who links to each note, with the sentence around each link (lib/content/backlinks.ts). */
  backlinks: BacklinkIndex;
  warnings: ContentError[];
  errors: ContentError[];
  handled: ContentError[];
};

/**
 * Read every note under `directory`, at any depth (lib/content/discover.ts
 * says which files are notes); never throws for bad content, it collects the
 * problems instead. Slugs come from the paths (lib/content/slugs.ts); two
 * notes with one slug are an error naming both files.
 */
/**
 * Notes parsed by an earlier load, by path: a note whose text and path slug are
 * unchanged is not parsed again (`npm run dev` re-reads the folder on every
 * change; parsing is the costly part, and one edit changes one note).
 */
export type ParseCache = Map<string, { text: string; pathSlug: WeekSlug; outcome: ParsedWeek | ContentError[] }>;

export function loadWeeksFrom(
  directory: string,
  options: {
    includeDrafts: boolean;
    mirror?: MirrorManifest;
    cache?: ParseCache;
    /** Keep each tree as compact JSON once the load has read it (lib/content/note-tree.ts): builds and servers, not `npm run dev`. */
    releaseTrees?: boolean;
  },
): LoadedWeeks {
  const walk = walkContentRoot(directory);
  const discovery = discoverNotes(directory, walk);
  const files = buildFileIndex(directory, walk);
  const root = path.basename(directory);
  const repeated = repeatedFolderNotes(discovery.notes.map((note) => note.relativePath));
  const weeks: Week[] = [];
  const warnings: ContentError[] = [...discovery.warnings.map((warning) => relocate(warning, root))];
  const errors: ContentError[] = [];
  const handled: ContentError[] = [];
  const firstFileBySlug = new Map<string, string>();
  for (const note of discovery.notes) {
    const file = path.posix.join(root, note.relativePath);
    try {
      const parsed = parseCached(note.relativePath, noteSlug(note.relativePath, repeated), file, readFileSync(note.absolutePath), options.cache);
      const earlier = firstFileBySlug.get(parsed.week.slug);
      if (earlier) {
        errors.push(new ContentError(file, 1, 1, `has the same slug "${parsed.week.slug}" as ${earlier}; rename one of the two files or give one a \`slug:\` in its front matter`));
        continue;
      }
      firstFileBySlug.set(parsed.week.slug, file);
      const resolved = resolveLocalImages(parsed.week, directory, options.mirror, files);
      // At once, not after the last note: 1000 trees held together were the peak of a build's page worker.
      if (options.releaseTrees) resolved.week.tree.release();
      warnings.push(...parsed.warnings, ...resolved.warnings);
      handled.push(...parsed.handled);
      const week = note.draft ? { ...resolved.week, draft: true } : resolved.week;
      if (options.includeDrafts || !week.draft) weeks.push(week);
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.problems);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  const course = courseTree(weeks);
  for (const folder of allFolders(course)) {
    const clash = folder.index === null ? firstFileBySlug.get(folder.slug) : undefined;
    if (clash) errors.push(new ContentError(clash, 1, 1, `has the slug "${folder.slug}" of the folder ${path.posix.join(root, folder.path)}/; rename the file or the folder`));
  }
  // Links between notes can be checked only once every note is known; a draft left out of the site is missing too.
  const index = buildNoteIndex(weeks);
  for (const week of weeks) warnings.push(...missingNoteLinks(week, index), ...missingFileLinks(week, files));
  const ordered = readingOrder(course);
  return { weeks: ordered, course, index, files, backlinks: buildBacklinks(ordered, index), warnings, errors, handled };
}

/** Parse a note, or take the result of its last parse when its text and path slug are the same. Throws its problems as `parseWeek` does. */
function parseCached(relativePath: string, pathSlug: WeekSlug, file: string, bytes: Uint8Array, cache: ParseCache | undefined): ParsedWeek {
  const text = normalizeSource(bytes, file);
  const earlier = cache?.get(relativePath);
  const outcome =
    earlier && earlier.text === text && earlier.pathSlug === pathSlug
      ? earlier.outcome
      : parseOutcome(() => parseWeek(text, file, pathSlug, relativePath));
  cache?.set(relativePath, { text, pathSlug, outcome });
  if (Array.isArray(outcome)) throw new ContentErrors(outcome);
  return outcome;
}

/** A parse's result, or the content problems it threw (anything else is a bug and is thrown on). */
function parseOutcome(parse: () => ParsedWeek): ParsedWeek | ContentError[] {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentErrors) return [...error.problems];
    if (error instanceof ContentError) return [error];
    throw error;
  }
}

/** A discovery warning names a path inside the root; messages name it from the root's own name, like notes. */
function relocate(warning: ContentError, root: string): ContentError {
  return new ContentError(path.posix.join(root, warning.file), warning.line, warning.column, warning.reason);
}
