import { deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, hydrated, isLocal, settle, test } from "./helpers";

/**
 * Issue #21: the note body ships as one HTML string, not as a React tree to
 * hydrate; its islands find their elements in it. And remote images whose size
 * nobody knows get a box before they arrive, so arriving late moves nothing.
 */
const WEEK = "/weeks/week-08";

/** Attributes only the note's own elements carry (lib/dom-contract). */
const NOTE_ONLY = ["data-copy-id", "data-image-section", "data-lecture-tasks", "data-copy-code"] as const;

test.describe("the note body is one element to React", () => {
  test("its elements are HTML in the RSC payload and carry no React fiber once hydrated", async ({ page }) => {
    await page.goto(WEEK);
    await settle(page);
    const article = page.locator("article.note");
    // The RSC payload as the HTML carries it: the strings of `self.__next_f.push([1, "…"])`.
    const html = await (await page.request.get(WEEK)).text();
    const payload = [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/gu)]
      .map((match) => JSON.parse(match[1] ?? "[]") as unknown[])
      .map((row) => (typeof row[1] === "string" ? row[1] : ""))
      .join("");
    expect(payload.length).toBeGreaterThan(0);
    // In the payload the note is one prop of one element (its HTML, in a text row of its own), not elements with props of their own.
    expect(payload).toMatch(/"className":"note","dangerouslySetInnerHTML":\{"__html":"\$[0-9a-z]+"\}/u);
    for (const name of NOTE_ONLY) {
      expect(payload, `${name} as an attribute inside the HTML string`).toContain(`${name}="`);
      expect(payload, `${name} as a React prop`).not.toContain(`"${name}":`);
    }
    // Counting: the article is hydrated (React holds it), none of the hundreds of elements in it is.
    const counts = await article.evaluate((element) => {
      const fiber = (node: Element) => Object.keys(node).some((key) => key.startsWith("__reactFiber"));
      const inside = [...element.querySelectorAll("*")];
      return { article: fiber(element), elements: inside.length, withFiber: inside.filter(fiber).length };
    });
    expect(counts.article).toBe(true);
    expect(counts.elements).toBeGreaterThan(300);
    expect(counts.withFiber).toBe(0);
  });

  test("reads the same with JavaScript off: code blocks, tables, tasks and progress are in the HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route("**/*", (route) => (isLocal(route.request().url()) ? route.fallback() : route.abort("blockedbyclient")));
    await page.goto(WEEK);
    await expect(page.getByRole("button", { name: /코드 복사/ }).first()).toBeVisible();
    await expect(page.locator("figure.code-block pre").first()).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "(2강) MLOPs 개론 진행률" })).toHaveAttribute("aria-valuenow", "0");
    await expect(page.locator("input.task-checkbox").first()).toBeEnabled();
    await context.close();
  });

  test("the week page comes in Brotli when the client takes it, gzip otherwise", async ({ request }) => {
    const brotli = await request.get(WEEK, { headers: { "accept-encoding": "br, gzip" } });
    expect(brotli.headers()["content-encoding"]).toBe("br");
    expect(await brotli.text()).toContain('class="note"');
    const gzip = await request.get(WEEK, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
  });
});

/** A PNG of one colour, `width` x `height`: images of real sizes, so their arrival could move the page. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Layout shifts not caused by input, from the start of the page: what CLS adds up. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
    // What moved, so a failure says where to look: an element, or a text and the element it is in.
    const describe = (node: Node | null): string => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      const where = element?.closest("#toc") ? "toc: " : "";
      return where + what(node);
    };
    const what = (node: Node | null): string => {
      if (node instanceof Element) return `${node.tagName}#${node.id}.${[...node.classList].join(".")}`;
      const parent = node?.parentElement;
      return `"${(node?.textContent ?? "").slice(0, 30)}" in ${parent ? `${parent.tagName}#${parent.id}.${[...parent.classList].join(".")}` : "?"}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map(({ node }) => describe(node)) });
      }
    }).observe({ type: "layout-shift", buffered: true });
    Object.assign(window, { layoutShifts: shifts });
  });
}

const LATE_MS = 2500;
const SIZES = [png(1200, 800), png(300, 900), png(640, 360)] as const;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`remote images arriving ${LATE_MS} ms late move nothing at ${viewport.width} px, on load and while scrolling`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    let served = 0;
    let answered = 0;
    await page.route(/^https:\/\/user-images\.githubusercontent\.com\//u, async (route) => {
      const body = SIZES[served++ % SIZES.length] ?? SIZES[0];
      await new Promise((resolve) => setTimeout(resolve, LATE_MS));
      await route.fulfill({ status: 200, contentType: "image/png", body }).catch(() => undefined);
      answered += 1;
    });
    await recordShifts(page);
    await page.goto(WEEK);
    await hydrated(page);
    // Down the whole note a screen at a time, as a reader scrolls, so every lazy image is asked for and arrives late.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += viewport.height * 0.8) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(150);
    }
    // Every image asked for has been answered, however long the machine took.
    await expect.poll(() => answered, { message: "late images answered", timeout: LATE_MS * 4 + 10_000 }).toBe(served);
    await page.waitForLoadState("networkidle");
    const loaded = await page
      .locator("article img")
      .evaluateAll((images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 1).length);
    expect(served, "remote images asked for").toBeGreaterThan(5);
    expect(loaded, "images that arrived").toBeGreaterThan(5);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
    // The TOC column's entry in view turns bold (globals.css), which reflows its own line: not the images'
    // doing, reported to the coordinator (about 1e-4 in all at 1280 px) and left out here.
    const tocOnly = (shift: { sources: string[] }) => shift.sources.every((source) => source.startsWith("toc: "));
    test.info().annotations.push({ type: "TOC shifts", description: JSON.stringify(shifts.filter(tocOnly)) });
    const moved = shifts.filter((shift) => !tocOnly(shift));
    expect(moved, JSON.stringify(moved)).toEqual([]);
  });
}
