import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, settle, test, useTheme } from "./helpers";

/**
 * Records each message the copy toast shows while visible. The toast clears
 * itself after 2.5 s; on a busy machine the page can stall past that between
 * two polls of a visibility check, so the tests read this record instead.
 */
async function recordToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const toast = document.querySelector('.share-toast[role="status"]');
    if (!toast) throw new Error("the page has no copy toast");
    const shown: string[] = [];
    Object.assign(window, { shownToasts: shown });
    new MutationObserver(() => {
      const text = toast.textContent ?? "";
      if (text !== "" && toast.hasAttribute("data-visible")) shown.push(text);
    }).observe(toast, { childList: true, characterData: true, subtree: true, attributes: true });
  });
}

async function expectToast(page: Page, message: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shownToasts: string[] }).shownToasts), { message: `the toast "${message}"` })
    .toContain(message);
}

test.describe("shareable links", () => {
  test("the (3강) copy button puts the section's URL on the clipboard and says so", async ({ page, context, consoleProblems }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/weeks/week-08");
    await settle(page);
    await recordToasts(page);
    const button = page.getByRole("button", { name: "(3강) MLOPs Serving 링크 복사" });
    await button.hover();
    await button.click();
    await expectToast(page, "링크를 복사했습니다");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^http:\/\/localhost:\d+\/weeks\/week-08#lecture-3$/u);
    expect(consoleProblems).toEqual([]);
  });

  test("every note heading with an id has a copy button, and the heading reads as written", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const counts = await page.evaluate(() => {
      const headings = [...document.querySelectorAll(".note :is(h2, h3, h4, h5, h6)[id]")];
      return { headings: headings.length, withButton: headings.filter((heading) => heading.querySelector("button.heading-link")).length };
    });
    expect(counts.headings).toBeGreaterThan(10);
    expect(counts.withButton).toBe(counts.headings);
    await expect(page.locator("#lecture-3")).toHaveText("(3강) MLOPs Serving");
  });

  test("without the Clipboard API the URL is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    });
    await page.goto("/weeks/week-08");
    await settle(page);
    const button = page.getByRole("button", { name: "(2강) MLOPs 개론 링크 복사" });
    await button.focus();
    await button.press("Enter");
    const field = page.getByRole("dialog", { name: "링크 복사" }).getByRole("textbox");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/\/weeks\/week-08#lecture-2$/u);
    expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(
      await field.inputValue(),
    );
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "링크 복사" })).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  for (const hash of ["#lecture-3", "#3강-mlops-serving", `#${encodeURIComponent("3강-mlops-serving")}`]) {
    test(`opening ${hash} scrolls (3강) below the header`, async ({ page }) => {
      await page.goto(`/weeks/week-08${hash}`);
      await settle(page);
      const top = await page.locator("#lecture-3").evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(60);
      expect(top).toBeLessThan(200);
      await expect(page.getByText("요청한 섹션을 찾을 수 없습니다")).toHaveCount(0);
    });
  }

  test("a missing id scrolls to the top and offers the closest section", async ({ page }) => {
    await page.goto("/weeks/week-08#3강-mlops-servng");
    const hint = page.getByRole("status").filter({ hasText: "요청한 섹션을 찾을 수 없습니다" });
    await expect(hint).toBeVisible();
    const link = hint.getByRole("link");
    await expect(link).toHaveText("(3강) MLOPs Serving");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await link.click();
    await expect(hint).toHaveCount(0);
    await expect(page).toHaveURL(/#lecture-3$/u);
  });

  test("an image hash is left to the lightbox", async ({ page }) => {
    await page.goto("/weeks/week-08#lecture-5/image-1");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByText("요청한 섹션을 찾을 수 없습니다")).toHaveCount(0);
  });

  test("axe stays clean with the hint and copy buttons, light and dark", async ({ page }) => {
    // Two full-page axe runs: on a busy machine they outlast the default 30 s.
    test.slow();
    await page.goto("/weeks/week-08#없는-섹션");
    await settle(page);
    await expect(page.getByText("요청한 섹션을 찾을 수 없습니다")).toBeVisible();
    await useTheme(page, "light");
    await expectNoAxeViolations(page, "week-08 with the not-found hint (light)");
    await useTheme(page, "dark");
    await expectNoAxeViolations(page, "week-08 with the not-found hint (dark)");
  });
});

