/**
 * `npm run export` step: copy the images next to the notes into
 * `<out>/note-images/`, where pages link them (lib/content/local-images.ts);
 * `next start` builds serve them from app/note-images instead.
 *
 *   tsx scripts/export-images.ts out
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { contentDirectory } from "../lib/content/index";
import { listLocalImages, NOTE_IMAGES_PATH } from "../lib/content/local-images";

const outDir = path.resolve(process.argv[2] ?? "out");
const directory = contentDirectory();
const images = listLocalImages(directory);
for (const image of images) {
  const target = path.join(outDir, NOTE_IMAGES_PATH, path.relative(directory, image));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(image, target);
}
console.log(`export: ${images.length} note image(s) copied to ${path.relative(process.cwd(), outDir)}${NOTE_IMAGES_PATH}`);
