/**
 * What Chromium actually downloads for a route: the document, every script
 * and stylesheet fetched until the network is idle (lazily loaded islands
 * that load on their own included), with decoded ("raw") sizes, the bytes
 * on the wire, and gzip -9 of each body (the same measure the budget test uses,
 * independent of the server's compression settings). Mobile viewport, like
 * Lighthouse's default; foreign images come from the local fixture.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../tests/chromium";
import { FIXTURE_IMAGE, IMAGE_HEADERS, isLocal } from "./fixtures";

export type RouteFigures = {
  route: string;
  htmlBytes: number;
  htmlTransfer: number;
  /** The document at Brotli's best quality and gzip -9: what a host sending precompressed pages puts on the wire, whatever this server sent. */
  htmlBrotli: number;
  htmlGzip: number;
  jsRaw: number;
  jsGzip: number;
  jsTransfer: number;
  jsFiles: { url: string; raw: number; gzip: number }[];
  cssRaw: number;
  cssGzip: number;
  requests: number;
  failed: string[];
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}

function gzip(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Lighthouse's mobile device, as every browser the benchmark opens sees the page. */
export const LIGHTHOUSE_MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: "ko-KR",
} as const satisfies BrowserContextOptions;

/**
 * A phone-sized context (Lighthouse's mobile viewport) that never leaves the
 * loopback server: foreign images come from the local fixture, anything else
 * foreign is refused. `options` adds to the context's (bench/offline.ts blocks service workers).
 */
export async function offlineMobileContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...LIGHTHOUSE_MOBILE, ...options });
  await context.route("**/*", async (intercepted) => {
    const request = intercepted.request();
    if (isLocal(request.url())) return intercepted.continue();
    if (request.resourceType() === "image") return intercepted.fulfill({ status: 200, headers: IMAGE_HEADERS, body: FIXTURE_IMAGE });
    return intercepted.abort();
  });
  return context;
}

export async function measureRoute(browser: Browser, baseUrl: string, route: string): Promise<RouteFigures> {
  const context = await offlineMobileContext(browser);
  const page = await context.newPage();
  const figures: RouteFigures = {
    route,
    htmlBytes: 0,
    htmlTransfer: 0,
    htmlBrotli: 0,
    htmlGzip: 0,
    jsRaw: 0,
    jsGzip: 0,
    jsTransfer: 0,
    jsFiles: [],
    cssRaw: 0,
    cssGzip: 0,
    requests: 0,
    failed: [],
  };
  const pending: Promise<void>[] = [];
  page.on("requestfailed", (request) => figures.failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`));
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        figures.requests += 1;
        const response = await request.response();
        if (!response || !isLocal(request.url())) return;
        const type = request.resourceType();
        if (type !== "document" && type !== "script" && type !== "stylesheet") return;
        const body = await response.body();
        const transfer = (await request.sizes()).responseBodySize;
        if (type === "document") {
          figures.htmlBytes += body.length;
          figures.htmlTransfer += transfer;
          figures.htmlBrotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
          figures.htmlGzip += gzip(body);
        } else if (type === "script") {
          const size = gzip(body);
          figures.jsRaw += body.length;
          figures.jsGzip += size;
          figures.jsTransfer += transfer;
          figures.jsFiles.push({ url: new URL(request.url()).pathname, raw: body.length, gzip: size });
        } else {
          figures.cssRaw += body.length;
          figures.cssGzip += gzip(body);
        }
      })(),
    );
  });
  await page.goto(new URL(route, baseUrl).href, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  await context.close();
  figures.jsFiles.sort((a, b) => b.gzip - a.gzip);
  return figures;
}
