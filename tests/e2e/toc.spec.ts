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
