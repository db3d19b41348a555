/**
 * Lighthouse 12 (mobile preset: the default config, simulated throttling),
 * median of N runs per URL, in Debian's Chromium.
 *
 * Foreign images: Lighthouse is handed a Puppeteer page whose requests are
 * intercepted (Fetch domain), so the notes' remote pictures are answered with
 * the local fixture image and anything else foreign is refused; the HTML is
 * not touched. This works offline, needs no certificates or proxy, and
 * Lighthouse sees the image requests as ordinary network records.
 */
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { FIXTURE_IMAGE, IMAGE_HEADERS, isLocal } from "./fixtures";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../tests/chromium";
import { inTurns, median, round } from "./lib/stats";

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
  /** Each run's figures, for judging the noise. */
  each: { performance: number; tbtMs: number; lcpMs: number }[];
};

type Run = Omit<LighthouseFigures, "url" | "runs" | "each">;

async function runOnce(url: string): Promise<Run> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_EXECUTABLE, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (isLocal(request.url())) return void request.continue();
      if (request.resourceType() === "image") {
        return void request.respond({ status: 200, headers: { ...IMAGE_HEADERS }, body: FIXTURE_IMAGE });
      }
      return void request.abort();
    });
    const result = await lighthouse(
      url,
      { output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
      undefined,
      page,
    );
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    const score = (id: string) => round((lhr.categories[id]?.score ?? 0) * 100, 0);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing: string[] = [];
    for (const id of ["accessibility", "best-practices", "seo"]) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${id}:${ref.id}`);
      }
    }
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      failing,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse `runs` times on each URL, each run in a fresh browser, the URLs
 * in turn. Every figure is the median of its own values, per URL.
 */
export async function measureLighthouse(urls: readonly string[], runs: number): Promise<LighthouseFigures[]> {
  const results = await inTurns(urls, runs, runOnce);
  return urls.map((url, index) => summarize(url, results[index] ?? []));
}

function summarize(url: string, results: Run[]): LighthouseFigures {
  const runs = results.length;
  const pick = (key: keyof Omit<Run, "failing">) => median(results.map((run) => run[key]));
  const counts = new Map<string, number>();
  for (const run of results) for (const id of run.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
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
    failing: [...counts].map(([id, count]) => `${id} (${count}/${runs})`),
    each: results.map((run) => ({ performance: run.performance, tbtMs: round(run.tbtMs, 0), lcpMs: round(run.lcpMs, 0) })),
  };
}
