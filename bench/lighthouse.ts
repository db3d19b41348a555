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
import { type LighthouseFigures, type Run, summarize } from "./lib/lighthouse-runs";
import { inTurns, round } from "./lib/stats";

export type { LighthouseFigures } from "./lib/lighthouse-runs";

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
    if (lhr.runtimeError) return { kind: "unmeasured", reason: lhr.runtimeError.code };
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
      kind: "measured",
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: numeric("largest-contentful-paint"),
        tbtMs: numeric("total-blocking-time"),
        cls: numeric("cumulative-layout-shift"),
        failing,
      },
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
