import type { WeekSlug } from "./types";

const noteExtension = /\.(?:md|markdown)$/iu;

/** File names that stand for their folder: GitHub's and most sites' folder page, Hugo's section page. */
const folderNoteNames = new Set(["readme", "index", "_index"]);

/** Jekyll's post and draft folders: the site's URLs never show them, and neither do slugs. */
const hiddenFolders = new Set(["_posts", "_drafts"]);

/** Notion's export appends a 32-hex page id to every file and folder name (`노트 1a2b…9f.md`). */
const notionId = /\s+[0-9a-f]{32}$/iu;

/**
 * One path segment as a slug part: NFC, lower-cased, runs of spaces and of
 * characters with a meaning in URLs (`#`, `?`, `%`, `\`) as one `-`. Hangul,
 * digits, dots, `_`, `(`, `~` stay, so `Week 8 (11.7~11.11)` reads
 * `week-8-(11.7~11.11)`; a flat `week-08.md` keeps the slug it always had.
 */
export function slugPart(segment: string): string {
  return segment
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/[\s#?%\\]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** A file or folder name as a reader sees it: without `.md` and without Notion's page id. */
export function displayName(segment: string): string {
  return segment.normalize("NFC").replace(noteExtension, "").replace(notionId, "").trim();
}

/** Whether a note file stands for its folder (`README.md`, `index.md`, `_index.md`). */
export function isFolderNoteName(fileName: string): boolean {
  return folderNoteNames.has(displayName(fileName).toLowerCase());
}

/**
 * The notes whose file name says nothing and whose folder says everything: in
 * `Week 7/Further_studies.md`, `Week 8/Further_studies.md`, … the name stands
 * in every sibling folder, so each of those notes stands for its folder. A name
 * counts only when at least two sibling folders hold notes, every one of them
 * holds it, and it is the only name they all share: `saturday.md` and
 * `sunday.md` beside `dayNN.md` in every week are two such names, so neither
 * takes the folder's place.
 */
export function repeatedFolderNotes(relativePaths: readonly string[]): Set<string> {
  const notesByFolder = new Map<string, string[]>();
  for (const relativePath of relativePaths) {
    const { folder } = splitPath(relativePath);
    notesByFolder.set(folder, [...(notesByFolder.get(folder) ?? []), relativePath]);
  }
  const foldersByParent = new Map<string, string[]>();
  for (const folder of notesByFolder.keys()) {
    if (folder === "") continue;
    const parent = splitPath(folder).folder;
    foldersByParent.set(parent, [...(foldersByParent.get(parent) ?? []), folder]);
  }
  const chosen = new Set<string>();
  for (const folders of foldersByParent.values()) {
    if (folders.length < 2) continue;
    const namesOf = (folder: string) => new Set((notesByFolder.get(folder) ?? []).map((note) => nameKey(note)));
    const [first, ...rest] = folders.map(namesOf);
    const shared = [...(first ?? [])].filter((name) => rest.every((names) => names.has(name)));
    const [name] = shared;
    if (shared.length !== 1 || name === undefined) continue;
    for (const folder of folders) {
      const notes = notesByFolder.get(folder) ?? [];
      // A folder's own README or index already stands for it.
      if (notes.some((note) => isFolderNoteName(splitPath(note).name))) continue;
      for (const note of notes) if (nameKey(note) === name) chosen.add(note);
    }
  }
  return chosen;
}

function nameKey(relativePath: string): string {
  return displayName(splitPath(relativePath).name).toLowerCase();
}

/**
 * Whether a note stands for its folder: `README`/`index`/`_index`, or a file
 * name every sibling folder repeats (`repeatedFolderNotes`). Never at the root
 * or directly in Jekyll's `_posts`.
 */
export function standsForFolder(relativePath: string, repeated: ReadonlySet<string>): boolean {
  const { folder, name } = splitPath(relativePath);
  if (folder === "" || hiddenFolders.has(folder.split("/").at(-1) ?? "")) return false;
  return isFolderNoteName(name) || repeated.has(relativePath);
}

/** A folder's place in the course: Jekyll's `_posts` and `_drafts` hold posts, they are not a step of the path (`blog/_posts/ml` -> `blog/ml`). */
export function courseFolderPath(folderPath: string): string {
  return folderPath
    .split("/")
    .filter((segment) => segment !== "" && !hiddenFolders.has(segment))
    .join("/");
}

/**
 * The slug of a folder: its path's segments as slug parts, joined by `-`,
 * Jekyll's `_posts`/`_drafts` left out (`alice/Week_2/Day_4` -> `alice-week_2-day_4`).
 */
export function folderSlug(folderPath: string): WeekSlug {
  return folderPath
    .split("/")
    .filter((segment) => segment !== "" && !hiddenFolders.has(segment))
    .map((segment) => slugPart(displayName(segment)))
    .filter((part) => part !== "")
    .join("-") as WeekSlug;
}

/**
 * The slug of a note from its path inside the content root: the folder's slug
 * for a note that stands for its folder, else the folder's slug and the file's
 * name (`Week_2/Day_4/03. 강의 제목.md` -> `week_2-day_4-03.-강의-제목`,
 * `Week 8 (11.7~11.11)/Further_studies.md` -> `week-8-(11.7~11.11)`,
 * `_posts/2023-03-14-title.md` -> `2023-03-14-title`, `week-08.md` -> `week-08`).
 * Numbers and dates are kept, so the slug stays when notes are added around it.
 */
export function noteSlug(relativePath: string, repeated: ReadonlySet<string>): WeekSlug {
  const { folder, name } = splitPath(relativePath);
  if (standsForFolder(relativePath, repeated)) return folderSlug(folder);
  const own = slugPart(displayName(name));
  const parent = folderSlug(folder);
  return (parent === "" ? own : own === "" ? parent : `${parent}-${own}`) as WeekSlug;
}

/** `a/b/c.md` -> folder `a/b`, name `c.md`; a root file has folder `""`. */
export function splitPath(relativePath: string): { folder: string; name: string } {
  const at = relativePath.lastIndexOf("/");
  return at === -1 ? { folder: "", name: relativePath } : { folder: relativePath.slice(0, at), name: relativePath.slice(at + 1) };
}
