/**
 * `npm run images:mirror`: copy every remote image of the notes into
 * public/mirror/ and record it in public/mirror/manifest.json (URL -> local
 * path, width, height, SHA-256), so the site keeps its images when the
 * originals disappear. The renderer serves an image from its copy when the
 * manifest has it. Each failure is reported per image; a file is written to a
 * temporary name first and renamed, so a copy is never half-written.
 *
 *   CONTENT_DIR  notes folder (default content/)
 *   MIRROR_PUBLIC_DIR  public folder to write into (default public/)
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { contentDirectory } from "../lib/content/index";
import { loadWeeksFrom } from "../lib/content/load";
import { manifestPath, MIRROR_FOLDER, type MirrorManifest, mirrorFileName, readMirrorManifest } from "../lib/content/mirror";

const publicDirectory = path.resolve(process.env.MIRROR_PUBLIC_DIR ?? "public");
const folder = path.join(publicDirectory, MIRROR_FOLDER);

/** Write a file atomically: a crash leaves the old file or nothing, never a part. */
function writeAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

async function mirrorOne(url: string): Promise<MirrorManifest[string]> {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000), redirect: "follow" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.startsWith("image/")) throw new Error(`not an image (${contentType || "no content type"})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const size = imageSize(bytes);
  const name = mirrorFileName(url, contentType);
  writeAtomically(path.join(folder, name), bytes);
  return { path: `/${MIRROR_FOLDER}/${name}`, width: size.width, height: size.height, sha256: createHash("sha256").update(bytes).digest("hex") };
}

async function main(): Promise<number> {
  const { weeks } = loadWeeksFrom(contentDirectory(), { includeDrafts: true });
  const urls = [...new Set(weeks.flatMap((week) => week.images.map((image) => image.src)).filter((src) => /^https?:\/\//iu.test(src)))];
  mkdirSync(folder, { recursive: true });
  const manifest = readMirrorManifest(publicDirectory);
  let failed = 0;
  for (const url of urls) {
    try {
      manifest[url] = await mirrorOne(url);
      console.log(`mirrored ${url} -> ${manifest[url]?.path}`);
    } catch (error) {
      failed += 1;
      console.error(`failed ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeAtomically(manifestPath(publicDirectory), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${urls.length - failed} of ${urls.length} image(s) mirrored into ${path.relative(process.cwd(), folder) || folder}.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
