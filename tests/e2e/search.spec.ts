import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, settle, test, useTheme } from "./helpers";

/** The text of the section an anchor starts: its heading and everything after it up to the next heading of the same or higher rank. */
function sectionText(page: Page, id: string): Promise<string> {
  return page.evaluate((anchor) => {
    const target = document.getElementById(anchor);
    if (!target) return "";
    const heading = target.closest("h1, h2, h3, h4, h5, h6") ?? target;
    const rank = Number(heading.tagName.slice(1)) || 6;
    const start = heading.closest("section.missing-notes") ?? heading;
    let text = start.textContent ?? "";
    for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
      const level = /^H([1-6])$/u.exec(node.tagName)?.[1];
      if (level && Number(level) <= rank) break;
      text += ` ${node.textContent ?? ""}`;
    }
    return text;
  }, id);
}

function searchDialog(page: Page) {
  return page.getByRole("dialog", { name: "검색" });
}

test.describe("search dialog", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("Ctrl+K, 마스크, ArrowDown, Enter lands on a section that contains 마스크", async ({ page, consoleProblems }) => {
    await page.goto("/weeks/week-08");
    await settle(page);
    await page.keyboard.press("Control+k");
    const dialog = searchDialog(page);
    await expect(dialog).toBeVisible();
    const input = dialog.locator('input[type="search"]');
    await expect(input).toBeFocused();
    await input.fill("마스크");
    const options = dialog.getByRole("option");
    await expect(options.first()).toBeVisible();
    await expect(options.first().locator("mark").first()).toHaveText("마스크");
    await page.keyboard.press("ArrowDown");
    await expect(input).toHaveAttribute("aria-activedescendant", /-option-/u);
    // The input names an option of the listbox it controls.
    const [listboxId, activeId] = await Promise.all([input.getAttribute("aria-controls"), input.getAttribute("aria-activedescendant")]);
    await expect(dialog.locator(`[id="${listboxId}"][role="listbox"] [id="${activeId}"]`)).toHaveRole("option");
    // The opened section is marked for a moment: record it, however slow the machine.
    await page.evaluate(() => {
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof HTMLElement && record.target.hasAttribute("data-search-hit")) {
            document.documentElement.dataset.searchHitSeen = record.target.id;
          }
        }
      }).observe(document.body, { attributes: true, attributeFilter: ["data-search-hit"], subtree: true });
    });
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/weeks\/week-08#.+/u);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator("html"), "the section opened is marked for a moment").toHaveAttribute("data-search-hit-seen", id);
    expect(await sectionText(page, id)).toContain("마스크");
    expect(consoleProblems).toEqual([]);
  });

  test('"/" opens search; typing "/" in the box types it; Escape closes and returns focus', async ({ page }) => {
    await page.goto("/weeks/week-08");
    await settle(page);
    const button = page.getByRole("button", { name: "검색" });
    await button.focus();
    await page.keyboard.press("/");
    const dialog = searchDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    const input = dialog.locator('input[type="search"]');
    await page.keyboard.type("a/b");
    await expect(input).toHaveValue("a/b");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('"/" in a form field and the lecture keys [ ] ? keep their meaning', async ({ page }) => {
    await page.goto("/search");
    await settle(page);
    const field = page.locator("#search-page-query");
    await field.click();
    await page.keyboard.type("/");
    await expect(field).toHaveValue("/");
    await expect(searchDialog(page)).toBeHidden();

    await page.goto("/weeks/week-08");
    await settle(page);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "키보드 단축키" })).toBeVisible();
    await page.keyboard.press("/");
    await expect(searchDialog(page)).toBeHidden();
  });

  test("loads neither engine nor index until the button is hovered or search opens", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto("/weeks/week-08");
    await settle(page);
    expect(requests.filter((path) => path.startsWith("/search/"))).toEqual([]);
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    const before = scripts.length;
    await page.getByRole("button", { name: "검색" }).hover();
    await expect.poll(() => requests.includes("/search/index.json")).toBe(true);
    const after = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(after.length).toBeGreaterThan(before);
  });

  test("초성, typos and mixed queries; results grouped by week and lecture; a suggestion when nothing matches", async ({ page }) => {
    await page.goto("/");
    await settle(page);
    await page.getByRole("button", { name: "검색" }).click();
    const dialog = searchDialog(page);
    const input = dialog.locator('input[type="search"]');

    await input.fill("ㅁㅅㅋ");
    await expect(dialog.getByRole("option").first()).toContainText("(5강,6강)");

    await input.fill("strem");
    await expect(dialog.getByRole("option").first().locator("mark").first()).toHaveText(/streamlit/iu);

    await input.fill("serving");
    const group = dialog.getByRole("group").first();
    await expect(group).toContainText("Week 8");
    await expect(group).toContainText("(3강) Model Serving");
    await expect(group.getByRole("option").first()).toHaveAttribute("href", "/weeks/week-08#lecture-3");

    await input.fill("aktmzm");
    await expect(dialog.getByRole("status")).toContainText("결과가 없습니다");
    await dialog.getByRole("button", { name: "마스크" }).click();
    await expect(input).toHaveValue("마스크");
    await expect(dialog.getByRole("option")).not.toHaveCount(0);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the open dialog passes axe (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto("/weeks/week-08");
      await settle(page);
      await useTheme(page, theme);
      await page.keyboard.press("Control+k");
      await searchDialog(page).locator('input[type="search"]').fill("serving 모델");
      await expect(searchDialog(page).getByRole("option").first()).toBeVisible();
      await expect(searchDialog(page).locator("mark").first()).toBeVisible();
      await expectNoAxeViolations(page, `search dialog (${theme})`);
    });
  }
});

test.describe("/search page", () => {
  test("/search?q=serving lists (3강), server-rendered", async ({ page }) => {
    const response = await page.goto("/search?q=serving");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "검색" })).toBeVisible();
    const main = page.locator("main");
    await expect(main.getByRole("link", { name: /\(3강\)/u }).first()).toBeVisible();
    await expect(main.locator('a[href="/weeks/week-08#lecture-3"]').first()).toBeVisible();
    await expect(main.locator("mark").first()).toHaveText(/serving/iu);
    await expectNoAxeViolations(page, "/search?q=serving");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the header link and the form work, results are there, every lecture is listed", async ({ page }) => {
      await page.goto("/weeks/week-08");
      await page.getByRole("link", { name: "검색" }).click();
      await expect(page).toHaveURL(/\/search$/u);
      await expect(page.locator('main a[href="/weeks/week-08#lecture-3"]')).toBeVisible();
      await page.locator("#search-page-query").fill("마스크를");
      await page.getByRole("button", { name: "검색" }).click();
      await expect(page).toHaveURL(/\/search\?q=/u);
      await expect(page.locator("main")).toContainText("검색 결과 1개");
      await expect(page.locator('main a[href="/weeks/week-08#lecture-5"]').first()).toBeVisible();
    });

    test("an empty result suggests what would have matched", async ({ page }) => {
      await page.goto("/search?q=%EB%A7%88%EC%8A%A4%EC%BB%A4");
      await expect(page.locator("main")).toContainText("검색 결과 0개");
      await page.getByRole("link", { name: "마스크" }).click();
      await expect(page.locator("main")).toContainText("검색 결과 1개");
    });
  });
});
