import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Definition, Html, Link, Root } from "mdast";
import type { Point } from "unist";
import { visit } from "unist-util-visit";
import { type ContentWalk, isInside, walkContentRoot } from "./discover";
import { ContentError } from "./errors";
import { perTree } from "./per-tree";
import { safeDecode } from "../urls";
import { closestPath, isNoteLinkUrl } from "./note-index";
import type { Week } from "./types";

/** URL prefix under which the files of the repository that notes link to are served (app/files). */
export const FILES_PATH = "/files";

/** The largest file the portal serves or copies: a reader's download, not a dataset. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** How the portal serves a file type: its Content-Type, and whether the browser shows it (images, PDF) or saves it. */
export type ServedType = { contentType: string; inline: boolean; image: boolean };

const image = (contentType: string): ServedType => ({ contentType, inline: true, image: true });
const download = (contentType: string): ServedType => ({ contentType, inline: false, image: false });

/**
 * The fixed allow-list of what a study repository holds for its readers:
 * pictures, slides and papers, notebooks and code, small data. Anything else
 * (`.exe`, `.h5` weights, `.env`, `.pem`) is never served, whatever links it.
 */
export const servedTypes: Readonly<Record<string, ServedType>> = {
  ".png": image("image/png"),
  ".jpg": image("image/jpeg"),
  ".jpeg": image("image/jpeg"),
  ".gif": image("image/gif"),
  ".webp": image("image/webp"),
  ".avif": image("image/avif"),
  ".bmp": image("image/bmp"),
  // Saved, not shown, when opened on its own: an SVG is a document that can run scripts in the site's origin
  // (`<img src>` still shows it, scripts off). The route's `sandbox` policy alone is not enough, see fileHeaders.
  ".svg": { contentType: "image/svg+xml", inline: false, image: true },
  ".pdf": { contentType: "application/pdf", inline: true, image: false },
  ".ipynb": download("application/x-ipynb+json"),
  ".py": download("text/x-python; charset=utf-8"),
  ".r": download("text/x-r; charset=utf-8"),
  ".sql": download("application/sql; charset=utf-8"),
  ".csv": download("text/csv; charset=utf-8"),
  ".tsv": download("text/tab-separated-values; charset=utf-8"),
  ".txt": download("text/plain; charset=utf-8"),
  ".json": download("application/json; charset=utf-8"),
  ".yaml": download("application/yaml; charset=utf-8"),
  ".yml": download("application/yaml; charset=utf-8"),
  ".zip": download("application/zip"),
  ".pptx": download("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  ".docx": download("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  ".xlsx": download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
};

/** How a file name is served, or null when its extension is not on the allow-list. */
export function servedType(fileName: string): ServedType | null {
  return servedTypes[path.posix.extname(fileName).toLowerCase()] ?? null;
}

/** A file under the content root. */
export type RepositoryFile = {
  /** Path inside the root, `/`-separated and NFC: `practice/data/sample.csv`. */
  path: string;
  /** Its real path (symlinks resolved, always inside the root). */
  absolutePath: string;
  bytes: number;
};

/**
 * Every file under a content root, read once per load, so that resolving the
 * links and images of a note reads nothing (the same answer at build, in
 * warnings and on the page). Only what is inside the root's real path is in
 * it: a symlink that leads out is listed in `outside` and never read.
 */
export type FileIndex = {
  /** The root's real path. */
  root: string;
  files: ReadonlyMap<string, RepositoryFile>;
  /** Lower-cased file name -> the paths of the files of that name, for Obsidian's links by name. */
  byName: ReadonlyMap<string, readonly string[]>;
  /** Folders (a link to one is a link to a folder, not a broken file link). */
  folders: ReadonlySet<string>;
  /** Symlinks inside the root that point out of it. */
  outside: ReadonlySet<string>;
};

/**
 * Index the files under `root`, as lib/content/discover.ts walks it (hidden
 * files and folders, tool folders and what `.portalignore` names left out; a
 * symlink followed only while its real path stays inside the root).
 */
export function buildFileIndex(root: string, walk: ContentWalk = walkContentRoot(root)): FileIndex {
  const files = new Map<string, RepositoryFile>();
  const byName = new Map<string, string[]>();
  for (const file of walk.files) {
    files.set(file.relativePath, { path: file.relativePath, absolutePath: file.absolutePath, bytes: file.bytes });
    const key = (file.relativePath.split("/").at(-1) ?? file.relativePath).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), file.relativePath]);
  }
  return { root: walk.root, files, byName, folders: new Set(walk.folders), outside: new Set(walk.outside) };
}

