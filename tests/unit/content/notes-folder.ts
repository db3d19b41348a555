import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, onTestFinished } from "vitest";
import { type LoadedWeeks, loadWeeksFrom } from "@/lib/content/load";

/** A temporary notes folder of these files (paths may hold folders), loaded as the site loads it; removed when the test ends. */
export function loadNotesFolder(files: Record<string, string>): LoadedWeeks {
  const directory = mkdtempSync(path.join(tmpdir(), "notes-folder-"));
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  const loaded = loadWeeksFrom(directory, { includeDrafts: false });
  expect(loaded.errors).toEqual([]);
  return loaded;
}
