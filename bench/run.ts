/**
 * `npm run bench` (tsx bench/run.ts): the portal against its floor, in one run.
 *
 *   --quick         1 Lighthouse run, 5 s throughput, builds of 1/4/16 weeks
 *   --runs=N        Lighthouse runs per URL (default 3; the median is reported)
 *   --loads=N       traced loads per page for the main-thread figures (default 7)
 *   --seconds=N     autocannon duration (default 10; 10 connections)
 *   --scale=1,10,100  synthetic note counts for the build-cost line (default 10,100,1000 with --only=scale)
 *   --dev-notes=N   notes in the folder for the dev edit timing (default: the largest --scale count)
 *   --skip-scale, --skip-lighthouse   leave a slow part out
 *   --only=scale    only the build-cost builds, merged into an existing results file
 *   --only=pages    everything but those builds, merged likewise
 *   --only=offline  only the service worker's cost on a first visit (below), merged likewise
 *   --pairs=N       first visits of the week page with and without the service worker, in turns (default 5)
 *   --scale-from=FILE  take the build-cost figures from an earlier results file
 *   --snapshot      serve a snapshot of `next start`'s pages, not `npm run export`'s out/
 *   --out=FILE      where the JSON goes (default bench/results.json)
 *
 * Servers listen on 127.0.0.1:3310-3313 (BENCH_PORT=N: N to N+3, so a second
 * checkout can run beside). The portal is served by `scripts/start.mjs` (which
 * builds `.next`, or NEXT_DIST_DIR, first when it is stale); the floor
 * is bench/floor built with the same next/react; the static file server
 * (bench/static-server.ts) serves `out/` of `npm run export` when the project
 * has that script, otherwise a snapshot of the pages fetched from `next start`,
 * and the floor's own `output: 'export'` build.
 *
 * The service worker's cost (bench/offline.ts): first visits of the week page
 * with service workers allowed and blocked, in turns; requests, bytes and
 * main-thread work before and after `load`, LCP, and when the worker registers.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildPoint, measureFixedCost, measureFixtureBuild, measureScale, type ScaleFigures } from "./build-scale";
import { measureDevEdit } from "./dev-edit";
import { type LighthouseFigures, measureLighthouse } from "./lighthouse";
import { type MainThreadFigures, measureMainThread } from "./main-thread";
import { measureOffline, type OfflineFigures } from "./offline";
import { type Started, startProcess, stopProcess, timedRun, waitForUrl } from "./lib/processes";
import { kib, round } from "./lib/stats";
import { measureRender, type RenderFigures } from "./render";
import { launchChromium, measureRoute, type RouteFigures } from "./routes";
import { snapshotPages } from "./snapshot";
import { syntheticWeeks } from "./synthetic-weeks";
import { measureThroughput, type Throughput } from "./throughput";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FLOOR = path.join(ROOT, "bench", "floor");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const NOTE = path.join(ROOT, "content", "week-08.md");
const WEEK = "/weeks/week-08";
const SECTION = "/weeks/week-08/lecture-2";
const ROUTES = ["/", WEEK, SECTION] as const;
const PORT_BASE = Number(process.env.BENCH_PORT ?? 3310);
const PORTS = { portal: PORT_BASE, portalStatic: PORT_BASE + 1, floor: PORT_BASE + 2, floorStatic: PORT_BASE + 3 } as const;

type Options = {
  quick: boolean;
  runs: number;
  loads: number;
  pairs: number;
  seconds: number;
  scale: number[];
  devNotes: number | null;
  skipScale: boolean;
  skipLighthouse: boolean;
  only: "scale" | "pages" | "offline" | null;
  scaleFrom: string | null;
  out: string;
};

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const quick = argv.includes("--quick");
  const only = value("only");
  return {
    quick,
    runs: Number(value("runs") ?? (quick ? 1 : 3)),
    loads: Number(value("loads") ?? (quick ? 3 : 7)),
    pairs: Number(value("pairs") ?? 5),
    seconds: Number(value("seconds") ?? (quick ? 5 : 10)),
    scale: (value("scale") ?? (quick ? "1,4,16" : value("only") === "scale" ? "10,100,1000" : "1,10,100")).split(",").map(Number),
    devNotes: value("dev-notes") === undefined ? null : Number(value("dev-notes")),
    skipScale: argv.includes("--skip-scale") || only === "pages" || only === "offline" || value("scale-from") !== undefined,
    only: only === "scale" || only === "pages" || only === "offline" ? only : null,
    skipLighthouse: argv.includes("--skip-lighthouse"),
    scaleFrom: value("scale-from") ?? null,
    out: path.resolve(value("out") ?? path.join(ROOT, "bench", "results.json")),
  };
}

const log = (line: string) => console.error(line);

/** Newest modification time under a file or folder. */
function newest(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/** Whether the floor's build (its BUILD_ID, or the exported page) is newer than its inputs. */
function floorIsFresh(stamp: string): boolean {
  if (!existsSync(stamp)) return false;
  const inputs = [path.join(FLOOR, "app"), path.join(FLOOR, "next.config.ts"), NOTE, path.join(ROOT, "node_modules", "next", "package.json")];
  return statSync(stamp).mtimeMs > Math.max(...inputs.map(newest));
}

/**
 * The floor: `next build bench/floor` with the root's next, into bench/floor/.next
 * for `next start`, or (FLOOR_EXPORT=1) as static files into bench/floor/out
 * (with `output: 'export'` the build folder is the export). Reused while fresh.
 * An export build also rewrites `.next`, so a `next start` build is only
 * trusted with the marker written after it.
 */
async function buildFloor(exportStatic: boolean): Promise<string> {
  const distDir = exportStatic ? "out" : ".next";
  const stamp = path.join(FLOOR, distDir, exportStatic ? "weeks/week-08.html" : "bench-floor-build");
  const name = exportStatic ? "floor export" : "floor";
  if (floorIsFresh(stamp)) {
    log(`${name}: up to date`);
    return path.join(FLOOR, distDir);
  }
  log(`${name}: next build bench/floor`);
  const run = await timedRun(NEXT, ["build", FLOOR], {
    cwd: ROOT,
    env: { FLOOR_NOTE: NOTE, FLOOR_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...(exportStatic ? { FLOOR_EXPORT: "1" } : {}) },
  });
  if (run.code !== 0) throw new Error(`${name} build failed:\n${run.log}`);
  if (!exportStatic) writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return path.join(FLOOR, distDir);
}

/**
 * `npm run export`'s out/, made before the portal's server starts: Next builds
 * an export in `.next`, so it must not replace the build a running server has
 * loaded (scripts/start.mjs then builds `.next` again). Without the script,
 * with --snapshot, or when the export fails, the reason is returned and the
 * pages are fetched from the server instead (snapshotPortal).
 */
async function exportPortal(): Promise<{ directory: string } | { why: string }> {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.export) return { why: "no npm run export" };
  if (process.argv.includes("--snapshot")) return { why: "--snapshot" };
  log("portal export: npm run export");
  const run = await timedRun("npm", ["run", "export"], { cwd: ROOT, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.code === 0) return { directory: path.join(ROOT, "out") };
  // The comparison is still worth having: the same pages, served as files.
  log(`portal export: npm run export failed (${run.code}); serving a snapshot instead:\n${run.log.slice(-1500)}`);
  return { why: "npm run export failed" };
}

/** The portal's static files: the export's out/, else a snapshot of the running server's pages. */
async function portalStatic(exported: { directory: string } | { why: string }): Promise<{ directory: string; source: string; temporary: boolean }> {
  if ("directory" in exported) return { directory: exported.directory, source: "out/ from npm run export", temporary: false };
  const directory = mkdtempSync(path.join(os.tmpdir(), "bench-snapshot-"));
  await snapshotPages(`http://127.0.0.1:${PORTS.portal}`, ROUTES, directory);
  return { directory, source: `snapshot of next start (${exported.why})`, temporary: true };
}

function startStatic(directory: string, port: number): Started {
  return startProcess(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "static-server.ts"), directory, String(port)], { cwd: ROOT });
}

