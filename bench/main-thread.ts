/**
 * The main thread's work during a page load, from Chromium's performance
 * trace, counted in thread time (each event's `tdur`), not wall time.
 *
 * Lighthouse's TBT is wall time: when this shared machine's other tenants
 * take the core, the page's tasks look longer, and the same build has
 * measured anywhere from 390 to 900 ms. Thread time only counts what the
 * page's own thread ran, so it moves by a few milliseconds from load to
 * load and says how much work the portal does next to the floor.
 *
 * `blockingMs` applies Lighthouse's TBT rule to that thread time: every task,
 * slowed down 4x as the mobile preset simulates, counts its part above 50 ms.
 * Lighthouse only counts the tasks its simulation places after first
 * contentful paint, and where that falls moves from run to run; counting every
 * task keeps the figure steady, so it says which page blocks more, not what
 * Lighthouse will report.
 */
import type { Browser } from "@playwright/test";
import { inTurns, median, round } from "./lib/stats";
import { type MainThreadLoad, summarizeTrace, type TraceEvent } from "./lib/trace";
import { launchChromium, offlineMobileContext } from "./routes";

export type { MainThreadLoad } from "./lib/trace";

/** A traced load's work, and how many React fibers the page holds once hydrated (components and host nodes alike). */
export type MainThreadSample = MainThreadLoad & { fibers: number };

export type MainThreadFigures = MainThreadSample & { url: string; runs: number; each: MainThreadSample[] };

async function traceLoad(browser: Browser, url: string): Promise<MainThreadSample> {
  // The portal's service worker registers about 2 s after load and then loads search and previews to keep them
  // offline: work after the page is ready, which bench/offline.ts measures against a load without it. Here it
  // fell inside the trace's window in 4 loads of 6 and outside in 2 (script 89–111 ms with it allowed, 74–106 ms
  // blocked, 6 alternating pairs), a race the floor, which has no worker, never runs: blocked, the window holds the load.
  const context = await offlineMobileContext(browser, { serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading", "v8"] });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    // Hydration's passive effects and the islands loaded on idle run after the network settles.
    await page.waitForTimeout(1500);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return { ...summarizeTrace(traceEvents), fibers: await page.evaluate(countFibers) };
  } finally {
    await context.close();
  }
}

/**
 * The fibers of the page's React root: what hydration had to build. Read
 * from React's own key on the document (`__reactContainer$…`, a benchmark may
 * look at internals a test should not), walking child and sibling links.
 */
function countFibers(): number {
  type Fiber = { child: Fiber | null; sibling: Fiber | null };
  const key = Object.keys(document).find((name) => name.startsWith("__reactContainer$"));
  const root = key ? (document as unknown as Record<string, Fiber | undefined>)[key] : undefined;
  let count = 0;
  const stack: Fiber[] = root ? [root] : [];
  for (let fiber = stack.pop(); fiber; fiber = stack.pop()) {
    count += 1;
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  return count;
}

/** One load in a fresh browser, so nothing is cached or compiled ahead. */
async function traceInFreshBrowser(url: string): Promise<MainThreadSample> {
  const browser = await launchChromium();
  try {
    return await traceLoad(browser, url);
  } finally {
    await browser.close();
  }
}

/** Every figure of a load, each computed by `figure`. */
function eachFigure(figure: (key: keyof MainThreadSample) => number): MainThreadSample {
  return {
    fibers: figure("fibers"),
    totalMs: figure("totalMs"),
    blockingMs: figure("blockingMs"),
    longestTaskMs: figure("longestTaskMs"),
    tasks: figure("tasks"),
    script: figure("script"),
    style: figure("style"),
    layout: figure("layout"),
    layoutObjects: figure("layoutObjects"),
    paint: figure("paint"),
    parse: figure("parse"),
    other: figure("other"),
  };
}

/** `runs` loads of each URL, the URLs in turn; medians per figure. */
export async function measureMainThread(urls: readonly string[], runs: number): Promise<MainThreadFigures[]> {
  const loads = await inTurns(urls, runs, traceInFreshBrowser);
  return urls.map((url, index) => {
    const each = loads[index] ?? [];
    return {
      url,
      runs: each.length,
      ...eachFigure((key) => round(median(each.map((load) => load[key])), 1)),
      each: each.map((load) => eachFigure((key) => round(load[key], 1))),
    };
  });
}
