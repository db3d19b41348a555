import { loadAllWeeks } from "./index";
import { fileHeaders, linkedFiles, readRepositoryFile, servedType } from "./files";
import { safeDecode } from "../urls";

/** The files of the content root some note links to or shows: all the portal serves (`/files/…`). */
let linkedCache: { key: object; paths: ReadonlySet<string> } | null = null;

/** Every file a note links to or shows, once per load of the notes. */
export function servedFilePaths(): ReadonlySet<string> {
  const loaded = loadAllWeeks();
  if (linkedCache?.key !== loaded) linkedCache = { key: loaded, paths: new Set(linkedFiles(loaded.weeks, loaded.files)) };
  return linkedCache.paths;
}

/**
 * The response for a request of `/files/<segments>` (or the older
 * `/note-images/<segments>` with `imagesOnly`): the file when a note links to
 * it and it is still a file of an allowed type and size whose real path is
 * inside the content root; 404 for anything else, `..` and encoded variants
 * included (they name no linked path).
 */
export function servedFileResponse(segments: readonly string[], imagesOnly = false): Response {
  const written = segments.join("/").normalize("NFC");
  const decoded = segments.map(safeDecode).join("/").normalize("NFC");
  const linked = servedFilePaths();
  // Next hands prerendered params over as written in generateStaticParams, a request's escaped.
  const relativePath = linked.has(written) ? written : linked.has(decoded) ? decoded : null;
  const type = relativePath === null ? null : servedType(relativePath);
  const bytes = relativePath === null || type === null || (imagesOnly && !type.image) ? null : readRepositoryFile(loadAllWeeks().files, relativePath);
  if (relativePath === null || bytes === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(bytes), { headers: fileHeaders(relativePath) });
}
