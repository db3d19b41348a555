import { courseFolderPath, displayName, folderSlug, repeatedFolderNotes, splitPath, standsForFolder } from "./slugs";
import type { Week, WeekSlug } from "./types";

/** A folder of the notes that holds notes, at any depth; the root is the course itself. */
export type CourseFolder = {
  kind: "folder";
  /** Path inside the content root (`""` for the root), Jekyll's `_posts` left out. */
  path: string;
  /** The folder's name as written, without Notion's page id (`Week_2`). */
  name: string;
  /** Its page: `/weeks/<slug>`; the root has none (it is the home page). */
  slug: WeekSlug;
  /** The note that introduces the folder (`README.md`, `index.md`), shown above its list. */
  index: Week | null;
  /** Notes and folders in course order, the index note left out. */
  children: CourseNode[];
};

/** A note of the course. */
export type CourseNote = { kind: "note"; week: Week };

export type CourseNode = CourseFolder | CourseNote;

/**
 * Natural order of names, as a person reads a course: `Week 2` before
 * `Week 10`, `day-9` before `day-10`, `day-01-05` by its first number,
 * `2023-03-14-…` posts by date, Hangul in dictionary order.
 */
const naturalOrder = new Intl.Collator("ko", { numeric: true, sensitivity: "base" });

/** The notes as the tree of their folders, each level in course order. */
export function courseTree(weeks: readonly Week[]): CourseFolder {
  const repeated = repeatedFolderNotes(weeks.map((week) => week.path));
  const root: CourseFolder = { kind: "folder", path: "", name: "", slug: "" as WeekSlug, index: null, children: [] };
  const folders = new Map<string, CourseFolder>([["", root]]);

  function folderAt(folderPath: string): CourseFolder {
    const existing = folders.get(folderPath);
    if (existing) return existing;
    const { folder: parentPath, name } = splitPath(folderPath);
    const folder: CourseFolder = { kind: "folder", path: folderPath, name: displayName(name), slug: folderSlug(folderPath), index: null, children: [] };
    folders.set(folderPath, folder);
    folderAt(parentPath).children.push(folder);
    return folder;
  }

  for (const week of weeks) {
    const parent = folderAt(courseFolderPath(splitPath(week.path).folder));
    if (standsForFolder(week.path, repeated) && parent.index === null) parent.index = week;
    else parent.children.push({ kind: "note", week });
  }
  sortFolder(root);
  return root;
}

function sortFolder(folder: CourseFolder): void {
  folder.children.sort(compareNodes);
  for (const child of folder.children) if (child.kind === "folder") sortFolder(child);
}

function compareNodes(a: CourseNode, b: CourseNode): number {
  const [left, right] = [nodeName(a), nodeName(b)];
  // Separators differ between authors (`Week_10`, `week-08`, `Day 4`): they order as one space, then as written.
  return naturalOrder.compare(sortKey(left), sortKey(right)) || (left < right ? -1 : left > right ? 1 : 0);
}

function sortKey(name: string): string {
  return name.replace(/[\s_.-]+/gu, " ").trim();
}

function nodeName(node: CourseNode): string {
  return node.kind === "folder" ? node.name : displayName(splitPath(node.week.path).name);
}

/** Every note in reading order: a folder's introduction, then its children, depth first. */
export function readingOrder(folder: CourseFolder): Week[] {
  return [
    ...(folder.index ? [folder.index] : []),
    ...folder.children.flatMap((child) => (child.kind === "note" ? [child.week] : readingOrder(child))),
  ];
}

/** Every folder below `folder` that holds notes, depth first (folder pages are made for each). */
export function allFolders(folder: CourseFolder): CourseFolder[] {
  return folder.children.flatMap((child) => (child.kind === "folder" ? [child, ...allFolders(child)] : []));
}

/** The folders from the root (excluded) down to the folder at `folderPath`. */
function foldersOnPath(root: CourseFolder, folderPath: string): CourseFolder[] {
  const trail: CourseFolder[] = [];
  let current: CourseFolder | undefined = root;
  const segments = folderPath === "" ? [] : folderPath.split("/");
  for (let depth = 1; depth <= segments.length && current; depth += 1) {
    const wanted = segments.slice(0, depth).join("/");
    current = current.children.find((child): child is CourseFolder => child.kind === "folder" && child.path === wanted);
    if (current) trail.push(current);
  }
  return trail;
}

/** How many notes a folder holds, at any depth, its introduction included. */
export function noteCount(folder: CourseFolder): number {
  return readingOrder(folder).length;
}

/** The folder whose page `slug` is: a folder with its own page (no introduction note), or one introduced by the note of that slug. */
export function folderBySlug(root: CourseFolder, slug: string): CourseFolder | null {
  return allFolders(root).find((folder) => folder.slug === slug) ?? null;
}

/** One step of a breadcrumb trail: a folder's name and its page. */
export type Crumb = { label: string; slug: WeekSlug };

/** `홈 › alice › Week_2 › Day_4`: the folders above a note, or above a folder page, as crumbs. */
export function crumbsAbove(root: CourseFolder, target: { kind: "note"; week: Week } | { kind: "folder"; folder: CourseFolder }): Crumb[] {
  const trail =
    target.kind === "folder"
      ? foldersOnPath(root, target.folder.path).slice(0, -1)
      : foldersOnPath(root, courseFolderPath(splitPath(target.week.path).folder));
  // A note that introduces its folder is that folder's page: the trail ends above it.
  const above = target.kind === "note" && trail.at(-1)?.index === target.week ? trail.slice(0, -1) : trail;
  return above.map((folder) => ({ label: folder.name, slug: folder.slug }));
}
