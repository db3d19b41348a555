/**
 * How long `npm run dev` takes to show an edited note when the notes folder
 * holds `count` synthetic notes in a nested repository: the dev server is
 * started on a copy, one note page is opened (compiling it), then the note's
 * title is edited `edits` times and each time the page is fetched until it
 * shows the new title. Wall time from the write to the first response that
 * holds it; the median is reported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { noteSlug } from "../lib/content/slugs";
import { nestedPath, writeNestedNotes } from "./build-scale";
import { startProcess, stopProcess, waitForUrl } from "./lib/processes";
import { median, round } from "./lib/stats";
import { syntheticWeeks } from "./synthetic-weeks";

export type DevEditFigures = { notes: number; firstPageSeconds: number; editSeconds: number[]; medianEditSeconds: number };

const PORT = 3314;

export async function measureDevEdit(root: string, count: number, edits: number, log: (line: string) => void): Promise<DevEditFigures> {
  const source = readFileSync(path.join(root, "content", "week-08.md"), "utf8");
  const notes = mkdtempSync(path.join(os.tmpdir(), `bench-dev-${count}-`));
  const dist = ".next-bench-dev";
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigText = readFileSync(tsconfig, "utf8");
  writeNestedNotes(notes, syntheticWeeks(source, count));
  // A lecture note in the middle of the tree, not a README.
  const relative = nestedPath(Math.floor(count / 2));
  const file = path.join(notes, relative);
  const url = `http://127.0.0.1:${PORT}/weeks/${encodeURIComponent(noteSlug(relative, new Set()))}`;
  const server = startProcess(path.join(root, "node_modules", ".bin", "next"), ["dev", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { CONTENT_DIR: notes, NEXT_DIST_DIR: dist, STRICT_CONTENT: "0", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitForUrl(`http://127.0.0.1:${PORT}/`, server);
    const opened = performance.now();
    const first = await fetch(url);
    if (first.status !== 200) throw new Error(`dev server answered ${first.status} for ${url}:\n${server.log()}`);
    await first.arrayBuffer();
    const firstPageSeconds = round((performance.now() - opened) / 1000);
    log(`  dev, ${count} notes: first page ${firstPageSeconds} s`);
    const editSeconds: number[] = [];
    for (let edit = 1; edit <= edits; edit += 1) {
      const marker = `편집확인${edit}`;
      const text = readFileSync(file, "utf8").replace(/^title: .*$/mu, `title: "Week ${edit} : ${marker}"`);
      const written = performance.now();
      writeFileSync(file, text);
      for (;;) {
        const html = await (await fetch(url)).text();
        if (html.includes(marker)) break;
        if (performance.now() - written > 120_000) throw new Error(`the edit did not show within 120 s:\n${server.log()}`);
        await sleep(50);
      }
      editSeconds.push(round((performance.now() - written) / 1000, 2));
      log(`  dev, ${count} notes: edit ${edit} visible after ${editSeconds.at(-1)} s`);
    }
    return { notes: count, firstPageSeconds, editSeconds, medianEditSeconds: round(median(editSeconds), 2) };
  } finally {
    await stopProcess(server);
    writeFileSync(tsconfig, tsconfigText);
    rmSync(notes, { recursive: true, force: true });
    rmSync(path.join(root, dist), { recursive: true, force: true });
  }
}
