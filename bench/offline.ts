/**
 * What the service worker (issue #23, offline reading) costs a first visit:
 * the week page loaded in a fresh browser (cold cache, nothing compiled
 * ahead), once with service workers allowed and once with them blocked
 * (Playwright's `serviceWorkers: "block"`: `register()` does nothing, so the
 * page does all it would do without offline reading), in turns, `pairs` times.
 *
 * Each visit is traced (bench/lib/trace.ts, thread time) from navigation
 * until the worker has kept the page (`[data-offline-ready]`) or, blocked,
 * until the page tried to register it, and the network is quiet. Requests,
 * bytes and main-thread work are split at the page's `load` event (the worker
 * is meant to cost nothing before it); main-thread work also at the page's
 * call to `register`: before it, both modes run the same code, and after it
 * is what keeping the page for offline reading costs. Bytes are what crossed
 * the wire (headers and encoded bodies), the worker's own fetches included;
 * answers from the worker's or the HTTP cache are not counted.
 *
 * Unlike the other browser figures, the HTTP cache stays on, as in a
 * reader's browser: the worker fetches the files the page already loaded to
 * keep them, and Playwright's request routing would turn the cache off
 * (every such fetch would go to the server again). Foreign requests are
 * answered through Chromium's Fetch domain instead, for `https:` addresses
 * only (the local server is `http:`, so none of its requests wait on the
 * benchmark), and a host resolver rule makes any other foreign address fail.
 */
import os from "node:os";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../tests/chromium";
import { FIXTURE_IMAGE, IMAGE_HEADERS } from "./fixtures";
import { medianFigures, type NetworkRequest, splitAtLoad } from "./lib/first-visit";
import { inTurns } from "./lib/stats";
import { LIGHTHOUSE_MOBILE } from "./routes";
import { loadEventTs, summarizeTrace, type TraceEvent } from "./lib/trace";

export type FirstVisit = {
  /** Largest contentful paint, ms after navigation start (no throttling). */
  lcpMs: number;
  /** The `load` event, ms after navigation start. */
  loadMs: number;
  requestsBeforeLoad: number;
  bytesBeforeLoad: number;
  requestsAfterLoad: number;
  bytesAfterLoad: number;
  /** Main-thread CPU (thread time), split at `load`; blocking as bench/main-thread.ts counts it (4x, above 50 ms). */
  scriptBeforeLoadMs: number;
  blockingBeforeLoadMs: number;
  totalBeforeLoadMs: number;
  scriptAfterLoadMs: number;
  blockingAfterLoadMs: number;
  totalAfterLoadMs: number;
  /** Main-thread CPU split at the page's `register` call: the same code before it in both modes; after it, keeping the page. */
  scriptBeforeRegisterMs: number;
  blockingBeforeRegisterMs: number;
  scriptFromRegisterMs: number;
  blockingFromRegisterMs: number;
  totalFromRegisterMs: number;
  /** ms after `load` when the page called `navigator.serviceWorker.register` (null: never, e.g. blocked). */
  registerAfterLoadMs: number | null;
  /** ms after `load` when the worker was active (`navigator.serviceWorker.ready`); null when it never was. */
  activeAfterLoadMs: number | null;
};

export type FirstVisitFigures = Record<keyof FirstVisit, number | null>;

export type OfflineFigures = {
  /** When these visits ran: `--only=offline` merges them into a results file measured at another time. */
  date: string;
  loadAverage: { start: number[]; end: number[] };
  url: string;
  pairs: number;
  worker: FirstVisitFigures;
  noWorker: FirstVisitFigures;
  each: { worker: FirstVisit[]; noWorker: FirstVisit[] };
};

