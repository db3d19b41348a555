import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
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

/** A file of the content root as the walk meets it. */
export type ContentFile = {
  /** Path inside the content root, `/`-separated and NFC. */
  relativePath: string;
  /** Its real path (symlinks resolved; always inside the root). */
  absolutePath: string;
  bytes: number;
  /** Inside Jekyll's `_drafts/`. */
  draft: boolean;
  /** Reached through a symlink inside the root: the same file is also met at its own path. */
  viaSymlink: boolean;
};

/** Everything under a content root that the site may read: its files and folders, and the symlinks it refuses. */
export type ContentWalk = {
  /** The root's real path. */
  root: string;
  files: ContentFile[];
  folders: string[];
  /** Symlinks inside the root whose real path leaves it. */
  outside: string[];
};

/**
 * The one walk of a content root, for notes (`discoverNotes`) and for the
 * files notes link to (lib/content/files.ts) alike: hidden files and folders
 * (`.git`, `.obsidian`, `.env`) and tool folders are skipped, a `.portalignore`
 * (gitignore syntax, in the root or in any folder, for what is below it) takes
 * out more, and a symlink is followed only while its real path stays inside
 * the root (never back into a folder being walked). `root` may itself be a
 * symlink (a clone elsewhere).
 */
export function walkContentRoot(root: string): ContentWalk {
  const realRoot = realpathSync.native(root);
  const walk: ContentWalk = { root: realRoot, files: [], folders: [], outside: [] };

  function visit(directory: string, relative: string, context: { draft: boolean; viaSymlink: boolean; rules: readonly IgnoreRules[]; ancestors: ReadonlySet<string> }): void {
    // As with .gitignore, a folder's own file adds rules for what is below it (a member's repository keeps its own).
    const own = portalIgnore(directory, relative);
    const rules = own ? [...context.rules, own] : context.rules;
    const ignored = (candidate: string) => rules.some((rule) => rule.ignores(candidate));
    const entries = readdirSync(/*turbopackIgnore: true*/ directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const name = entry.name.normalize("NFC");
      if (name.startsWith(".")) continue;
      const childRelative = relative === "" ? name : `${relative}/${name}`;
      const childPath = path.join(directory, entry.name);
      // `directory` is always a real path inside the root, so only a symlink needs resolving (a path
      // resolved component by component costs a system call each; a note repository has thousands).
      const real = entry.isSymbolicLink() ? realPathOf(childPath) : childPath;
      if (real === null) continue;
      if (!isInside(realRoot, real)) {
        walk.outside.push(childRelative);
        continue;
      }
      const stats = entry.isSymbolicLink() ? statSync(real) : entry;
      const viaSymlink = context.viaSymlink || entry.isSymbolicLink();
      if (stats.isDirectory()) {
        if (toolFolders.has(name) || ignored(`${childRelative}/`) || context.ancestors.has(real)) continue;
        walk.folders.push(childRelative);
        visit(real, childRelative, { draft: context.draft || name === draftFolder, viaSymlink, rules, ancestors: new Set([...context.ancestors, real]) });
      } else if (stats.isFile() && !ignored(childRelative)) {
        walk.files.push({ relativePath: childRelative, absolutePath: real, bytes: statSync(real).size, draft: context.draft, viaSymlink });
      }
    }
  }

  visit(realRoot, "", { draft: false, viaSymlink: false, rules: [], ancestors: new Set([realRoot]) });
  return walk;
}

/**
 * Every note under `root`, at any depth, in a stable order: the `.md` and
 * `.markdown` files of the walk (`walkContentRoot`), minus repository chrome
 * (LICENSE.md, CONTRIBUTING.md, ...), each read at its own path only (through
 * a symlink it would get a second page). A symlink that leaves the root is a warning.
 */
export function discoverNotes(root: string, walk: ContentWalk = walkContentRoot(root)): Discovery {
  const notes = walk.files
    .filter((file) => !file.viaSymlink && noteExtension.test(file.relativePath))
    .filter((file) => !chromeFiles.test((file.relativePath.split("/").at(-1) ?? "").replace(noteExtension, "")))
    .map((file) => ({ relativePath: file.relativePath, absolutePath: file.absolutePath, draft: file.draft }));
  const warnings = walk.outside.map((relative) => new ContentError(relative, 1, 1, "is a symlink to a place outside the notes folder; it is not read"));
  return { notes, warnings };
}

/** The real path of a symlink; null for a dangling one, which names nothing to read. */
function realPathOf(full: string): string | null {
  try {
    return realpathSync.native(full);
  } catch {
    return null;
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
