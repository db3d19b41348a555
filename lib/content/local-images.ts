import type { Image, Root } from "mdast";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";
import { ContentError } from "./errors";
import { sourceKey } from "./ids";
import { buildFileIndex, type FileIndex, type FileTarget, readRepositoryFile, resolveFileLink } from "./files";
import type { MirrorManifest } from "./mirror";
import { perTree } from "./per-tree";
import type { NoteImage, Week } from "./types";

/**
 * The URL prefix images were served under before every linked file was
 * served under `/files` (lib/content/files.ts); app/note-images still answers
 * it for the images notes show, so addresses readers kept keep working.
 */
export const NOTE_IMAGES_PATH = "/note-images";

/** Whether a `src` names a file of the repository rather than the web: relative, or site-absolute (`/assets/img/x.png`). */
export function isLocalSource(src: string): boolean {
  return src !== "" && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/iu.test(src);
}

/**
 * Find each image of a week among the files of its repository: relative to
 * the note's own folder, site-absolute ones from the content root, and
 * Obsidian's `![[그림.png]]` by name anywhere when it is not beside the note
 * (lib/content/files.ts). Record the URL the site serves it at and its
 * intrinsic size (so the page reserves its space), or warn
 * `content/x.md:line:col image not found: <path>` when it is missing or would
 * leave the notes folder. A remote image with an entry in the mirror manifest
 * is served from its copy.
 */
export function resolveLocalImages(
  week: Week,
  directory: string,
  mirror: MirrorManifest = {},
  files: FileIndex = buildFileIndex(directory),
): { week: Week; warnings: ContentError[] } {
  const warnings: ContentError[] = [];
  const embeds = embedPlaces(week.tree.root());
  const images = week.images.map((image): NoteImage => {
    const mirrored = mirror[image.src];
    // A mirrored remote image is served from public/mirror, like an image next to the note.
    if (mirrored) return { ...image, local: { status: "found", url: mirrored.path, width: mirrored.width, height: mirrored.height } };
    const kind = embeds.has(sourceKey(image)) ? "embed" : "image";
    const target = resolveFileLink(image.src, week.path, files, kind);
    if (target.kind === "other") return image;
    const size = target.kind === "file" ? measure(files, target.file.path) : null;
    if (target.kind === "file" && size !== null) return { ...image, local: { status: "found", url: target.url, ...size } };
    warnings.push(new ContentError(week.source, image.line, image.column, `image not found: ${image.src}${whyNotFound(target)}`));
    return { ...image, local: { status: "missing" } };
  });
  return { week: { ...week, images }, warnings };
}

/** Where Obsidian embeds (`![[그림.png]]`, read by lib/content/dialects/remark-obsidian-embeds) start, as `line:column`. */
const embedPlaces = perTree((tree: Root): ReadonlySet<string> => {
  const places = new Set<string>();
  visit(tree, "image", (node: Image) => {
    const start = node.position?.start;
    if (node.data?.wikiEmbed === true && start) places.add(sourceKey(start));
  });
  return places;
});

function measure(files: FileIndex, relativePath: string): { width: number; height: number } | null {
  const bytes = readRepositoryFile(files, relativePath);
  if (bytes === null) return null;
  try {
    const { width, height } = imageSize(bytes);
    return { width, height };
  } catch {
    return null;
  }
}

function whyNotFound(target: FileTarget): string {
  switch (target.kind) {
    case "outside":
      return " (images must be files inside the notes folder)";
    case "refused":
      return target.reason === "size" ? " (larger than the 20 MB the portal serves)" : " (not an image file the portal serves)";
    case "file":
      return " (not a readable image)";
    default:
      return "; add the file next to the note or fix the path";
  }
}
