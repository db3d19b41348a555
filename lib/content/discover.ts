import { existsSync, type Dirent, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { ContentError } from "./errors";

/** A Markdown file of the notes folder, found at any depth. */
export type NoteFile = {
  /** Path inside the content root, `/`-separated and NFC: `Week_2/Day_4/03. 강의 제목.md`. */
  relativePath: string;
  /** Where to read it. */
  absolutePath: string;
  /** Inside Jekyll's `_drafts/`: read as a draft whatever its front matter says. */
  draft: boolean;
};

/** What discovery found, and what it refused to follow (a symlink that leaves the root). */
export type Discovery = { notes: NoteFile[]; warnings: ContentError[] };

/** The file a user writes, in gitignore syntax, to keep more paths out of the site. */
export const PORTAL_IGNORE_FILE = ".portalignore";

const noteExtension = /\.(?:md|markdown)$/iu;

/**
 * Folders that hold no notes of the author's: tool and build output (`node_modules`, Jekyll's
 * `_site`, `_layouts`, `_includes`, `_sass`, `_data`, Hugo's `public` and `themes`). Hidden folders (`.git`, `.obsidian`, `.trash`, `.github`) are skipped by their dot.
 */
const toolFolders = new Set([
  "node_modules",
  "_site",
  "_layouts",
  "_includes",
  "_sass",
  "_data",
  "public",
  "themes",
]);

/** Jekyll's unpublished posts: read as drafts (shown by `npm run dev` only). */
const draftFolder = "_drafts";

/** Repository chrome: files every repository has that are not study notes. */
const chromeFiles = /^(?:license|licence|contributing|code_of_conduct|security|support|changelog|pull_request_template|issue_template|funding|authors|codeowners)(?:\.[a-z]+)?$/iu;

/**
 * Every note under `root`, at any depth, in a stable order: `.md` and `.markdown`
 * files outside hidden and tool folders, minus repository chrome (LICENSE.md,
 * CONTRIBUTING.md, ...) and what a `.portalignore` (gitignore syntax, in the
 * root or in any folder, for what is below it) names. `root` may itself be a
 * symlink (a clone elsewhere); symlinks inside it are not followed, and one that
 * leaves the root is a warning, so no note makes the site read a file outside it.
 */
export function discoverNotes(root: string): Discovery {
  const realRoot = realpathSync(root);
  const notes: NoteFile[] = [];
  const warnings: ContentError[] = [];

  function walk(directory: string, relative: string, draft: boolean, outer: readonly IgnoreRules[]): void {
    // As with .gitignore, a folder's own file adds rules for what is below it (a member's repository keeps its own).
    const own = portalIgnore(directory, relative);
    const rules = own ? [...outer, own] : outer;
    const ignored = (path: string) => rules.some((rule) => rule.ignores(path));
    const entries = readdirSync(/*turbopackIgnore: true*/ directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const name = entry.name.normalize("NFC");
      if (name.startsWith(".")) continue;
      const childRelative = relative === "" ? name : `${relative}/${name}`;
      const childPath = path.join(directory, entry.name);
      const kind = entryKind(entry, childPath, realRoot);
      if (kind === "outside") {
        warnings.push(new ContentError(childRelative, 1, 1, "is a symlink to a place outside the notes folder; it is not read"));
        continue;
      }
      if (kind === "directory") {
        if (toolFolders.has(name) || ignored(`${childRelative}/`)) continue;
        walk(childPath, childRelative, draft || name === draftFolder, rules);
        continue;
      }
      if (kind !== "file" || !noteExtension.test(name)) continue;
      if (chromeFiles.test(name.replace(noteExtension, "")) || ignored(childRelative)) continue;
      notes.push({ relativePath: childRelative, absolutePath: childPath, draft });
    }
  }

  walk(realRoot, "", false, []);
  return { notes, warnings };
}

/**
 * A folder entry as discovery treats it. A symlink is never followed: one
 * that points inside the root names notes read at their own path already
 * (following it would give them a second page, or loop forever on `a -> .`),
 * and one that points outside is refused with a warning.
 */
function entryKind(entry: Dirent, full: string, realRoot: string): "file" | "directory" | "outside" | "other" {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "directory";
  if (!entry.isSymbolicLink()) return "other";
  try {
    return isInside(realRoot, realpathSync(full)) ? "other" : "outside";
  } catch {
    // A dangling link names nothing to read.
    return "other";
  }
}

/** Whether `target` (a real path) is `root` or inside it. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The rules of one `.portalignore`, matching paths relative to the content root. */
type IgnoreRules = { ignores: (relativePath: string) => boolean };

function portalIgnore(directory: string, relative: string): IgnoreRules | null {
  const file = path.join(directory, PORTAL_IGNORE_FILE);
  if (!existsSync(file)) return null;
  const rules: Ignore = ignore().add(readFileSync(file, "utf8"));
  const prefix = relative === "" ? "" : `${relative}/`;
  return { ignores: (relativePath) => relativePath.startsWith(prefix) && rules.ignores(relativePath.slice(prefix.length)) };
}
