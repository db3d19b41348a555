/**
 * Build cost against the number of weeks: `next build` of 1, 10 and 100
 * synthetic weeks (bench/synthetic-weeks.ts, made from Week 8), each in its
 * own notes folder (CONTENT_DIR) and build folder (NEXT_DIST_DIR), so the
 * real `.next` is never touched. A line fitted through the points gives the
 * fixed cost and the cost per week; comparing the per-week cost of the
 * small and the large step says whether cost grows linearly.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { timedRun } from "./lib/processes";
import { fitLine, round } from "./lib/stats";
import { syntheticWeeks } from "./synthetic-weeks";

/** Peak memory of the build's process tree: summed RSS, summed PSS and the largest process's RSS (bench/lib/processes.ts). */
export type BuildPoint = { weeks: number; seconds: number; peakRssMiB: number; peakPssMiB: number; peakProcessRssMiB: number };

export type ScaleFigures = {
  points: BuildPoint[];
  fixedSeconds: number;
  perWeekSeconds: number;
  r2: number;
  /** Cost per added week between the two smallest and the two largest counts. */
  perWeekSmall: number;
  perWeekLarge: number;
  /** The large step's per-week cost is at most 1.25x the small step's (noise allowance): linear or better. */
  linear: boolean;
  peakRssMiB: number;
  peakPssMiB: number;
  peakProcessRssMiB: number;
};

export async function buildAt(root: string, weeks: number, source: string): Promise<BuildPoint> {
  const notes = mkdtempSync(path.join(os.tmpdir(), `bench-weeks-${weeks}-`));
  // Under the project: Next resolves distDir against it; `.next*` folders are ignored by build-info's freshness check.
  const dist = `.next-bench-${weeks}`;
  // `next build` adds the build folder's generated types to tsconfig.json; the bench leaves it as it found it.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigText = readFileSync(tsconfig, "utf8");
  try {
    for (const week of syntheticWeeks(source, weeks)) writeFileSync(path.join(notes, `${week.slug}.md`), week.markdown);
    mkdirSync(path.join(root, "public"), { recursive: true });
    const run = await timedRun(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      // Synthetic notes carry Week 8's remote images; no warning should stop them.
      env: { CONTENT_DIR: notes, NEXT_DIST_DIR: dist, STRICT_CONTENT: "0", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (run.code !== 0) throw new Error(`next build of ${weeks} synthetic weeks failed (${run.code}):\n${run.log}`);
    const mib = (bytes: number) => round(bytes / 2 ** 20, 0);
    return { weeks, seconds: round(run.seconds), peakRssMiB: mib(run.peakRss), peakPssMiB: mib(run.peakPss), peakProcessRssMiB: mib(run.peakProcessRss) };
  } finally {
    writeFileSync(tsconfig, tsconfigText);
    rmSync(notes, { recursive: true, force: true });
    rmSync(path.join(root, dist), { recursive: true, force: true });
  }
}

export async function measureScale(root: string, counts: readonly number[], log: (line: string) => void): Promise<ScaleFigures> {
  const source = readFileSync(path.join(root, "content", "week-08.md"), "utf8");
  const points: BuildPoint[] = [];
  for (const weeks of counts) {
    const point = await buildAt(root, weeks, source);
    log(`  build of ${weeks} week(s): ${point.seconds} s, peak PSS ${point.peakPssMiB} MiB (summed RSS ${point.peakRssMiB}, largest process ${point.peakProcessRssMiB})`);
    points.push(point);
  }
  const fit = fitLine(points.map((point) => ({ x: point.weeks, y: point.seconds })));
  const step = (a: BuildPoint | undefined, b: BuildPoint | undefined) => (a && b && b.weeks !== a.weeks ? (b.seconds - a.seconds) / (b.weeks - a.weeks) : Number.NaN);
  const perWeekSmall = step(points[0], points[1]);
  const perWeekLarge = step(points.at(-2), points.at(-1));
  return {
    points,
    fixedSeconds: round(fit.intercept),
    perWeekSeconds: round(fit.slope, 2),
    r2: round(fit.r2, 3),
    perWeekSmall: round(perWeekSmall, 2),
    perWeekLarge: round(perWeekLarge, 2),
    linear: perWeekLarge <= perWeekSmall * 1.25,
    peakRssMiB: Math.max(...points.map((point) => point.peakRssMiB)),
    peakPssMiB: Math.max(...points.map((point) => point.peakPssMiB)),
    peakProcessRssMiB: Math.max(...points.map((point) => point.peakProcessRssMiB)),
  };
}
