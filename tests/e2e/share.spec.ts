import { expect, expectNoAxeViolations, settle, test, useTheme } from "./helpers";

test.describe("shareable links", () => {
  test("the (3강) copy button puts the section's URL on the clipboard and says so", async ({ page, context, consoleProblems }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/weeks/week-08");
    await settle(page);
    const button = page.getByRole("button", { name: "(3강) MLOPs Serving 링크 복사" });
    await button.hover();
    await button.click();
    await expect(page.getByRole("status").filter({ hasText: "링크를 복사했습니다" })).toBeVisible();
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
    await page.goto("/weeks/week-08#없는-섹션");
    await settle(page);
    await expect(page.getByText("요청한 섹션을 찾을 수 없습니다")).toBeVisible();
    await useTheme(page, "light");
    await expectNoAxeViolations(page, "week-08 with the not-found hint (light)");
    await useTheme(page, "dark");
    await expectNoAxeViolations(page, "week-08 with the not-found hint (dark)");
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
