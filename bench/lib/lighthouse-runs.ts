/**
 * Lighthouse runs of one URL, summarized: bench/lighthouse.ts runs them, this
 * keeps the arithmetic where a unit test reaches it without a browser.
 */
import { median, round } from "./stats";

export type LighthouseFigures = {
  url: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits below full marks in the non-performance categories, with how many runs they failed in. */
  failing: string[];
  /** Runs Lighthouse could not measure (its runtime error code), left out of the medians. */
  unmeasured: string[];
  /** Each measured run's figures, for judging the noise. */
  each: { performance: number; tbtMs: number; lcpMs: number }[];
};

type Scores = Omit<LighthouseFigures, "url" | "runs" | "each" | "unmeasured">;

/**
 * One run: its scores, or why Lighthouse measured nothing. A run that failed
 * (a page that never painted its largest element in time, a protocol timeout)
 * scores 0 with no timings; counted in a median it would pull the page's
 * score down by luck (it did, once in five runs of the section page).
 */
export type Run = { kind: "measured"; scores: Scores } | { kind: "unmeasured"; reason: string };

/** A URL's figures from its runs: medians of the measured ones; the others are named, not counted. */
export function summarize(url: string, results: readonly Run[]): LighthouseFigures {
  const runs = results.length;
  const measured = results.flatMap((run) => (run.kind === "measured" ? [run.scores] : []));
  const pick = (key: keyof Omit<Scores, "failing">) => median(measured.map((run) => run[key]));
  const counts = new Map<string, number>();
  for (const run of measured) for (const id of run.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    url,
    runs,
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcpMs: round(pick("lcpMs"), 0),
    tbtMs: round(pick("tbtMs"), 0),
    cls: round(pick("cls"), 3),
    failing: [...counts].map(([id, count]) => `${id} (${count}/${measured.length})`),
    unmeasured: results.flatMap((run) => (run.kind === "unmeasured" ? [run.reason] : [])),
    each: measured.map((run) => ({ performance: run.performance, tbtMs: round(run.tbtMs, 0), lcpMs: round(run.lcpMs, 0) })),
  };
}
