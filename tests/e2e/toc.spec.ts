import { expect, test } from "./helpers";

test.describe("lecture TOC", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("marks the lecture being read with aria-current while scrolling", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const toc = page.getByRole("navigation", { name: "강의 목차" });
    await page.locator("#lecture-3").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(toc.locator('a[href="#lecture-3"]')).toHaveAttribute("aria-current", "location");
    await expect(toc.locator("a[aria-current]")).toHaveCount(1);
    await page.locator("#lecture-4").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(toc.locator('a[href="#lecture-4"]')).toHaveAttribute("aria-current", "location");
    await expect(toc.locator('a[href="#lecture-3"]')).not.toHaveAttribute("aria-current", "location");
  });

  test("a TOC click lands on the lecture and replaces the hash without a history entry", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/weeks/week-08");
    const before = await page.evaluate(() => window.history.length);
    await page.getByRole("navigation", { name: "강의 목차" }).locator('a[href="#lecture-8"]').click();
    await expect(page).toHaveURL(/#lecture-8$/u);
    await expect(page.locator("#lecture-8")).toBeInViewport();
    expect(await page.evaluate(() => window.history.length)).toBe(before);
  });

  test("a deep link opens below the sticky header, GitHub ids too", async ({ page }) => {
    for (const hash of ["#lecture-3", "#3강-mlops-serving", "#3%EA%B0%95-mlops-serving"]) {
      await page.goto(`/weeks/week-08${hash}`);
      const heading = page.getByRole("heading", { name: "(3강) MLOPs Serving" });
      await expect(heading).toBeInViewport();
      const headerBottom = await page.locator("body > header").evaluate((header) => header.getBoundingClientRect().bottom);
      const headingTop = await heading.evaluate((element) => element.getBoundingClientRect().top);
      expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
    }
  });
});

test.describe("lecture navigation", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the TOC lists 10 Course entries, 5 특강 entries and 논문 스터디, each landing on an element", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const toc = page.getByRole("navigation", { name: "강의 목차" });
    const hrefs = await toc.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.filter((href) => href?.startsWith("#lecture-"))).toHaveLength(10);
    expect(hrefs.filter((href) => href?.startsWith("#special-"))).toHaveLength(5);
    expect(hrefs).toContain("#논문-스터디---about-diffusion-model");
    await expect(toc.locator('a[href="#special-2"]')).toContainText("문지형");
  });

  test("(5강), (5강-실습) and (6강) land on the combined section; (7강) and 특강 on their no-notes sections", async ({ page }) => {
    await page.goto("/weeks/week-08");
    for (const id of ["lecture-5", "lecture-5-practice", "lecture-6"]) {
      const heading = page.locator(`[id="${id}"]`).locator("xpath=ancestor-or-self::h2[1]");
      await expect(heading).toContainText("(5강,6강)Notebook 베이스");
    }
    for (const id of ["lecture-7", "special-1"]) {
      await expect(page.locator(`[id="${id}"]`).locator("xpath=following-sibling::p[1]")).toHaveText("아직 정리된 노트가 없습니다.");
    }
    await expect(page.locator("#lecture-3")).toHaveText("(3강) MLOPs Serving");
  });

  test("the breadcrumb follows the lecture being read", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const crumbs = page.getByRole("navigation", { name: "현재 위치" });
    await expect(crumbs).toHaveText(/홈›Week 8$/u);
    await page.locator("#lecture-4").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(crumbs.locator('[aria-current="location"]')).toHaveText("(4강) 머신러닝 프로젝트 라이프 사이클");
  });

  test("] and [ move between lectures; ? opens the shortcut help", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/weeks/week-08#lecture-2");
    const toc = page.getByRole("navigation", { name: "강의 목차" });
    await expect(toc.locator('a[href="#lecture-2"]')).toHaveAttribute("aria-current", "location");
    await page.keyboard.press("]");
    await expect(page).toHaveURL(/#lecture-3$/u);
    await expect(toc.locator('a[href="#lecture-3"]')).toHaveAttribute("aria-current", "location");
    await page.keyboard.press("]");
    await page.keyboard.press("]");
    await expect(page).toHaveURL(/#lecture-5$/u);
    // (5강-실습) and (6강) share the combined section: the next lecture is (7강).
    await page.keyboard.press("]");
    await expect(page).toHaveURL(/#lecture-7$/u);
    await expect(toc.locator('a[href="#lecture-7"]')).toHaveAttribute("aria-current", "location");
    await page.keyboard.press("[");
    await expect(page).toHaveURL(/#lecture-5$/u);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "키보드 단축키" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("다음 강의로 이동");
    // While a dialog is open the page behind it does not move.
    await page.keyboard.press("]");
    await expect(page).toHaveURL(/#lecture-5$/u);
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
  });

  test("without JavaScript the TOC is plain working links", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto("/weeks/week-08");
    await page.getByRole("navigation", { name: "강의 목차" }).locator('a[href="#lecture-4"]').click();
    await expect(page).toHaveURL(/#lecture-4$/u);
    await expect(page.locator("#lecture-4")).toBeInViewport();
    await context.close();
  });
});

test.describe("lecture TOC drawer on phones", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("opens by touch, lands on a lecture and closes", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const open = page.getByRole("button", { name: "목차", exact: true });
    await open.tap();
    const drawer = page.getByRole("dialog", { name: "강의 목차" });
    await expect(drawer).toBeVisible();
    await expect(open).toHaveAttribute("aria-expanded", "true");
    await drawer.locator('a[href="#lecture-3"]').tap();
    await expect(drawer).toBeHidden();
    await expect(page.locator("#lecture-3")).toBeInViewport();
  });

  test("works by keyboard: focus stays inside, Escape closes and returns focus, the page stays put", async ({ page }) => {
    await page.goto("/weeks/week-08#lecture-2");
    const open = page.getByRole("button", { name: "목차", exact: true });
    await open.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await page.keyboard.press("Enter");
    const drawer = page.getByRole("dialog", { name: "강의 목차" });
    await expect(drawer).toBeVisible();
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press("Tab");
      expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(open).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});
