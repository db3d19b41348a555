import matter from "gray-matter";
// js-yaml 3 is CommonJS without named exports Node can see: import the module object.
import yaml from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { ContentError, ContentErrors } from "./errors";
import {
  expectedFrontmatterValue,
  type FrontmatterKey,
  type FrontmatterValues,
  foreignFrontmatterKeys,
  isFrontmatterKey,
  mapFrontmatter,
  type WeekFrontmatter,
  WeekFrontmatterSchema,
} from "./frontmatter";
import { ContentNotice } from "./notice";

/** The front matter of a note, its body (front matter lines blanked) and the problems of its values. */
export type FrontmatterRead = { frontmatter: WeekFrontmatter; body: string; warnings: ContentError[] };

/** YAML between `---` lines (Jekyll, Hugo, Obsidian, Docusaurus, Quartz) or TOML between `+++` lines (Hugo). */
type Format = "yaml" | "toml";

const openers: Record<Format, RegExp> = { yaml: /^---[ \t]*\n/u, toml: /^\+\+\+[ \t]*\n/u };

/**
 * Read a note's front matter. Throws `ContentErrors` naming `file:line:col`
 * when it is not valid YAML/TOML or not `key: value` lines; a value the portal
 * cannot use is a warning and ignored; a key of another tool is accepted
 * silently; a key nobody knows is a `ContentNotice`.
 */
export function readFrontmatter(text: string, file: string): FrontmatterRead {
  const format = (Object.keys(openers) as Format[]).find((name) => openers[name].test(text));
  if (format === undefined) return { frontmatter: {}, body: text, warnings: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also switches off gray-matter's cache, which would share objects between calls.
    parsed = matter(text, format === "yaml" ? { engines: { yaml: parseYaml } } : { delimiters: "+++", language: "toml", engines: { toml: parseToml } });
  } catch (error) {
    throw new ContentErrors([format === "yaml" ? yamlError(error, file, text) : tomlError(error, file, text)]);
  }
  const headerLines = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
  // Blank lines in place of the front matter keep every Markdown position equal to the file's line.
  const body = "\n".repeat(headerLines) + parsed.content;
  // An empty block never reaches the engine, and gray-matter then hands back `{}` without `value`.
  const data: unknown = format === "yaml" ? (Object.hasOwn(parsed.data, "value") ? parsed.data.value : {}) : parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentErrors([new ContentError(file, 2, 1, "front matter must be `key: value` lines; write it like `title: Week 8`, or remove the `---` lines")]);
  }
  const { values, warnings } = problems(data, text, file, format);
  return { frontmatter: mapFrontmatter(values), body, warnings };
}

/**
 * YAML without the timestamp type: js-yaml would turn `2023-03-14T21:05:00+09:00`
 * into a UTC `Date`, losing the author's time and offset, while Jekyll's
 * `2023-03-14 21:05:00 +0900` stays text; as text, both reach `parseNoteDate` alike.
 * Boxed because a YAML document may be a bare scalar, and gray-matter's engines return objects.
 */
function parseYaml(input: string): { value: unknown } {
  return { value: yaml.safeLoad(input, { schema: yaml.CORE_SCHEMA }) };
}

const mainKeys = "title, week, description, date, tags, categories, draft, toc, slug";