/** Where a link or image of a note leads among the files of the repository. */
export type FileTarget =
  /** A file the portal serves at `url`. */
  | { kind: "file"; file: RepositoryFile; url: string; type: ServedType }
  /** A relative (or site-absolute) path to a file the repository does not have. */
  | { kind: "missing" }
  /** A path out of the content root: `../../etc/passwd`, `C:\…`, `file:///…`, a symlink that leads out. */
  | { kind: "outside" }
  /** A file that exists but is not served: not on the allow-list, or larger than MAX_FILE_BYTES. */
  | { kind: "refused"; reason: "type" | "size"; file: RepositoryFile }
  /** Not a file of the repository: a web address, an anchor, a note (lib/content/note-index.ts), a folder, a site page. */
  | { kind: "other" };

/**
 * How a reference is written, which decides how it resolves:
 * - `link`: a Markdown or HTML link; like links between notes (resolveNoteLink), relative to the note, then from the root, then by file name;
 * - `image`: `![](src)` or `<img src>`, relative to the note (or from the root when site-absolute), as GitHub shows them;
 * - `embed`: Obsidian's `![[그림.png]]`, relative, then from the root, then the closest file of that name, as Obsidian finds it.
 */
export type ReferenceKind = "link" | "image" | "embed";

const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/u;
/** A path on the author's own computer: `C:\Users\…`, `file:///home/…`, `\\server\share`. */
const computerPath = /^(?:[A-Za-z]:[\\/]|file:|\\\\)/iu;

/**
 * Resolve `url`, written in the note at `fromPath`, against the files of the
 * repository. A relative path starts from the note's own folder; a
 * site-absolute path (`/assets/img/x.png`, as Jekyll and Hugo sites write it)
 * from the content root (then Hugo's `static/`). `%20` and other escapes are
 * read, so Notion's exports (`노트%201a2b…/Untitled%201.png`) and `<./my image.png>`
 * resolve. Pure: it reads the index, never the disk.
 */