const KEYS = [
  "lcpMs",
  "loadMs",
  "requestsBeforeLoad",
  "bytesBeforeLoad",
  "requestsAfterLoad",
  "bytesAfterLoad",
  "scriptBeforeLoadMs",
  "blockingBeforeLoadMs",
  "totalBeforeLoadMs",
  "scriptAfterLoadMs",
  "blockingAfterLoadMs",
  "totalAfterLoadMs",
  "scriptBeforeRegisterMs",
  "blockingBeforeRegisterMs",
  "scriptFromRegisterMs",
  "blockingFromRegisterMs",
  "totalFromRegisterMs",
  "registerAfterLoadMs",
  "activeAfterLoadMs",
] as const satisfies readonly (keyof FirstVisit)[];

type Marks = { registerAt: number | null; activeAt: number | null; lcp: number };

/** The user timing mark `instrument` sets at the `register` call, found again in the trace. */
const REGISTER_MARK = "bench-offline:register";

/**
 * Runs in the page before its own scripts: notes when `register` is called
 * and when a worker is active, and the largest contentful paint. Wraps the
 * prototype, where Playwright's blocking puts its own `register`, so both
 * modes are timed alike.
 */
function instrument(registerMark: string): void {
  const marks: Marks = { registerAt: null, activeAt: null, lcp: 0 };
  Object.defineProperty(window, "__benchOffline", { value: marks });
  const prototype = window.ServiceWorkerContainer?.prototype;
  if (prototype) {
    const register = prototype.register;
    prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<ServiceWorkerContainer["register"]>) {
      if (marks.registerAt === null) marks.registerAt = performance.mark(registerMark).startTime;
      return register.apply(this, args);
    };
    void navigator.serviceWorker.ready.then(() => {
      marks.activeAt = performance.now();
    });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
}

function readMarks(page: Page): Promise<Marks & { loadMs: number; loadAt: number }> {
  return page.evaluate(() => {
    const marks = (window as unknown as { __benchOffline: Marks }).__benchOffline;
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    const loadMs = navigation?.loadEventStart ?? Number.NaN;
    return { ...marks, loadMs, loadAt: performance.timeOrigin + loadMs };
  });
}

/**
 * Every request that went to the network, the worker's own included. Chromium
 * reports what came over the wire: nothing for an answer from the HTTP cache
 * (its body size is then minus its headers' size), so those are left out, as
 * are answers from the worker's cache; a revalidated page counts its 304's
 * headers. The worker script's own body is reported as 0: its decoded length stands in.
 */
async function networkRequests(finished: readonly Request[]): Promise<NetworkRequest[]> {
  const requests: NetworkRequest[] = [];
  for (const request of finished) {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) continue;
    const sizes = await request.sizes();
    let bytes = sizes.responseHeadersSize + sizes.responseBodySize;
    if (bytes <= 0) continue;
    if (sizes.responseBodySize === 0 && new URL(request.url()).pathname === "/sw.js") bytes += (await response.body()).length;
    requests.push({ startedAt: request.timing().startTime, bytes });
  }
  return requests;
}

/** Foreign `https:` requests answered as bench/fixtures.ts says (images: the local pixel; anything else refused), with the HTTP cache left on. */
async function answerForeignRequests(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  session.on("Fetch.requestPaused", (event) => {
    const answer =
      event.resourceType === "Image"
        ? session.send("Fetch.fulfillRequest", {
            requestId: event.requestId,
            responseCode: 200,
            responseHeaders: Object.entries(IMAGE_HEADERS).map(([name, value]) => ({ name, value })),
            body: FIXTURE_IMAGE.toString("base64"),
          })
        : session.send("Fetch.failRequest", { requestId: event.requestId, errorReason: "BlockedByClient" });
    answer.catch(() => undefined);
  });
  await session.send("Fetch.enable", { patterns: [{ urlPattern: "https://*" }] });
}

/** Lighthouse's mobile device, as bench/routes.ts's offlineMobileContext, without its request routing. */
async function newVisitPage(browser: Browser, worker: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...LIGHTHOUSE_MOBILE, serviceWorkers: worker ? "allow" : "block" });
  await context.addInitScript(instrument, REGISTER_MARK);
  const page = await context.newPage();
  await answerForeignRequests(context, page);
  return { context, page };
}

