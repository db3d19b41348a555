import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, ContentErrors } from "./errors";
import { hiddenTextWarnings } from "./hidden-text";
import { missingNoteLinks } from "./links";
import { buildWeek } from "./model";
import { parseNote } from "./parse";
import { readFrontmatter } from "./read-frontmatter";
import { resolveLocalImages } from "./local-images";
import type { MirrorManifest } from "./mirror";
import { normalizeSource } from "./source";
import type { Week, WeekSlug } from "./types";

/** A week, the authoring warnings found while reading it, and the dialect constructs it understood. */
export type ParsedWeek = { week: Week; warnings: ContentError[]; handled: ContentError[] };

const noteExtension = /\.(?:md|markdown)$/iu;

/** The slug of a note file: its NFC, lower-cased name without extension, spaces as `-`. */
export function slugFromFileName(fileName: string): WeekSlug {
  return fileName.normalize("NFC").replace(noteExtension, "").trim().toLowerCase().replace(/\s+/gu, "-") as WeekSlug;
}

/**
 * Parse one note's text (already normalised) into a week.
 * Throws `ContentErrors` naming `file:line:column` for front matter that cannot be used.
 */
export function parseWeek(text: string, file: string, slug: WeekSlug): ParsedWeek {
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
  const week = buildWeek({ slug, source: file, frontmatter, tree });
  return { week, warnings: [...warnings, ...report.warnings, ...hidden], handled: report.handled };
}

/** Every week in a folder, sorted newest (highest week number) first, with all problems of all files. */
export type LoadedWeeks = { weeks: Week[]; warnings: ContentError[]; errors: ContentError[]; handled: ContentError[] };

/** Read every `*.md` in `directory`; never throws for bad content, it collects the problems instead. */
export function loadWeeksFrom(directory: string, options: { includeDrafts: boolean; mirror?: MirrorManifest }): LoadedWeeks {
  const files = readdirSync(directory)
    .filter((name) => noteExtension.test(name) && statSync(path.join(directory, name)).isFile())
    .sort();
  const weeks: Week[] = [];
  const warnings: ContentError[] = [];
  const errors: ContentError[] = [];
  const handled: ContentError[] = [];
  const firstFileBySlug = new Map<string, string>();
  for (const name of files) {
    const file = path.posix.join(path.basename(directory), name);
    const slug = slugFromFileName(name);
    const earlier = firstFileBySlug.get(slug);
    if (earlier) {
      errors.push(new ContentError(file, 1, 1, `has the same slug "${slug}" as ${earlier}; rename one of the two files`));
      continue;
    }
    firstFileBySlug.set(slug, file);
    try {
      const text = normalizeSource(readFileSync(path.join(directory, name)), file);
      const parsed = parseWeek(text, file, slug);
      const resolved = resolveLocalImages(parsed.week, directory, options.mirror);
      warnings.push(...parsed.warnings, ...resolved.warnings);
      handled.push(...parsed.handled);
      if (options.includeDrafts || !resolved.week.draft) weeks.push(resolved.week);
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.problems);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  // Links between notes can be checked only once every note is known; a draft left out of the site is missing too.
  const slugs = new Set<string>(weeks.map((week) => week.slug));
  for (const week of weeks) warnings.push(...missingNoteLinks(week.tree, week.source, slugs));
  return { weeks: weeks.sort(compareWeeks), warnings, errors, handled };
}

function compareWeeks(a: Week, b: Week): number {
  return (b.number ?? -1) - (a.number ?? -1) || a.slug.localeCompare(b.slug);
}