type Goal = { goal: string; value: string; met: boolean };

type Results = {
  date: string;
  options: Options;
  machine: { node: string; cpus: number; loadAverage: { start: number[]; end: number[] }; chromium: string };
  routes: { portal: RouteFigures[]; floor: RouteFigures[] };
  lighthouse: { portal: LighthouseFigures[]; floor: LighthouseFigures[] } | null;
  /** Null in results written before the benchmark traced the main thread. */
  mainThread: { portal: MainThreadFigures; floor: MainThreadFigures } | null;
  /** The service worker's cost on a first visit; null in results written before it was measured. */
  offline: OfflineFigures | null;
  throughput: {
    portalNext: Throughput;
    portalStatic: Throughput;
    floorNext: Throughput;
    floorStatic: Throughput;
    ratio: number;
    floorRatio: number;
    staticSource: string;
  };
  render: { week8: RenderFigures; synthetic10: RenderFigures };
  scale: ScaleFigures | null;
  goals: Goal[];
};

function chromiumVersion(): string {
  try {
    return readFileSync("/usr/lib/chromium/chromium", "latin1").match(/Chrome\/(\d+\.\d+\.\d+\.\d+)/u)?.[1] ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Whether `value` is at most `share` (or `slack`, whichever is larger) above `reference`. */
function withinShare(value: number | null, reference: number | null, share: number, slack: number): boolean {
  if (value === null || reference === null) return false;
  return value <= reference + Math.max(reference * share, slack);
}

function goals(results: Omit<Results, "goals">): Goal[] {
  const list: Goal[] = [];
  const add = (goal: string, value: string, met: boolean) => list.push({ goal, value, met });
  const week = results.lighthouse?.portal.find((figures) => figures.url.endsWith(WEEK));
  const floorWeek = results.lighthouse?.floor.find((figures) => figures.url.endsWith(WEEK));
  if (week && floorWeek) {
    add("Week page Lighthouse performance >= 98", String(week.performance), week.performance >= 98);
    add("Week page accessibility 100", String(week.accessibility), week.accessibility === 100);
    add("Week page best practices 100", String(week.bestPractices), week.bestPractices === 100);
    add("Week page SEO 100", String(week.seo), week.seo === 100);
    add("Week page CLS 0", String(week.cls), week.cls === 0);
    add("TBT within 20 ms of the floor", `${week.tbtMs} ms vs floor ${floorWeek.tbtMs} ms`, week.tbtMs <= floorWeek.tbtMs + 20);
  }
  if (week && floorWeek) {
    // Issue #21's goals, against the floor of the same run.
    add(
      "Week page performance >= floor's median - 1",
      `${week.performance} vs floor ${floorWeek.performance}`,
      week.performance >= floorWeek.performance - 1,
    );
    add("Week page LCP within 10 % of the floor's", `${week.lcpMs} ms vs floor ${floorWeek.lcpMs} ms`, week.lcpMs <= floorWeek.lcpMs * 1.1);
  }
  if (results.mainThread) {
    const { portal, floor } = results.mainThread;
    add(
      "Blocking estimate (thread time) within 10 % of the floor's",
      `${portal.blockingMs} vs floor ${floor.blockingMs} ms`,
      portal.blockingMs <= floor.blockingMs * 1.1,
    );
    add("Script CPU within 15 % of the floor's", `${portal.script} vs floor ${floor.script} ms`, portal.script <= floor.script * 1.15);
    add("Hydrated fibers at most 2x the floor's", `${portal.fibers} vs floor ${floor.fibers}`, portal.fibers <= floor.fibers * 2);
  }
  if (results.offline) {
    const { worker, noWorker, each } = results.offline;
    const registers = each.worker.map((visit) => visit.registerAfterLoadMs);
    const earliest = Math.min(...registers.map((ms) => ms ?? Number.NEGATIVE_INFINITY));
    add(
      "The service worker registers after load (every visit)",
      `${round(earliest, 0)} ms after load at the earliest, active after ${worker.activeAfterLoadMs} ms (median)`,
      earliest > 0,
    );
    add(
      "With the worker, the same requests and bytes before load as without (within 1 %)",
      `${worker.requestsBeforeLoad} vs ${noWorker.requestsBeforeLoad} requests, ${kib(worker.bytesBeforeLoad ?? Number.NaN)} vs ${kib(noWorker.bytesBeforeLoad ?? Number.NaN)}`,
      worker.requestsBeforeLoad === noWorker.requestsBeforeLoad && withinShare(worker.bytesBeforeLoad, noWorker.bytesBeforeLoad, 0.01, 0),
    );
    add(
      "With the worker, main-thread script until it registers within 10 % (or 5 ms) of without, LCP within 10 % (or 50 ms)",
      `script ${worker.scriptBeforeRegisterMs} vs ${noWorker.scriptBeforeRegisterMs} ms, LCP ${worker.lcpMs} vs ${noWorker.lcpMs} ms`,
      withinShare(worker.scriptBeforeRegisterMs, noWorker.scriptBeforeRegisterMs, 0.1, 5) && withinShare(worker.lcpMs, noWorker.lcpMs, 0.1, 50),
    );
  }
  const portalHtml = results.routes.portal.find((figures) => figures.route === WEEK);
  const floorHtml = results.routes.floor.find((figures) => figures.route === WEEK);
  if (portalHtml && floorHtml) {
    add(
      "Week page HTML, Brotli, at most 1.5x the floor's",
      `${kib(portalHtml.htmlBrotli)} vs floor ${kib(floorHtml.htmlBrotli)} (sent: ${kib(portalHtml.htmlTransfer)} vs ${kib(floorHtml.htmlTransfer)})`,
      portalHtml.htmlBrotli <= floorHtml.htmlBrotli * 1.5,
    );
  }
  const portalJs = results.routes.portal.find((figures) => figures.route === WEEK)?.jsGzip ?? Number.NaN;
  const floorJs = results.routes.floor.find((figures) => figures.route === WEEK)?.jsGzip ?? Number.NaN;
  add(
    "Week page first-load JS <= floor + 20 KiB gzip",
    `${kib(portalJs)} vs floor ${kib(floorJs)} (+${kib(portalJs - floorJs)})`,
    portalJs <= floorJs + 20 * 1024,
  );
  const { ratio } = results.throughput;
  add("Throughput >= 0.8x the static file server", `${ratio}x`, ratio >= 0.8);
  if (results.scale) {
    const { scale } = results;
    add(
      "Build cost linear in weeks (per-week cost of the large step <= 1.25x the small step's)",
      `${scale.perWeekSmall} s/week then ${scale.perWeekLarge} s/week; fit ${scale.fixedSeconds} s + ${scale.perWeekSeconds} s/week, r² ${scale.r2}`,
      scale.linear,
    );
    // Summed PSS of the build's processes: 100 notes well under 2 GiB (taken as < 1.5 GiB), 1000 notes under 2 GiB.
    const memory = (point: BuildPoint) =>
      `${point.peakPssMiB} MiB PSS (summed RSS ${point.peakRssMiB} MiB, largest process ${point.peakProcessRssMiB} MiB)`;
    const hundred = scale.points.find((point) => point.weeks === 100);
    if (hundred) add("Build peak memory at 100 notes well under 2 GiB (< 1.5 GiB)", memory(hundred), hundred.peakPssMiB < 1536);
    const thousand = scale.points.find((point) => point.weeks === 1000);
    if (thousand) add("Build peak memory at 1000 notes under 2 GiB", memory(thousand), thousand.peakPssMiB < 2048);
    const largest = scale.points.at(-1);
    if (largest) add(`Home page HTML < 60 KiB gzip with ${largest.weeks} notes`, `${largest.homeHtmlGzipKiB} KiB`, largest.homeHtmlGzipKiB < 60);
    add("Marginal build cost <= 0.8 s per Week-8-sized note (large step)", `${scale.perWeekLarge} s/note`, scale.perWeekLarge <= 0.8);
    if (scale.fixed) {
      add(
        "A clean build of Week 8 within 2x the floor's",
        `${scale.fixed.portalSeconds} s vs floor ${scale.fixed.floorSeconds} s (${scale.fixed.ratio}x)`,
        scale.fixed.ratio <= 2,
      );
    }
    if (scale.dev) {
      add(
        `An edited note visible in \`npm run dev\` within 3 s (${scale.dev.notes} notes)`,
        `median ${scale.dev.medianEditSeconds} s (${scale.dev.editSeconds.join(", ")} s)`,
        scale.dev.medianEditSeconds <= 3,
      );
    }
  }
  return list;
}

function printTable(results: Results): void {
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(cells.map((cell, index) => String(cell).padEnd(index === 0 ? 34 : 16)).join(" "));
  lines.push("\n== routes (Chromium, mobile viewport, until network idle)");
  row("route", "HTML", "HTML sent", "HTML br", "HTML gz", "JS raw", "JS gzip-9", "JS on wire", "CSS raw", "requests");
  for (const [site, list] of [
    ["portal", results.routes.portal],
    ["floor", results.routes.floor],
  ] as const) {
    for (const figures of list) {
      row(
        `${site} ${figures.route}`,
        kib(figures.htmlBytes),
        kib(figures.htmlTransfer),
        kib(figures.htmlBrotli),
        kib(figures.htmlGzip),
        kib(figures.jsRaw),
        kib(figures.jsGzip),
        kib(figures.jsTransfer),
        kib(figures.cssRaw),
        figures.requests,
      );
    }
  }
  if (results.lighthouse) {
    lines.push(`\n== Lighthouse 12.2.3, mobile, median of ${results.options.runs}`);
    row("url", "perf", "a11y", "best-pr.", "SEO", "LCP ms", "TBT ms", "CLS");
    for (const [site, list] of [
      ["portal", results.lighthouse.portal],
      ["floor", results.lighthouse.floor],
    ] as const) {
      for (const figures of list) {
        row(
          `${site} ${new URL(figures.url).pathname}`,
          figures.performance,
          figures.accessibility,
          figures.bestPractices,
          figures.seo,
          figures.lcpMs,
          figures.tbtMs,
          figures.cls,
        );
        if (figures.failing.length > 0) lines.push(`    below full marks: ${figures.failing.join(", ")}`);
        if (figures.unmeasured.length > 0) lines.push(`    not measured (left out of the medians): ${figures.unmeasured.join(", ")}`);
      }
    }
  }
  if (results.mainThread) {
    const { portal, floor } = results.mainThread;
    lines.push(`\n== main thread of ${WEEK}, CPU ms (thread time, median of ${portal.runs} traced loads)`);
    row("page", "total", "script", "style", "layout", "paint", "parse", "longest task", "blocking (4x)", "fibers", "layout objects");
    for (const [site, figures] of [
      ["portal", portal],
      ["floor", floor],
    ] as const) {
      row(
        site,
        figures.totalMs,
        figures.script,
        figures.style,
        figures.layout,
        figures.paint,
        figures.parse,
        figures.longestTaskMs,
        figures.blockingMs,
        figures.fibers,
        figures.layoutObjects,
      );
    }
    lines.push(
      `ratio portal / floor: total ${round(portal.totalMs / floor.totalMs, 2)}x, script ${round(portal.script / floor.script, 2)}x, style ${round(portal.style / floor.style, 2)}x, layout ${round(portal.layout / floor.layout, 2)}x, layout objects ${round(portal.layoutObjects / floor.layoutObjects, 2)}x`,
    );
  }
  if (results.offline) {
    const { worker, noWorker, pairs } = results.offline;
    lines.push(
      `\n== first visit of ${WEEK}, service worker allowed vs blocked (median of ${pairs} alternating pairs, fresh browser each; ${results.offline.date})`,
    );
    row("", "LCP ms", "load ms", "req < load", "sent < load", "req > load", "sent > load", "register", "active");
    for (const [name, figures] of [
      ["with the worker", worker],
      ["without (blocked)", noWorker],
    ] as const) {
      const afterLoad = (ms: number | null) => (ms === null ? "-" : `load + ${ms} ms`);
      row(
        name,
        figures.lcpMs ?? "-",
        figures.loadMs ?? "-",
        figures.requestsBeforeLoad ?? "-",
        kib(figures.bytesBeforeLoad ?? Number.NaN),
        figures.requestsAfterLoad ?? "-",
        kib(figures.bytesAfterLoad ?? Number.NaN),
        afterLoad(figures.registerAfterLoadMs),
        afterLoad(figures.activeAfterLoadMs),
      );
    }
    lines.push("main thread, CPU ms (thread time; blocking as above)");
    row("", "script < load", "block. < load", "script > load", "block. > load", "script < reg.", "block. < reg.", "script >= reg.", "total >= reg.");
    for (const [name, figures] of [
      ["with the worker", worker],
      ["without (blocked)", noWorker],
    ] as const) {
      row(
        name,
        figures.scriptBeforeLoadMs ?? "-",
        figures.blockingBeforeLoadMs ?? "-",
        figures.scriptAfterLoadMs ?? "-",
        figures.blockingAfterLoadMs ?? "-",
        figures.scriptBeforeRegisterMs ?? "-",
        figures.blockingBeforeRegisterMs ?? "-",
        figures.scriptFromRegisterMs ?? "-",
        figures.totalFromRegisterMs ?? "-",
      );
    }
  }
  const t = results.throughput;
  lines.push(`\n== throughput of ${WEEK}, autocannon ${results.options.seconds} s x 10 connections (static: ${t.staticSource})`);
  row("server", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx");
  for (const [name, figures] of [
    ["portal next start", t.portalNext],
    ["portal static files", t.portalStatic],
    ["floor next start", t.floorNext],
    ["floor static export", t.floorStatic],
  ] as const) {
    row(name, figures.requestsPerSecond, figures.latencyP50, figures.latencyP99, figures.errors, figures.non2xx);
  }
  lines.push(`ratio portal next start / static files: ${t.ratio}x (floor: ${t.floorRatio}x)`);
  lines.push("\n== render, content pipeline vs plain unified (median pass, CPU time)");
  for (const [name, figures] of [
    ["Week 8", results.render.week8],
    ["10 synthetic weeks", results.render.synthetic10],
  ] as const) {
    lines.push(
      `${name}: portal ${figures.portalCpuMs} ms, plain ${figures.plainCpuMs} ms, ratio ${figures.ratio}x (wall ${figures.portalMs} / ${figures.plainMs} ms)`,
    );
  }
  if (results.scale) {
    lines.push("\n== next build of synthetic weeks");
    for (const point of results.scale.points) {
      lines.push(
        `${String(point.weeks).padStart(4)} note(s): ${point.seconds} s, peak PSS ${point.peakPssMiB} MiB (summed RSS ${point.peakRssMiB}, largest process ${point.peakProcessRssMiB}), home page ${point.homeHtmlGzipKiB} KiB gzip`,
      );
    }
    const s = results.scale;
    lines.push(
      `fit: ${s.fixedSeconds} s fixed + ${s.perWeekSeconds} s/week (r² ${s.r2}); per week ${s.perWeekSmall} s (small step), ${s.perWeekLarge} s (large step): ${s.linear ? "linear" : "super-linear"}`,
    );
    if (s.fixture) lines.push(`npm run build of tests/fixtures/site: ${s.fixture.seconds} s, peak PSS ${s.fixture.peakPssMiB} MiB`);
    if (s.fixed) lines.push(`clean build of Week 8 alone: portal ${s.fixed.portalSeconds} s, floor ${s.fixed.floorSeconds} s (${s.fixed.ratio}x)`);
    if (s.dev)
      lines.push(`next dev, ${s.dev.notes} notes: first page ${s.dev.firstPageSeconds} s, an edit visible after ${s.dev.editSeconds.join(", ")} s`);
  }
  lines.push("\n== goals");
  for (const goal of results.goals) lines.push(`${goal.met ? "met    " : "NOT MET"} ${goal.goal}: ${goal.value}`);
  lines.push(
    `\nload average: start ${results.machine.loadAverage.start.map((n) => n.toFixed(1)).join(" ")}, end ${results.machine.loadAverage.end.map((n) => n.toFixed(1)).join(" ")} on ${results.machine.cpus} CPUs`,
  );
  console.log(lines.join("\n"));
}

type Pages = Pick<Results, "routes" | "lighthouse" | "mainThread" | "offline" | "throughput" | "render">;

/** Everything measured against running servers, plus the render ratio. */
async function measurePages(options: Options): Promise<Pages> {
  const started: Started[] = [];
  const temporary: string[] = [];
  const stopAll = async () => {
    await Promise.all(started.map(stopProcess));
    started.length = 0;
    for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    log("render: content pipeline vs plain unified");
    const note = readFileSync(NOTE, "utf8");
    const render = {
      week8: await measureRender([{ slug: "week-08", markdown: note }], options.quick ? 3 : 7),
      synthetic10: await measureRender(syntheticWeeks(note, 10), options.quick ? 1 : 3),
    };

    const floorOut = await buildFloor(true);
    await buildFloor(false);

    const exported = await exportPortal();
    log(`portal: node scripts/start.mjs on ${PORTS.portal} (builds first when .next is stale)`);
    const portal = startProcess(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: { PORT: String(PORTS.portal), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    });
    started.push(portal);
    await waitForUrl(`http://127.0.0.1:${PORTS.portal}/`, portal, 900_000);
    const floor = startProcess(NEXT, ["start", FLOOR, "--port", String(PORTS.floor), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      env: { FLOOR_DIST_DIR: ".next" },
    });
    started.push(floor);
    await waitForUrl(`http://127.0.0.1:${PORTS.floor}/`, floor);

    const staticSite = await portalStatic(exported);
    if (staticSite.temporary) temporary.push(staticSite.directory);
    const portalFiles = startStatic(staticSite.directory, PORTS.portalStatic);
    const floorFiles = startStatic(floorOut, PORTS.floorStatic);
    started.push(portalFiles, floorFiles);
    await waitForUrl(`http://127.0.0.1:${PORTS.portalStatic}/`, portalFiles);
    await waitForUrl(`http://127.0.0.1:${PORTS.floorStatic}/`, floorFiles);

    const portalUrl = (route: string) => `http://127.0.0.1:${PORTS.portal}${route}`;
    const floorUrl = (route: string) => `http://127.0.0.1:${PORTS.floor}${route}`;

    log("routes: what Chromium downloads");
    const browser = await launchChromium();
    const routes = { portal: [] as RouteFigures[], floor: [] as RouteFigures[] };
    try {
      for (const route of ROUTES) routes.portal.push(await measureRoute(browser, portalUrl("/"), route));
      routes.floor.push(await measureRoute(browser, floorUrl("/"), WEEK));
    } finally {
      await browser.close();
    }

    log(`main thread: ${portalUrl(WEEK)} and ${floorUrl(WEEK)}, alternating, x ${options.loads}`);
    const [portalThread, floorThread] = await measureMainThread([portalUrl(WEEK), floorUrl(WEEK)], options.loads);
    if (!portalThread || !floorThread) throw new Error("no main-thread figures for the week page or the floor");
    const mainThread = { portal: portalThread, floor: floorThread };

    log(`offline: first visits of ${portalUrl(WEEK)} with the service worker and without, alternating, x ${options.pairs}`);
    const offline = await measureOffline(portalUrl(WEEK), options.pairs);

    let lighthouse: Results["lighthouse"] = null;
    if (!options.skipLighthouse) {
      // The week page and the floor first, in alternating runs: the goals compare them.
      log(`lighthouse: ${portalUrl(WEEK)} and ${floorUrl(WEEK)}, alternating, x ${options.runs}`);
      const [portalWeek, floorWeek] = await measureLighthouse([portalUrl(WEEK), floorUrl(WEEK)], options.runs);
      if (!portalWeek || !floorWeek) throw new Error("Lighthouse gave no figures for the week page or the floor");
      const others = [portalUrl("/"), portalUrl(SECTION)];
      log(`lighthouse: ${others.join(" and ")} x ${options.runs}`);
      lighthouse = { portal: [portalWeek, ...(await measureLighthouse(others, options.runs))], floor: [floorWeek] };
    }

    log("throughput: autocannon");
    const bounded = { connections: 10, seconds: options.seconds };
    const portalNext = await measureThroughput(portalUrl(WEEK), bounded);
    const portalStaticFigures = await measureThroughput(`http://127.0.0.1:${PORTS.portalStatic}${WEEK}`, bounded);
    const floorNext = await measureThroughput(floorUrl(WEEK), bounded);
    const floorStatic = await measureThroughput(`http://127.0.0.1:${PORTS.floorStatic}${WEEK}`, bounded);
    const throughput = {
      portalNext,
      portalStatic: portalStaticFigures,
      floorNext,
      floorStatic,
      ratio: round(portalNext.requestsPerSecond / portalStaticFigures.requestsPerSecond, 2),
      floorRatio: round(floorNext.requestsPerSecond / floorStatic.requestsPerSecond, 2),
      staticSource: staticSite.source,
    };
    return { routes, lighthouse, mainThread, offline, throughput, render };
  } finally {
    await stopAll();
  }
}

function readPrevious(file: string): Results {
  if (!existsSync(file)) throw new Error(`--only needs an earlier full run in ${file} to merge into`);
  const previous = JSON.parse(readFileSync(file, "utf8")) as Results;
  return { ...previous, mainThread: previous.mainThread ?? null, offline: previous.offline ?? null };
}

/** Only the service worker's cost: the portal served alone; the rest of an earlier run kept. */
async function measureOfflineOnly(options: Options): Promise<OfflineFigures> {
  log(`portal: node scripts/start.mjs on ${PORTS.portal} (builds first when ${process.env.NEXT_DIST_DIR ?? ".next"} is stale)`);
  const portal = startProcess(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { PORT: String(PORTS.portal), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.once("SIGINT", () => void stopProcess(portal).then(() => process.exit(130)));
  try {
    await waitForUrl(`http://127.0.0.1:${PORTS.portal}/`, portal, 900_000);
    const url = `http://127.0.0.1:${PORTS.portal}${WEEK}`;
    log(`offline: first visits of ${url} with the service worker and without, alternating, x ${options.pairs}`);
    return await measureOffline(url, options.pairs);
  } finally {
    await stopProcess(portal);
  }
}

/** `next build` (scripts/start.mjs, npm run export) adds its build folder's generated types to tsconfig.json; the bench leaves it as it found it. */
async function keepingTsconfig(run: () => Promise<void>): Promise<void> {
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const text = readFileSync(tsconfig, "utf8");
  try {
    await run();
  } finally {
    if (readFileSync(tsconfig, "utf8") !== text) writeFileSync(tsconfig, text);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startLoad = os.loadavg();
  let pages: Pages;
  if (options.only === "scale") pages = readPrevious(options.out);
  else if (options.only === "offline") pages = { ...readPrevious(options.out), offline: await measureOfflineOnly(options) };
  else pages = await measurePages(options);
  let scale: ScaleFigures | null = null;
  if (options.scaleFrom) scale = readPrevious(options.scaleFrom).scale;
  else if ((options.only === "pages" || options.only === "offline") && existsSync(options.out)) scale = readPrevious(options.out).scale;
  if (!options.skipScale) {
    log(`scale: next build of ${options.scale.join(", ")} synthetic weeks`);
    scale = await measureScale(ROOT, options.scale, log);
    const devNotes = options.devNotes ?? Math.max(...options.scale);
    log(`scale: next dev with ${devNotes} notes, an edited note shown`);
    scale = { ...scale, dev: await measureDevEdit(ROOT, devNotes, 3, log) };
    log("scale: a clean build of Week 8 alone, portal and floor");
    scale = { ...scale, fixed: await measureFixedCost(ROOT, log) };
    log("scale: npm run build of the fixture site");
    scale = { ...scale, fixture: await measureFixtureBuild(ROOT, log) };
  }
  const partial = {
    date: new Date().toISOString(),
    options,
    machine: { node: process.version, cpus: os.cpus().length, loadAverage: { start: startLoad, end: os.loadavg() }, chromium: chromiumVersion() },
    ...pages,
    scale,
  };
  const results: Results = { ...partial, goals: goals(partial) };
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`\nwritten: ${path.relative(ROOT, options.out)}`);
}

await keepingTsconfig(main);
