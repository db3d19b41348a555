import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { ContentError } from "./errors";
import type { MirrorManifest } from "./mirror";
import type { NoteImage, Week } from "./types";

/** URL prefix under which images next to the notes are served (app/note-images). */
export const NOTE_IMAGES_PATH = "/note-images";

/** Image files the site serves from the notes folder. */
export const localImageExtension = /\.(?:png|jpe?g|gif|webp|avif|svg)$/iu;

/** Every image file under the notes folder, at any depth: what the site serves at NOTE_IMAGES_PATH. */
export function listLocalImages(directory: string): string[] {
  // The folder is chosen at run time (CONTENT_DIR); tracing it statically is not wanted.
  return readdirSync(/*turbopackIgnore: true*/ directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return listLocalImages(full);
    return entry.isFile() && localImageExtension.test(entry.name) ? [full] : [];
  });
}

/** Whether a `src` points at a file next to the note rather than at the web. */
export function isLocalSource(src: string): boolean {
  return src !== "" && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/iu.test(src);
}

/**
 * Find each relative image of a week in its notes folder: record the URL the
 * site serves it at and its intrinsic size (so the page reserves its space),
 * or warn `content/x.md:line:col image not found: <path>` when it is missing.
 * A remote image with an entry in the mirror manifest is served from its copy.
 */
export function resolveLocalImages(
  week: Week,
  directory: string,
  mirror: MirrorManifest = {},
): { week: Week; warnings: ContentError[] } {
  const warnings: ContentError[] = [];
  const images = week.images.map((image): NoteImage => {
    const mirrored = mirror[image.src];
    // A mirrored remote image is served from public/mirror, like an image next to the note.
    if (mirrored) return { ...image, local: { status: "found", url: mirrored.path, width: mirrored.width, height: mirrored.height } };
    if (!isLocalSource(image.src)) return image;
    const relative = safeRelative(directory, image.src);
    if (relative === null || !localImageExtension.test(relative)) {
      warnings.push(new ContentError(week.source, image.line, image.column, `image not found: ${image.src} (images must be files inside the notes folder)`));
      return { ...image, local: { status: "missing" } };
    }
    try {
      const size = imageSize(readFileSync(path.join(/*turbopackIgnore: true*/ directory, relative)));
      const url = `${NOTE_IMAGES_PATH}/${relative.split(path.sep).map(encodeURIComponent).join("/")}`;
      return { ...image, local: { status: "found", url, width: size.width, height: size.height } };
    } catch {
      warnings.push(new ContentError(week.source, image.line, image.column, `image not found: ${image.src}; add the file next to the note or fix the path`));
      return { ...image, local: { status: "missing" } };
    }
  });
  return { week: { ...week, images }, warnings };
}

/** The path of `src` inside `directory`, or null when it would leave it (`../../etc/passwd`). */
function safeRelative(directory: string, src: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/u)[0] ?? "");
  } catch {
    return null;
  }
  const relative = path.relative(directory, path.resolve(directory, decoded));
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? null : relative;
}