test.describe("the copy menu of a lecture heading", () => {
  const SHARE_LOG = "__shareCalls";

  /** Gives the page a share sheet that only records what it was given (desktop Chromium on Linux has none). */
  async function stubShare(page: Page) {
    await page.addInitScript((key) => {
      const calls: unknown[] = [];
      Object.defineProperty(window, key, { value: calls });
      Object.defineProperty(navigator, "share", { value: async (data: unknown) => void calls.push(data), configurable: true });
    }, SHARE_LOG);
  }

  test("after copying the #id link, the menu copies the (2강) preview page URL", async ({ page, context, consoleProblems }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/weeks/week-08");
    await settle(page);
    await recordToasts(page);
    const button = page.getByRole("button", { name: "(2강) MLOPs 개론 링크 복사" });
    await button.hover();
    await button.click();
    // The copy runs once the menu's code has loaded: wait for its announcement before reading the clipboard.
    await expectToast(page, "링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/weeks\/week-08#lecture-2$/u);
    const menu = page.getByRole("menu", { name: "(2강) MLOPs 개론 다른 링크" });
    await expect(menu).toBeVisible();
    // Without a share sheet the menu holds the preview link alone.
    await expect(menu.getByRole("menuitem")).toHaveText(["미리보기 링크 복사"]);
    await menu.getByRole("menuitem", { name: "미리보기 링크 복사" }).click();
    await expectToast(page, "미리보기 링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/localhost:\d+\/weeks\/week-08\/lecture-2$/u);
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(consoleProblems).toEqual([]);
  });

  test("is operated by keyboard: Enter copies and opens it, arrows move, Escape and Tab close it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await stubShare(page);
    await page.goto("/weeks/week-08");
    await settle(page);
    await recordToasts(page);
    const button = page.getByRole("button", { name: "(3강) MLOPs Serving 링크 복사" });
    const menu = page.getByRole("menu", { name: "(3강) MLOPs Serving 다른 링크" });
    const preview = menu.getByRole("menuitem", { name: "미리보기 링크 복사" });
    const share = menu.getByRole("menuitem", { name: "공유…" });

    await button.focus();
    await page.keyboard.press("Enter");
    await expectToast(page, "링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/weeks\/week-08#lecture-3$/u);
    await expect(preview).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(share).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(preview).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(share).toBeFocused();
    await page.keyboard.press("Home");
    await expect(preview).toBeFocused();
    await page.keyboard.press("End");
    await expect(share).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();

    // ArrowDown on the button opens the menu without copying; "공유…" hands the preview page to the share sheet.
    await page.evaluate(() => navigator.clipboard.writeText("untouched"));
    await page.keyboard.press("ArrowDown");
    await expect(preview).toBeFocused();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("untouched");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    const calls = await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], SHARE_LOG);
    expect(calls).toEqual([{ title: "(3강) MLOPs Serving", url: expect.stringMatching(/\/weeks\/week-08\/lecture-3$/u) }]);

    // Space copies like Enter; Tab leaves the menu and goes on past the button.
    await page.keyboard.press("Space");
    await expect(preview).toBeFocused();
    await page.keyboard.press("Space");
    await expectToast(page, "미리보기 링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/weeks\/week-08\/lecture-3$/u);
    await expect(button).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(preview).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(menu).toHaveCount(0);
    expect(await button.evaluate((element) => element !== document.activeElement && document.activeElement !== document.body)).toBe(true);
  });

  test("a click elsewhere closes it, and a heading without a section page has no menu", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/weeks/week-08");
    await settle(page);
    await recordToasts(page);
    await page.getByRole("button", { name: "(2강) MLOPs 개론 링크 복사" }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await page.locator("#lecture-2").click({ position: { x: 4, y: 4 } });
    await expect(page.getByRole("menu")).toHaveCount(0);

    const contents = page.getByRole("button", { name: "Contents 링크 복사" });
    await contents.focus();
    await page.keyboard.press("Enter");
    await expectToast(page, "링크를 복사했습니다");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/weeks\/week-08#contents$/u);
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(contents).toBeFocused();
  });

  test("axe stays clean with the menu open, light and dark", async ({ page, context }) => {
    // Two full-page axe runs: on a busy machine they outlast the default 30 s.
    test.slow();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await stubShare(page);
    await page.goto("/weeks/week-08");
    await settle(page);
    const button = page.getByRole("button", { name: "(2강) MLOPs 개론 링크 복사" });
    const openMenu = async () => {
      await button.focus();
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("menu").getByRole("menuitem")).toHaveCount(2);
    };
    await useTheme(page, "light");
    await openMenu();
    await expectNoAxeViolations(page, "week-08 with the copy menu open (light)");
    await page.keyboard.press("Escape");
    await useTheme(page, "dark");
    await openMenu();
    await expectNoAxeViolations(page, "week-08 with the copy menu open (dark)");
  });
});

