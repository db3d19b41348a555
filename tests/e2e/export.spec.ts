import type { Page } from "@playwright/test";
import { expect, settle, test } from "./helpers";

/**
 * The static export (`npm run export`, issue #23: "works with `npm start` and
 * with the static export"), run by `npm run test:export`
 * (playwright.export.config.ts): the fixture site exported to out/ and served
 * by a plain static file server (bench/static-server.ts), as any static host
 * would: no Next server, no per-request pages. Offline reading, the feed and
 * link previews are files there; this checks each one is written and works.
 */
const SITE_URL = process.env.EXPORT_SITE_URL ?? "https://notes.example.org";
const TRANSFORMER = "/weeks/obsidian-transformer";
const NOTICE = "오프라인 상태입니다 — 저장된 노트만 볼 수 있습니다";

async function waitUntilKept(page: Page): Promise<void> {
  await expect(page.locator("[data-offline-ready]")).toBeAttached({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(/\/sw\.js$/u);
}

type Feed = { error: string | null; root: string; self: (string | null)[]; entries: { id: string; title: string; links: (string | null)[] }[] };

/** The feed as the Atom namespace reads it, parsed by the browser's XML parser. */
async function parseFeed(page: Page, xml: string): Promise<Feed> {
  return page.evaluate((text) => {
    const ATOM = "http://www.w3.org/2005/Atom";
    const document = new DOMParser().parseFromString(text, "application/xml");
    const root = document.documentElement;
    const children = (parent: Element, name: string) =>
      Array.from(parent.children).filter((element) => element.namespaceURI === ATOM && element.localName === name);
    const text1 = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? "";
    return {
      error: document.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: `${root.namespaceURI ?? ""} ${root.localName}`,
      self: children(root, "link")
        .filter((link) => link.getAttribute("rel") === "self")
        .map((link) => link.getAttribute("href")),
      entries: children(root, "entry").map((entry) => ({
        id: text1(entry, "id"),
        title: text1(entry, "title"),
        links: children(entry, "link").map((link) => link.getAttribute("href")),
      })),
    };
  }, xml);
}

test.describe("the static export", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("/sw.js is a file of this build and registers at the root", async ({ page, request }) => {
    await page.goto(TRANSFORMER);
    const build = await page.locator("[data-build]").getAttribute("data-build");
    expect(build).toMatch(/^[\w-]+$/u);
    expect(build).not.toBe("development");
    const response = await request.get("/sw.js");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/javascript/u);
    expect(await response.text()).toContain(`const BUILD_ID = ${JSON.stringify(build)};`);
    await settle(page);
    await waitUntilKept(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.scope ?? null))).toBe(
      new URL("/", page.url()).href,
    );
  });

  test("a note opened once opens again with the network off, with the offline notice", async ({ page, context }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    await waitUntilKept(page);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(NOTICE)).toBeVisible();
    // A page never opened gets the worker's own offline page, not the browser's error.
    await page.goto("/weeks/obsidian-attention");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("오프라인 상태입니다");
    await context.setOffline(false);
  });

  test("/feed.xml parses as Atom, every address absolute from SITE_URL", async ({ page, request }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    await page.goto("/");
    const feed = await parseFeed(page, await response.text());
    expect(feed.error).toBeNull();
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.self).toEqual([`${SITE_URL}/feed.xml`]);
    expect(feed.entries.length).toBeGreaterThan(5);
    for (const entry of feed.entries) {
      expect(entry.id.startsWith(`${SITE_URL}/weeks/`), entry.id).toBe(true);
      expect(entry.links).toEqual([entry.id]);
    }
  });

  test("every note and folder page in the sitemap has its link preview file", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    // Pages at /weeks/<slug> (a lecture's page, one level down, shares its note's file); Korean slugs percent-encoded.
    const slugs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)]
      .map((match) => match[1] ?? "")
      .flatMap((loc) => {
        expect(loc.startsWith(`${SITE_URL}/`), loc).toBe(true);
        return /^\/weeks\/([^/]+)$/u.exec(new URL(loc).pathname)?.[1] ?? [];
      });
    expect(slugs.length).toBeGreaterThan(20);
    expect(
      slugs.some((slug) => decodeURIComponent(slug) !== slug),
      "a Korean slug among them",
    ).toBe(true);
    for (const slug of slugs) {
      // Fetched on a reader's first hover over a link to the page (app/previews/[file]/route.ts).
      const preview = await request.get(`/previews/${slug}.json`);
      expect(preview.status(), `/previews/${slug}.json`).toBe(200);
      const data = (await preview.json()) as { title?: unknown; excerpt?: unknown };
      expect(typeof data.title === "string" && data.title.length > 0, slug).toBe(true);
      expect(typeof data.excerpt, slug).toBe("string");
    }
  });

  test("hovering a link to another note shows its preview card", async ({ page, consoleProblems }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    const link = page.locator("article.note a", { hasText: "셀프 어텐션" });
    await link.hover();
    const card = page.getByRole("tooltip");
    await expect(card).toBeVisible();
    await expect(card).toContainText("Self-Attention");
    await expect(card).toContainText("한 문장 안의 단어들이 서로를 본다.");
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    expect(consoleProblems).toEqual([]);
  });
});
