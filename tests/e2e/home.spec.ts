import { expect, expectNoAxeViolations, screenshot, settle, test, useTheme } from "./helpers";

test.describe("home page", () => {
  test("lists Week 8 with a link to its page", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.locator("main")).toHaveCount(1);

    const link = page.locator('main a[href="/weeks/week-08"]');
    await expect(link.first()).toBeVisible();
    await expect(page.locator("main")).toContainText("Week 8");

    await link.first().click();
    await expect(page).toHaveURL(/\/weeks\/week-08$/);
    await expect(page.locator("h1")).toHaveText("Week 8 : AI 서비스 개발 기초");
  });

  test("no console errors or hydration warnings", async ({ page, consoleProblems }) => {
    await page.goto("/");
    await settle(page);
    expect(consoleProblems).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`no axe violations (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto("/");
      await settle(page);
      await useTheme(page, theme);
      await expectNoAxeViolations(page, `/ (${theme})`);
    });
  }

  for (const width of [390, 1280]) {
    for (const theme of ["light", "dark"] as const) {
      test(`screenshot ${width}px ${theme}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
        await page.goto("/");
        await settle(page);
        await useTheme(page, theme);
        await screenshot(page, testInfo, `home-${width}-${theme}`);
      });
    }
  }
});