/** Each key validated on its own: a bad value costs only that key, with a warning where it stands. */
function problems(data: object, text: string, file: string, format: Format): { values: FrontmatterValues; warnings: ContentError[] } {
  const warnings: ContentError[] = [];
  const known: Record<string, unknown> = {};
  const written = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    const name = key.normalize("NFC").toLowerCase();
    if (isFrontmatterKey(name)) {
      // `title:` with nothing after it (templates leave them) is the same as no `title`.
      if (value !== null && !written.has(name)) {
        known[name] = value;
        written.set(name, key);
      }
    } else if (!foreignFrontmatterKeys.includes(name)) {
      const at = keyPosition(text, key, format);
      warnings.push(new ContentNotice(file, at.line, at.column, `unknown front matter key \`${key}\` is ignored; the portal reads ${mainKeys}, other tools' names for them, and accepts other tools' own keys`));
    }
  }
  const first = WeekFrontmatterSchema.safeParse(known);
  let values: FrontmatterValues = first.success ? first.data : {};
  if (!first.success) {
    const rejected = new Set<string>();
    for (const issue of first.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (rejected.has(name) || !isFrontmatterKey(name)) continue;
      rejected.add(name);
      warnings.push(valueWarning(name, written.get(name) ?? name, known[name], text, file, format));
    }
    // Every key left passed on its own above (the object's keys are independent), so this parse succeeds.
    const rest = WeekFrontmatterSchema.safeParse(Object.fromEntries(Object.entries(known).filter(([name]) => !rejected.has(name))));
    values = rest.success ? rest.data : {};
  }
  for (const name of ["tags", "tag", "keywords", "categories", "category"] as const) {
    const key = written.get(name) ?? name;
    for (const entry of values[name]?.dropped ?? []) {
      const at = entryPosition(text, key, entry.index, format);
      const what = entry.empty ? "is empty" : "is not text";
      warnings.push(new ContentNotice(file, at.line, at.column, `front matter \`${key}\` entry ${entry.written} ${what} and is left out; write each entry as text, such as \`- mlops\`, or remove it`));
    }
  }
  // An author reads the file top to bottom.
  return { values, warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function valueWarning(name: FrontmatterKey, key: string, value: unknown, text: string, file: string, format: Format): ContentError {
  const { line, column } = keyPosition(text, key, format);
  const found = JSON.stringify(value instanceof Date ? value.toISOString() : value);
  return new ContentError(file, line, column, `front matter \`${key}\` value ${found} is ignored; write ${expectedFrontmatterValue(name)}`);
}

/** Invalid YAML, located at the file's line and column. */
export function yamlError(error: unknown, file: string, text: string): ContentError {
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

/** Invalid TOML (Hugo's `+++` front matter), located at the file's line and column. */
export function tomlError(error: unknown, file: string, text: string): ContentError {
  const located = isTomlError(error) ? error : null;
  // smol-toml's message is a headline, then the offending lines drawn as a code block; the headline is the reason.
  const headline = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const reason = headline.replace(/^Invalid TOML document:\s*/u, "");
  // gray-matter hands smol-toml the text right after the opening `+++`, so its line 1 is the file's line 1.
  const line = located ? Math.max(located.line, 2) : 2;
  const column = located && located.line >= 2 ? Math.max(located.column, 1) : 1;
  const lines = text.split("\n");
  const clampedLine = Math.min(line, lines.length);
  return new ContentError(file, clampedLine, column, `invalid TOML front matter: ${reason}; quote text values (\`title = "제목"\`) and write one \`key = value\` per line`);
}

function isTomlError(error: unknown): error is { line: number; column: number } {
  return typeof error === "object" && error !== null && "line" in error && typeof error.line === "number" && "column" in error && typeof error.column === "number";
}

/** Where `key:` (YAML) or `key =` / `[key]` (TOML) stands in the front matter, pointing at its value. */
export function keyPosition(text: string, key: string, format: Format = "yaml"): { line: number; column: number } {
  const lines = text.split("\n");
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = format === "yaml" ? new RegExp(`^(["']?)${escaped}\\1[ \\t]*:`, "u") : new RegExp(`^[ \\t]*(?:(["']?)${escaped}\\1[ \\t]*=|\\[{1,2}[ \\t]*["']?${escaped}["']?[ \\t]*[.\\]])`, "u");
  const index = lines.findIndex((line, at) => at > 0 && pattern.test(line));
  if (index === -1) return { line: 1, column: 1 };
  const line = lines[index] ?? "";
  const keyEnd = pattern.exec(line)?.[0].length ?? 0;
  const valueStart = line.slice(keyEnd).search(/\S/u);
  return { line: index + 1, column: valueStart === -1 || line.slice(keyEnd + valueStart).startsWith("#") ? 1 : keyEnd + valueStart + 1 };
}

/** Where entry `index` of a block list (`- item` lines under `key:`) stands; the key's position for a list written inline. */
function entryPosition(text: string, key: string, index: number, format: Format): { line: number; column: number } {
  const at = keyPosition(text, key, format);
  if (format !== "yaml" || at.column !== 1) return at;
  const lines = text.split("\n");
  let seen = 0;
  for (let number = at.line + 1; number <= lines.length; number += 1) {
    const line = lines[number - 1] ?? "";
    const item = /^([ \t]*)-(?:[ \t]+|$)/u.exec(line);
    if (item) {
      if (seen === index) return { line: number, column: item[0].length + 1 };
      seen += 1;
    } else if (/^\S/u.test(line)) break;
  }
  return at;
}
