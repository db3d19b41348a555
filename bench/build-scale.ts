/**
 * Build cost against the number of notes: `next build` of 10, 100 and 1000
 * synthetic notes (bench/synthetic-weeks.ts, made from Week 8) laid out as a
 * study group's nested repository (`nestedPath`), each in its
 * own notes folder (CONTENT_DIR) and build folder (NEXT_DIST_DIR), so the
 * real `.next` is never touched. A line fitted through the points gives the
 * fixed cost and the cost per week; comparing the per-week cost of the
 * small and the large step says whether cost grows linearly.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { DevEditFigures } from "./dev-edit";
import { timedRun } from "./lib/processes";
import { fitLine, median, round } from "./lib/stats";
import { syntheticWeeks } from "./synthetic-weeks";

/** Peak memory of the build's process tree: summed RSS, summed PSS and the largest process's RSS (bench/lib/processes.ts). */
export type BuildPoint = {
  weeks: number;
  seconds: number;
  peakRssMiB: number;
  peakPssMiB: number;
  peakProcessRssMiB: number;
  /** The home page (the course tree of every note) as it goes over the wire, gzip-9. */
  homeHtmlGzipKiB: number;
};

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
  /** `npm run dev` with the largest count: how long an edited note takes to show (bench/dev-edit.ts). */
  dev?: DevEditFigures;
  /** A clean build of Week 8 alone beside the floor's (`measureFixedCost`). */
  fixed?: FixedCost;
  /** `npm run build` of tests/fixtures/site (`measureFixtureBuild`). */
  fixture?: { seconds: number; peakPssMiB: number };
};

/**
 * Where synthetic note `index` lives in a study group's repository: members of
 * 100 notes, weeks of 25, days of 5, each week introduced by a README
 * (`member-02/Week_3/Day_4/05. 강의.md`), the shape of the real repositories
 * in tests/fixtures/site/repo-*.
 */
export function nestedPath(index: number): string {
  const member = String(Math.floor(index / 100) + 1).padStart(2, "0");
  const week = Math.floor((index % 100) / 25) + 1;
  const day = Math.floor((index % 25) / 5) + 1;
  const lecture = String((index % 5) + 1).padStart(2, "0");
  return `member-${member}/Week_${week}/Day_${day}/${lecture}. 강의.md`;
}

/** The synthetic notes written into `root` in their nested places, a README introducing each week. */
export function writeNestedNotes(root: string, notes: readonly { markdown: string }[]): string[] {
  const written = notes.map((note, index) => {
    const relative = nestedPath(index);
    mkdirSync(path.join(root, path.dirname(relative)), { recursive: true });
    writeFileSync(path.join(root, relative), note.markdown);
    const readme = path.join(root, path.dirname(path.dirname(relative)), "README.md");
    writeFileSync(readme, `# ${path.basename(path.dirname(path.dirname(relative)))}\n\n이번 주에 배운 강의를 날마다 정리한다.\n`);
    return relative;
  });
  return written;
}