async function visit(browser: Browser, url: string, worker: boolean): Promise<FirstVisit> {
  const { context, page } = await newVisitPage(browser, worker);
  try {
    const finished: Request[] = [];
    context.on("requestfinished", (request) => finished.push(request));
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading", "v8", "blink.user_timing"],
    });
    await page.goto(url, { waitUntil: "load" });
    // The page registers after load and a quiet moment (components/site/OfflineStatus.tsx); then the worker keeps it.
    await page.waitForFunction(() => (window as unknown as { __benchOffline: Marks }).__benchOffline.registerAt !== null, undefined, {
      timeout: 30_000,
    });
    if (worker) await page.locator("[data-offline-ready]").waitFor({ state: "attached", timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const marks = await readMarks(page);
    const loadTs = loadEventTs(traceEvents);
    if (loadTs === null) throw new Error(`no load event in the trace of ${url}`);
    const registerTs = traceEvents.find((event) => event.name === REGISTER_MARK)?.ts;
    if (registerTs === undefined) throw new Error(`no register call in the trace of ${url}`);
    const before = summarizeTrace(traceEvents, { to: loadTs });
    const after = summarizeTrace(traceEvents, { from: loadTs });
    const beforeRegister = summarizeTrace(traceEvents, { to: registerTs });
    const fromRegister = summarizeTrace(traceEvents, { from: registerTs });
    const { beforeLoad, afterLoad } = splitAtLoad(await networkRequests(finished), marks.loadAt);
    const afterLoadEvent = (at: number | null) => (at === null ? null : at - marks.loadMs);
    return {
      lcpMs: marks.lcp,
      loadMs: marks.loadMs,
      requestsBeforeLoad: beforeLoad.requests,
      bytesBeforeLoad: beforeLoad.bytes,
      requestsAfterLoad: afterLoad.requests,
      bytesAfterLoad: afterLoad.bytes,
      scriptBeforeLoadMs: before.script,
      blockingBeforeLoadMs: before.blockingMs,
      totalBeforeLoadMs: before.totalMs,
      scriptAfterLoadMs: after.script,
      blockingAfterLoadMs: after.blockingMs,
      totalAfterLoadMs: after.totalMs,
      scriptBeforeRegisterMs: beforeRegister.script,
      blockingBeforeRegisterMs: beforeRegister.blockingMs,
      scriptFromRegisterMs: fromRegister.script,
      blockingFromRegisterMs: fromRegister.blockingMs,
      totalFromRegisterMs: fromRegister.totalMs,
      registerAfterLoadMs: afterLoadEvent(marks.registerAt),
      activeAfterLoadMs: afterLoadEvent(marks.activeAt),
    };
  } finally {
    await context.close();
  }
}

async function visitInFreshBrowser(url: string, worker: boolean): Promise<FirstVisit> {
  // Whatever the Fetch domain does not see (a foreign `http:` address) fails to resolve: nothing leaves this machine.
  const guard = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS, guard] });
  try {
    return await visit(browser, url, worker);
  } finally {
    await browser.close();
  }
}

/** `pairs` first visits of `url` with the worker and without, in turns; medians per figure. */
export async function measureOffline(url: string, pairs: number): Promise<OfflineFigures> {
  const date = new Date().toISOString();
  const start = os.loadavg();
  const [worker = [], noWorker = []] = await inTurns([true, false], pairs, (allowed) => visitInFreshBrowser(url, allowed));
  return {
    date,
    loadAverage: { start, end: os.loadavg() },
    url,
    pairs,
    worker: medianFigures(worker, KEYS),
    noWorker: medianFigures(noWorker, KEYS),
    each: { worker, noWorker },
  };
}
