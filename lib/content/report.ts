import type { ContentError } from "./errors";
import type { LoadedWeeks } from "./load";
import { ContentNotice } from "./notice";

/** One line of a content report, as the build and `npm run lint:content` print it. */
export type ReportLine = { level: "notice" | "warning" | "error"; text: string };

/**
 * The problems of the notes as printable lines, and whether they fail:
 * errors always do; warnings (a missing image, a front matter value that cannot be used)
 * do too in a strict run (`STRICT_CONTENT=1`, as in CI). `hints` (authoring
 * advice from `npm run lint:content`) are printed last and never fail.
 * Notices among the warnings (`ContentNotice`: an unknown front matter key,
 * an empty tag left out) print after them, as `notice`, and never fail.
 */
export function contentReport(
  loaded: Pick<LoadedWeeks, "warnings" | "errors">,
  strict: boolean,
  hints: readonly ContentError[] = [],
): { lines: ReportLine[]; failed: boolean } {
  const warningLevel: ReportLine["level"] = strict ? "error" : "warning";
  const lines: ReportLine[] = [
    ...loaded.errors.map((problem): ReportLine => ({ level: "error", text: problem.message })),
    ...loaded.warnings.filter((problem) => !(problem instanceof ContentNotice)).map((problem) => ({ level: warningLevel, text: problem.message })),
    // A notice describes a note that renders exactly as written: strict or not, it only informs.
    ...loaded.warnings.filter((problem) => problem instanceof ContentNotice).map((problem): ReportLine => ({ level: "notice", text: problem.message })),
    // Authoring hints stay warnings even in a strict run: the page they describe renders fine.
    ...hints.map((problem): ReportLine => ({ level: "warning", text: problem.message })),
  ];
  return { lines, failed: lines.some((line) => line.level === "error") };
}

/** `STRICT_CONTENT=1` makes warnings fail the build and the content lint. */
export function strictContent(): boolean {
  return process.env.STRICT_CONTENT === "1";
}