export async function buildAt(root: string, weeks: number, source: string): Promise<BuildPoint> {
  const notes = mkdtempSync(path.join(os.tmpdir(), `bench-weeks-${weeks}-`));
  // Under the project: Next resolves distDir against it; `.next*` folders are ignored by build-info's freshness check.
  const dist = `.next-bench-${weeks}`;
  // `next build` adds the build folder's generated types to tsconfig.json; the bench leaves it as it found it.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigText = readFileSync(tsconfig, "utf8");
  try {
    writeNestedNotes(notes, syntheticWeeks(source, weeks));
    mkdirSync(path.join(root, "public"), { recursive: true });
    const run = await timedRun(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      // Synthetic notes carry Week 8's remote images; no warning should stop them.
      env: { CONTENT_DIR: notes, NEXT_DIST_DIR: dist, STRICT_CONTENT: "0", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (run.code !== 0) throw new Error(`next build of ${weeks} synthetic weeks failed (${run.code}):\n${run.log}`);
    const mib = (bytes: number) => round(bytes / 2 ** 20, 0);
    const home = gzipSync(readFileSync(path.join(root, dist, "server", "app", "index.html")), { level: 9 }).length;
    return {
      weeks,
      seconds: round(run.seconds),
      peakRssMiB: mib(run.peakRss),
      peakPssMiB: mib(run.peakPss),
      peakProcessRssMiB: mib(run.peakProcessRss),
      homeHtmlGzipKiB: round(home / 1024),
    };
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
    log(
      `  build of ${weeks} week(s): ${point.seconds} s, peak PSS ${point.peakPssMiB} MiB (summed RSS ${point.peakRssMiB}, largest process ${point.peakProcessRssMiB})`,
    );
    points.push(point);
  }
  const fit = fitLine(points.map((point) => ({ x: point.weeks, y: point.seconds })));
  const step = (a: BuildPoint | undefined, b: BuildPoint | undefined) =>
    a && b && b.weeks !== a.weeks ? (b.seconds - a.seconds) / (b.weeks - a.weeks) : Number.NaN;
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

/**
 * Clean `npm run build`s of Week 8 alone beside the bare Next.js floor building the same note, in one run:
 * medians of alternating pairs, since one build here varies by seconds with the machine's other work.
 */
export type FixedCost = { portalSeconds: number; floorSeconds: number; ratio: number; pairs: { portalSeconds: number; floorSeconds: number }[] };

const FIXED_COST_PAIRS = 3;

export async function measureFixedCost(root: string, log: (line: string) => void): Promise<FixedCost> {
  const notes = mkdtempSync(path.join(os.tmpdir(), "bench-week8-"));
  const dist = ".next-bench-fixed";
  const floorDist = ".next-bench-fixed";
  const floor = path.join(root, "bench", "floor");
  // Both builds add their build folder's generated types to their tsconfig.json; the bench leaves both as it found them.
  const tsconfigs = [path.join(root, "tsconfig.json"), path.join(floor, "tsconfig.json")].map((file) => ({ file, text: readFileSync(file, "utf8") }));
  try {
    writeFileSync(path.join(notes, "week-08.md"), readFileSync(path.join(root, "content", "week-08.md")));
    const pairs: FixedCost["pairs"] = [];
    for (let pair = 0; pair < FIXED_COST_PAIRS; pair++) {
      rmSync(path.join(root, dist), { recursive: true, force: true });
      rmSync(path.join(floor, floorDist), { recursive: true, force: true });
      const measured = await fixedCostPair(root, notes, dist, floor, floorDist);
      log(`  clean build of Week 8, pair ${pair + 1}: portal ${measured.portalSeconds} s, floor ${measured.floorSeconds} s`);
      pairs.push(measured);
    }
    const portalSeconds = median(pairs.map((pair) => pair.portalSeconds));
    const floorSeconds = median(pairs.map((pair) => pair.floorSeconds));
    log(`  clean build of Week 8, medians of ${pairs.length} pairs: portal ${round(portalSeconds)} s, floor ${round(floorSeconds)} s`);
    return { portalSeconds: round(portalSeconds), floorSeconds: round(floorSeconds), ratio: round(portalSeconds / floorSeconds, 2), pairs };
  } finally {
    for (const { file, text } of tsconfigs) writeFileSync(file, text);
    rmSync(notes, { recursive: true, force: true });
    rmSync(path.join(root, dist), { recursive: true, force: true });
    rmSync(path.join(floor, floorDist), { recursive: true, force: true });
  }
}

/** One clean build of each, the portal's first. */
async function fixedCostPair(root: string, notes: string, dist: string, floor: string, floorDist: string): Promise<FixedCost["pairs"][number]> {
  const portal = await timedRun(process.execPath, [path.join(root, "scripts", "build.mjs")], {
    cwd: root,
    env: { CONTENT_DIR: notes, NEXT_DIST_DIR: dist, STRICT_CONTENT: "0", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (portal.code !== 0) throw new Error(`npm run build of Week 8 failed (${portal.code}):\n${portal.log}`);
  const bare = await timedRun(path.join(root, "node_modules", ".bin", "next"), ["build", floor], {
    cwd: root,
    env: { FLOOR_NOTE: path.join(notes, "week-08.md"), FLOOR_DIST_DIR: floorDist, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (bare.code !== 0) throw new Error(`next build of the floor failed (${bare.code}):\n${bare.log}`);
  return { portalSeconds: round(portal.seconds), floorSeconds: round(bare.seconds) };
}

/** `npm run build` of the fixture site (tests/fixtures/site: every dialect, emoji cards, nested repositories): what issue 19's work costs a build. */
export async function measureFixtureBuild(root: string, log: (line: string) => void): Promise<{ seconds: number; peakPssMiB: number }> {
  const dist = ".next-bench-fixture";
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigText = readFileSync(tsconfig, "utf8");
  try {
    rmSync(path.join(root, dist), { recursive: true, force: true });
    const run = await timedRun(process.execPath, [path.join(root, "scripts", "build.mjs")], {
      cwd: root,
      env: { CONTENT_DIR: "tests/fixtures/site", NEXT_DIST_DIR: dist, STRICT_CONTENT: "0", NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (run.code !== 0) throw new Error(`build of the fixture site failed (${run.code}):\n${run.log}`);
    log(`  fixture site: ${round(run.seconds)} s`);
    return { seconds: round(run.seconds), peakPssMiB: round(run.peakPss / 2 ** 20, 0) };
  } finally {
    writeFileSync(tsconfig, tsconfigText);
    rmSync(path.join(root, dist), { recursive: true, force: true });
  }
}
