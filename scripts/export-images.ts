/**
 * `npm run export` step: copy every file of the notes folder that a note links
 * to or shows into `<out>/files/` (and the images also into `<out>/note-images/`,
 * their older address), where pages link them (lib/content/files.ts);
 * `next start` builds serve them from app/files and app/note-images instead.
 * Only linked files of an allowed type and size whose real path is inside the
 * notes folder are copied, read through the same checks as the server's.
 *
 *   tsx scripts/export-images.ts out
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FILES_PATH, linkedFiles, readRepositoryFile, servedType } from "../lib/content/files";
import { contentDirectory } from "../lib/content/index";
import { loadWeeksFrom } from "../lib/content/load";
import { NOTE_IMAGES_PATH } from "../lib/content/local-images";
import { readMirrorManifest } from "../lib/content/mirror";

const outDir = path.resolve(process.argv[2] ?? "out");
const loaded = loadWeeksFrom(contentDirectory(), { includeDrafts: false, mirror: readMirrorManifest(path.resolve("public")) });
let copied = 0;
for (const relativePath of linkedFiles(loaded.weeks, loaded.files)) {
  const bytes = readRepositoryFile(loaded.files, relativePath);
  if (bytes === null) continue;
  const prefixes = servedType(relativePath)?.image === true ? [FILES_PATH, NOTE_IMAGES_PATH] : [FILES_PATH];
  for (const prefix of prefixes) {
    // `relativePath` is a path of the index: no `..`, inside the notes folder.
    const target = path.join(outDir, prefix, ...relativePath.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  copied += 1;
}
console.log(`export: ${copied} linked file(s) copied to ${path.relative(process.cwd(), outDir)}${FILES_PATH}`);
