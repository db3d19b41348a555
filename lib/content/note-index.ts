import path from "node:path";
import { safeDecode } from "../urls";
import { displayName } from "./slugs";
import type { WeekSlug } from "./types";

/**
 * What links between notes resolve against: every note's path inside the
 * content root, its file name and its title. Plain data (built once per
 * load), so the build's warnings and the page's links resolve the same way.
 */
export type NoteIndex = {
  /** `Week_2/Day_4/03. 강의.md` -> its slug. */
  byPath: ReadonlyMap<string, WeekSlug>;
  /** Lower-cased file name without `.md` -> the paths of the notes of that name. */
  byName: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased title -> slug, for wiki links that name a note by its title. */
  byTitle: ReadonlyMap<string, WeekSlug>;
};

/** One note as the index needs it. */
export type IndexedNote = { path: string; slug: WeekSlug; title: string };

/** The index of a set of notes. */
export function buildNoteIndex(notes: readonly IndexedNote[]): NoteIndex {
  const byPath = new Map<string, WeekSlug>();
  const byName = new Map<string, string[]>();
  const byTitle = new Map<string, WeekSlug>();
  for (const note of notes) {
    byPath.set(note.path, note.slug);
    const name = nameKey(note.path);
    byName.set(name, [...(byName.get(name) ?? []), note.path]);
    const title = note.title.normalize("NFC").trim().toLowerCase();
    if (!byTitle.has(title)) byTitle.set(title, note.slug);
  }
  return { byPath, byName, byTitle };
}

/** Whether a URL is written as a relative link to a Markdown file (`./x.md#y`, `../a/b.markdown`). */
export function isNoteLinkUrl(url: string): boolean {
  if (url === "" || scheme.test(url) || url.startsWith("/") || url.startsWith("#") || url.startsWith("?")) return false;
  return noteFile.test(safeDecode(url.split(/[?#]/u)[0] ?? ""));
}

/** Where a link of a note leads. */
export type LinkTarget =
  /** Another note (or this one): its slug and the `#section` part (with `#`, or empty). */
  | { kind: "note"; slug: WeekSlug; hash: string }
  /** A relative link to a Markdown file the site does not have, and where that file would be inside the root. */
  | { kind: "missing"; path: string; hash: string }
  /** A relative path that climbs out of the content root (`../../../etc/passwd`). */
  | { kind: "outside" }
  /** Not a link to a note: a web address, a site path, an anchor, another kind of file. */
  | { kind: "other" };

const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/u;
const noteFile = /\.(?:md|markdown)$/iu;

/**
 * Resolve a link written in the note at `fromPath` the way its author's tool
 * does: a relative path from the note's own folder, as on GitHub
 * (`../Day_2/README.md#x`, `./01.%20numpy.md`); then a path from the root of
 * the notes (Obsidian's "absolute path in vault"); then, as Obsidian's
 * shortest-path links and `[[wiki links]]` do, the note of that file name
 * anywhere (the closest one to `fromPath` when several share it); then a
 * note whose title is the name. A link is only an address: resolving it
 * reads no file, so a path out of the root may still find a note by name.
 */
export function resolveNoteLink(url: string, fromPath: string, index: NoteIndex): LinkTarget {
  if (!isNoteLinkUrl(url)) return { kind: "other" };
  const hashAt = url.indexOf("#");
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const written = safeDecode(queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)).normalize("NFC");
  const fromFolder = path.posix.dirname(fromPath);
  const joined = path.posix.normalize(path.posix.join(fromFolder === "." ? "" : fromFolder, written));
  // A path that climbs out of the root names no file of the site; only the file name can still lead to a note.
  const outside = joined.startsWith("../") || joined === "..";
  const found =
    (outside ? undefined : index.byPath.get(joined)) ??
    index.byPath.get(path.posix.normalize(written)) ??
    closestByName(nameKey(written), fromPath, index) ??
    index.byTitle.get(displayName(path.posix.basename(written)).toLowerCase());
  if (found !== undefined) return { kind: "note", slug: found, hash };
  return outside ? { kind: "outside" } : { kind: "missing", path: joined, hash };
}

/** Of the notes with this file name, the closest to `fromPath`. */
function closestByName(name: string, fromPath: string, index: NoteIndex): WeekSlug | undefined {
  const best = closestPath(index.byName.get(name) ?? [], fromPath);
  return best === undefined ? undefined : index.byPath.get(best);
}

/** Of several paths, the one sharing the longest folder prefix with `fromPath`, then the shortest: how Obsidian picks among files of one name. */
export function closestPath(candidates: readonly string[], fromPath: string): string | undefined {
  return [...candidates].sort((a, b) => sharedDepth(b, fromPath) - sharedDepth(a, fromPath) || a.length - b.length || (a < b ? -1 : 1))[0];
}

function sharedDepth(a: string, b: string): number {
  const left = a.split("/").slice(0, -1);
  const right = b.split("/").slice(0, -1);
  let depth = 0;
  while (depth < left.length && left[depth] === right[depth]) depth += 1;
  return depth;
}

function nameKey(relativePath: string): string {
  return displayName(path.posix.basename(relativePath)).toLowerCase();
}