export function resolveFileLink(url: string, fromPath: string, index: FileIndex, kind: ReferenceKind): FileTarget {
  if (computerPath.test(url)) return { kind: "outside" };
  if (url === "" || url.startsWith("#") || url.startsWith("?") || url.startsWith("//") || scheme.test(url)) return { kind: "other" };
  if (kind === "link" && isNoteLinkUrl(url)) return { kind: "other" };
  const written = url.split(/[?#]/u)[0] ?? "";
  // Windows authors' tools write `images\a.png`; a backslash is never part of a name a note can mean.
  const decoded = safeDecode(written).normalize("NFC").replaceAll("\\", "/");
  if (decoded.includes("\u0000") || decoded.startsWith("//")) return { kind: "outside" };
  const siteAbsolute = decoded.startsWith("/");
  // A site path that names no file type (`/weeks/x`, `/2023/03/14/post/`) is a page of the site, not a file.
  if (siteAbsolute && kind === "link" && servedType(decoded) === null) return { kind: "other" };
  const fromFolder = path.posix.dirname(fromPath);
  const candidates: string[] = [];
  // Whether the path as its author's tool reads it (the first candidate) leaves the root.
  let climbs: boolean | null = null;
  const add = (candidate: string) => {
    const normalized = path.posix.normalize(candidate).replace(/\/+$/u, "");
    const leaves = normalized === ".." || normalized.startsWith("../") || normalized.startsWith("/");
    climbs ??= leaves;
    if (!leaves && !candidates.includes(normalized)) candidates.push(normalized);
  };
  if (siteAbsolute) {
    add(`.${decoded}`);
    add(`static${decoded}`);
  } else {
    add(path.posix.join(fromFolder === "." ? "" : fromFolder, decoded));
    if (kind !== "image") add(decoded);
  }
  for (const candidate of candidates) {
    const target = lookUp(candidate, index, kind);
    if (target !== null) return target;
  }
  if (kind !== "image") {
    const byName = closestByName(path.posix.basename(decoded), fromPath, index);
    if (byName !== undefined) return lookUp(byName, index, kind) ?? { kind: "missing" };
  }
  return climbs === true ? { kind: "outside" } : { kind: "missing" };
}

function lookUp(candidate: string, index: FileIndex, kind: ReferenceKind): FileTarget | null {
  // The file itself, or a folder on its way, is a symlink out of the root.
  if (candidate.split("/").some((_, at, segments) => index.outside.has(segments.slice(0, at + 1).join("/")))) return { kind: "outside" };
  if (kind === "link" && index.folders.has(candidate)) return { kind: "other" };
  const file = index.files.get(candidate);
  if (file === undefined) return null;
  const type = servedType(file.path);
  // A symlink `slide.pdf -> secret.key` inside the root must not serve the key as a PDF.
  if (type === null || servedType(file.absolutePath) === null || (kind !== "link" && !type.image)) return { kind: "refused", reason: "type", file };
  if (file.bytes > MAX_FILE_BYTES) return { kind: "refused", reason: "size", file };
  return { kind: "file", file, url: fileUrl(file.path), type };
}

/** Of the files with this name, the one sharing the longest folder prefix with `fromPath`, then the shortest path (Obsidian's choice). */
function closestByName(name: string, fromPath: string, index: FileIndex): string | undefined {
  return closestPath(index.byName.get(name.toLowerCase()) ?? [], fromPath);
}

/** The URL the portal serves a file of the root at: `/files/practice/data/sample.csv`, each segment escaped. */
export function fileUrl(relativePath: string): string {
  return `${FILES_PATH}/${relativePath.split("/").map(encodeURIComponent).join("/")}`;
}

/** A file's path inside the root from its served URL, or null for another URL (a mirrored image). */
export function pathOfFileUrl(url: string): string | null {
  if (!url.startsWith(`${FILES_PATH}/`)) return null;
  return url.slice(FILES_PATH.length + 1).split("/").map(safeDecode).join("/");
}

/**
 * The bytes of a file of the index, read only when its real path is still
 * inside the root (the repository may have changed since it was indexed), it
 * is a regular file of an allowed type and at most MAX_FILE_BYTES; else null.
 */
export function readRepositoryFile(index: FileIndex, relativePath: string): Buffer | null {
  const file = index.files.get(relativePath);
  if (file === undefined || servedType(file.path) === null || servedType(file.absolutePath) === null) return null;
  try {
    const real = realpathSync(file.absolutePath);
    if (!isInside(realpathSync(index.root), real)) return null;
    const stats = statSync(real);
    if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return null;
    return readFileSync(/*turbopackIgnore: true*/ real);
  } catch {
    return null;
  }
}

/** The response headers of a served file: its type, never sniffed; a download is saved under its own name. */
export function fileHeaders(relativePath: string): Record<string, string> {
  const type = servedType(relativePath) ?? download("application/octet-stream");
  const name = path.posix.basename(relativePath);
  // RFC 6266: an ASCII fallback name, and the real (Korean) name as UTF-8.
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/gu, "_");
  return {
    "Content-Type": type.contentType,
    "Content-Disposition": `${type.inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=3600",
    // An SVG (or any file) opened on its own must not run scripts. Not for a PDF: a sandbox blocks the browser's PDF viewer.
    // (`next start` sends the config's policy for every path in its place, hence SVGs are also attachments.)
    ...(type.contentType === "application/pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox" }),
  };
}

/** A link of a note to something that may be a file, where it is written. */
export type WrittenLink = { url: string; line: number; column: number };

/** Every link of a note that may name a file: Markdown links and definitions, and `<a href>` in raw HTML, in source order. */
export const writtenLinks = perTree((tree: Root): readonly WrittenLink[] => {
  const links: WrittenLink[] = [];
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") {
      const link: Link | Definition = node;
      links.push({ url: link.url, line: link.position?.start.line ?? 1, column: link.position?.start.column ?? 1 });
    } else if (node.type === "html") {
      links.push(...rawHtmlLinks(node));
    }
  });
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
});

function rawHtmlLinks(node: Html): WrittenLink[] {
  if (!/<a\b/iu.test(node.value)) return [];
  const links: WrittenLink[] = [];
  visit(fromHtml(node.value, { fragment: true }), "element", (element: Element) => {
    const href = element.properties.href;
    if (element.tagName !== "a" || typeof href !== "string") return;
    links.push({ url: href, ...absolute(node.position?.start, element.position?.start) });
  });
  return links;
}

/** A position inside an HTML node's value, as a position in the file. */
function absolute(base: Point | undefined, inner: Point | undefined): { line: number; column: number } {
  if (!base || !inner) return { line: base?.line ?? 1, column: base?.column ?? 1 };
  return inner.line === 1 ? { line: base.line, column: base.column + inner.column - 1 } : { line: base.line + inner.line - 1, column: inner.column };
}

/**
 * One warning per link of a note to a file the portal cannot give the reader,
 * at the link: missing, outside the notes folder, of a type it does not
 * serve or too large. Links to notes are checked by lib/content/links.ts.
 */
export function missingFileLinks(week: Pick<Week, "tree" | "path" | "source">, index: FileIndex): ContentError[] {
  return writtenLinks(week.tree.root()).flatMap((link) => {
    const target = resolveFileLink(link.url, week.path, index, "link");
    const reason = problemOf(target);
    return reason === null ? [] : [new ContentError(week.source, link.line, link.column, `${reason}: ${link.url}; ${fixOf(target)}`)];
  });
}

function problemOf(target: FileTarget): string | null {
  switch (target.kind) {
    case "missing":
      return "link to a missing file";
    case "outside":
      return "link to a file outside the notes folder";
    case "refused":
      return target.reason === "size" ? `link to a file larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` : "link to a file type the portal does not serve";
    default:
      return null;
  }
}

function fixOf(target: FileTarget): string {
  if (target.kind === "outside") return "only files inside the notes folder are served";
  if (target.kind === "refused" && target.reason === "type") return `the portal serves ${Object.keys(servedTypes).join(" ")}`;
  if (target.kind === "refused") return "link a smaller file, or to where it is published";
  return "add the file or fix the path";
}

/**
 * The paths of every file the notes link to or show, which is all the portal
 * serves and a static export copies: never a file no note names.
 */
export function linkedFiles(weeks: readonly Pick<Week, "tree" | "path" | "images">[], index: FileIndex): string[] {
  const linked = new Set<string>();
  for (const week of weeks) {
    for (const link of writtenLinks(week.tree.root())) {
      const target = resolveFileLink(link.url, week.path, index, "link");
      if (target.kind === "file") linked.add(target.file.path);
    }
    for (const shown of week.images) {
      const found = shown.local?.status === "found" ? pathOfFileUrl(shown.local.url) : null;
      if (found !== null && index.files.has(found)) linked.add(found);
    }
  }
  return [...linked].sort();
}