test.describe("section pages and site metadata", () => {
  test("/weeks/week-08/lecture-2 has its own title, description and cards, and links to the full note", async ({ page, request }) => {
    await page.goto("/weeks/week-08/lecture-2");
    await expect(page).toHaveTitle(/\(2강\) MLOPs 개론/u);
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    expect(await meta('meta[property="og:title"]')).toContain("(2강) MLOPs 개론");
    expect(await meta('meta[name="description"]')).toContain("MLOps가 필요한 이유");
    expect(await meta('meta[property="og:description"]')).toContain("MLOps가 필요한 이유");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(/\/weeks\/week-08\/lecture-2\/opengraph-image/u);
    await expect(page.getByRole("link", { name: "전체 노트 보기" }).first()).toHaveAttribute("href", "/weeks/week-08#lecture-2");

    const png = await request.get(new URL(image ?? "", page.url()).pathname + new URL(image ?? "", page.url()).search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    // PNG IHDR: width and height, big-endian, at bytes 16-23.
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test("the HTML of /weeks/week-08 carries Week 8's own cards and canonical link", async ({ request }) => {
    const response = await request.get("/weeks/week-08");
    expect(response.status()).toBe(200);
    const head = headTags(await response.text());
    expect(head.meta("og:title")).toContain("Week 8");
    expect(head.meta("og:title")).toContain("AI 서비스 개발 기초");
    expect(head.meta("og:description")).toContain("MLOps 개론부터 모델 서빙");
    expect(head.meta("og:description")).toBe(head.meta("description"));
    expect(head.meta("og:type")).toBe("article");
    expect(new URL(head.meta("og:url") ?? "").pathname).toBe("/weeks/week-08");
    expect(new URL(head.meta("og:image") ?? "").pathname).toBe("/weeks/week-08/opengraph-image");
    expect(head.meta("twitter:card")).toBe("summary_large_image");
    expect(head.meta("twitter:title")).toBe(head.meta("og:title"));
    expect(head.meta("twitter:description")).toBe(head.meta("og:description"));
    expect(new URL(head.canonical() ?? "").pathname).toBe("/weeks/week-08");
  });

  test("the HTML of /weeks/week-08/lecture-2 has its own og:url, canonical and card, and its og:image is a 1200x630 PNG", async ({ request }) => {
    const head = headTags(await (await request.get("/weeks/week-08/lecture-2")).text());
    expect(head.meta("og:title")).toContain("(2강) MLOPs 개론");
    expect(head.meta("og:description")).toContain("MLOps가 필요한 이유");
    expect(new URL(head.meta("og:url") ?? "").pathname).toBe("/weeks/week-08/lecture-2");
    expect(new URL(head.canonical() ?? "").pathname).toBe("/weeks/week-08/lecture-2");
    expect(head.meta("twitter:card")).toBe("summary_large_image");
    expect(head.meta("twitter:title")).toContain("(2강) MLOPs 개론");
    const image = new URL(head.meta("og:image") ?? "");
    expect(image.pathname).toBe("/weeks/week-08/lecture-2/opengraph-image");
    expect(head.meta("twitter:image")).toBe(head.meta("og:image"));
    const png = await request.get(image.pathname + image.search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The first chunk is IHDR: its width and height, big-endian, at bytes 16-23.
    expect(body.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test("an unknown section answers 404", async ({ request }) => {
    expect((await request.get("/weeks/week-08/no-such-lecture")).status()).toBe(404);
  });

  test("sitemap.xml lists every week and section page, each answering 200", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1] ?? "");
    expect(urls.some((url) => url.endsWith("/weeks/week-08"))).toBe(true);
    expect(urls.some((url) => url.endsWith("/weeks/week-08/lecture-2"))).toBe(true);
    for (const url of urls) {
      const { pathname } = new URL(url);
      expect((await request.get(pathname)).status(), pathname).toBe(200);
    }
    expect(await (await request.get("/robots.txt")).text()).toContain("sitemap.xml");
    expect((await request.get("/manifest.webmanifest")).status()).toBe(200);
  });
});

/** The `<meta>` and canonical `<link>` tags of a page's HTML, read without a browser (as a link preview bot does). */
function headTags(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const attributes = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/gu)].map(([, name = "", value = ""]) => [name.toLowerCase(), unescapeHtml(value)]));
  const tags = [...head.matchAll(/<(?:meta|link)\b[^>]*>/gu)].map((match) => attributes(match[0]));
  return {
    /** The content of `<meta property=…>` or `<meta name=…>`; null when missing. */
    meta: (key: string) => tags.find((tag) => tag.property === key || tag.name === key)?.content ?? null,
    canonical: () => tags.find((tag) => tag.rel === "canonical")?.href ?? null,
  };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/gu, '"')
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}
