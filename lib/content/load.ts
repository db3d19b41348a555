import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { ZodError } from "zod";
import { ContentError, ContentErrors } from "./errors";
import { expectedFrontmatterValue, knownFrontmatterKeys, type WeekFrontmatter, WeekFrontmatterSchema } from "./frontmatter";
import { hiddenTextWarnings } from "./hidden-text";
import { missingNoteLinks } from "./links";
import { buildWeek } from "./model";
import { parseNote } from "./parse";
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

type FrontmatterRead = { frontmatter: WeekFrontmatter; body: string; warnings: ContentError[] };

function readFrontmatter(text: string, file: string): FrontmatterRead {
  if (!/^---[ \t]*\n/u.test(text)) return { frontmatter: {}, body: text, warnings: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options switches off gray-matter's cache, which would share objects between calls.
    parsed = matter(text, {});
  } catch (error) {
    throw new ContentErrors([yamlError(error, file, text)]);
  }
  const headerLines = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
  // Blank lines in place of the front matter keep every Markdown position equal to the file's line.
  const body = "\n".repeat(headerLines) + parsed.content;
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentErrors([new ContentError(file, 2, 1, "front matter must be `key: value` lines; write it like `title: Week 8`, or remove the `---` lines")]);
  }
  const result = WeekFrontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentErrors(frontmatterProblems(result.error, data, text, file));
  const warnings = Object.keys(data)
    .filter((key) => !knownFrontmatterKeys.includes(key))
    .map((key) => {
      const { line, column } = keyPosition(text, key);
      return new ContentError(file, line, column, `unknown front matter key \`${key}\` is ignored; known keys: ${knownFrontmatterKeys.join(", ")}`);
    });
  return { frontmatter: result.data, body, warnings };
}

function yamlError(error: unknown, file: string, text: string): ContentError {
  const mark = isYamlException(error) ? error.mark : null;
  const reason = isYamlException(error) ? error.reason : String(error);
  const lines = text.split("\n");
  const closing = lines.findIndex((line, at) => at > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  const lastYamlLine = closing === -1 ? lines.length : closing;
  // gray-matter hands js-yaml the text right after the opening `---`, so js-yaml's
  // line 0 is the rest of that `---` line (file line 1): file line = mark.line + 1.
  // An error "at the end of the stream" is reported at the end of the last YAML line.
  const atEnd = mark !== null && mark.line + 1 > lastYamlLine;
  const line = mark ? Math.min(mark.line + 1, lastYamlLine) : 2;
  // js-yaml can put a mark before the start of its line (`title: []title:` gives column -8): clamp to the line.
  const column = atEnd ? (lines[line - 1] ?? "").length + 1 : mark ? Math.max(mark.column + 1, 1) : 1;
  return new ContentError(file, line, column, `invalid YAML front matter: ${reason}; quote values that contain \`:\` or \`#\` and indent lists consistently`);
}

type YamlException = { reason: string; mark: { line: number; column: number } | null };

function isYamlException(error: unknown): error is YamlException {
  return typeof error === "object" && error !== null && "reason" in error && typeof error.reason === "string" && "mark" in error;
}

function frontmatterProblems(error: ZodError, data: object, text: string, file: string): ContentError[] {
  const problems = error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    const { line, column } = keyPosition(text, key);
    const found = key in data ? JSON.stringify(Reflect.get(data, key)) : "nothing";
    return new ContentError(file, line, column, `front matter \`${key}\` ${issue.message.toLowerCase()}; expected ${expectedFrontmatterValue(key)}, found ${found}`);
  });
  // Zod reports in schema order; an author reads the file top to bottom.
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Where `key:` stands in the front matter, pointing at its value. */
function keyPosition(text: string, key: string): { line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((line, at) => at > 0 && line.startsWith(`${key}:`));
  if (index === -1) return { line: 1, column: 1 };
  const valueStart = (lines[index] ?? "").slice(key.length + 1).search(/\S/u);
  return { line: index + 1, column: valueStart === -1 ? 1 : key.length + 2 + valueStart };
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
