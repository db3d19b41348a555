import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ContentErrors } from "@/lib/content/errors";
import { parseWeek, slugFromFileName } from "@/lib/content/load";
import { buildNoteIndex, type NoteIndex } from "@/lib/content/note-index";
import { normalizeSource } from "@/lib/content/source";
import type { Week } from "@/lib/content/types";

/** An absolute path inside the project. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** A note file read and parsed the way the site reads it. */
export function loadNote(relative: string): Week {
  const name = relative.split("/").at(-1) ?? relative;
  const text = normalizeSource(readFileSync(projectPath(relative)), relative);
  return parseWeek(text, relative, slugFromFileName(name), name).week;
}

/** A fixture of `tests/fixtures/`, parsed. */
export function loadFixture(name: string): Week {
  return loadNote(`tests/fixtures/${name}`);
}

/**
 * Week 8 as the tests know it: a frozen copy of `content/week-08.md` in the fixture site,
 * so editing the real note never breaks a unit test.
 */
export const WEEK8_FIXTURE = "tests/fixtures/site/week-08.md";

/** The frozen copy of Week 8, parsed. */
export function loadWeek8(): Week {
  return loadNote(WEEK8_FIXTURE);
}

/** A week built from Markdown text, without any file. */
export function weekFrom(markdown: string, slug = "fixture"): Week {
  return parseWeek(markdown, `content/${slug}.md`, slugFromFileName(`${slug}.md`)).week;
}

/** The link index of a flat notes folder holding these notes, named without `.md` (`week-08`, `8 주차`). */
export function flatIndex(names: readonly string[]): NoteIndex {
  return buildNoteIndex(names.map((name) => ({ path: `${name}.md`, slug: slugFromFileName(`${name}.md`), title: name })));
}

/** The ContentErrors thrown by `run`, or a failure if none is thrown. */
export function errorsOf(run: () => unknown): ContentErrors {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentErrors) return error;
    throw error;
  }
  throw new Error("expected ContentErrors, nothing was thrown");
}
