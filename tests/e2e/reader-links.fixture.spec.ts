import type { Locator, Page } from "@playwright/test";
import { collapse, expect, expectNoAxeViolations, settle, test } from "./helpers";

/**
 * Backlinks and link previews (issue #23, items 5 and 6) on the fixture site:
 * tests/fixtures/site/obsidian-transformer.md links obsidian-attention.md with
 * wiki links (whole note, `#Self-Attention` with an alias, `#위치 인코딩`, one
 * in a table), and obsidian-attention.md links back to it.
 */
const TRANSFORMER = "/weeks/obsidian-transformer";
const ATTENTION = "/weeks/obsidian-attention";

function backlinks(page: Page): Locator {
  return page.getByRole("region", { name: "이 노트를 언급한 노트" });
}

async function boxesOverlap(a: Locator, b: Locator): Promise<boolean> {
  const [first, second] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!first || !second) throw new Error("an element has no box");
  return (
    first.x < second.x + second.width && second.x < first.x + first.width && first.y < second.y + second.height && second.y < first.y + first.height
  );
}

test.describe("backlinks", () => {
  test("a note lists every note that links to it, with the section and the sentence of each link, axe-clean", async ({ page, consoleProblems }) => {
    await page.goto(ATTENTION);
    await settle(page);
    const region = backlinks(page);
    await expect(region.getByRole("heading", { name: "이 노트를 언급한 노트" })).toBeVisible();
    await expect(region.getByRole("link", { name: "트랜스포머 정리", exact: true })).toHaveAttribute("href", TRANSFORMER);
    const text = collapse(await region.innerText());
    for (const sentence of [
      "트랜스포머는 obsidian-attention만으로 만든 인코더-디코더 모델이다.",
      "핵심은 셀프 어텐션이고, 위치 정보는 obsidian-attention > 위치 인코딩으로 더한다.",
      "어텐션 노트",
    ]) {
      expect(text, sentence).toContain(sentence);
    }
    // The link's own words stand out in its sentence; the section it sits in is a link to that place.
    await expect(region.locator("strong", { hasText: "셀프 어텐션" })).toBeVisible();
    await expect(region.getByRole("link", { name: "구조 한눈에 보기" }).first()).toHaveAttribute(
      "href",
      `${TRANSFORMER}#${encodeURIComponent("구조-한눈에-보기")}`,
    );
    // The note that links only to itself and out has its own list: obsidian-attention links back to it.
    await expectNoAxeViolations(page, `${ATTENTION} backlinks`);
    expect(consoleProblems).toEqual([]);
  });

  test("backlinks are in the HTML, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TRANSFORMER);
    await expect(backlinks(page).getByRole("link", { name: "어텐션", exact: true })).toHaveAttribute("href", ATTENTION);
    expect(collapse(await backlinks(page).innerText())).toContain("자세한 구조는 트랜스포머 정리 참고.");
    await context.close();
  });
});

test.describe("link previews", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("hovering a link to a section opens its card after a delay, beside the link; Escape closes it; axe-clean", async ({
    page,
    consoleProblems,
  }) => {
    const previews: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/previews/")) previews.push(new URL(request.url()).pathname);
    });
    await page.goto(TRANSFORMER);
    await settle(page);
    expect(previews, "no preview data with the page").toEqual([]);
    const link = page.locator("article.note a", { hasText: "셀프 어텐션" });
    await link.hover();
    const card = page.getByRole("tooltip");
    await expect(card).toHaveCount(0);
    await expect(card).toBeVisible();
    await expect(card).toContainText("Self-Attention");
    await expect(card).toContainText("어텐션");
    await expect(card).toContainText("한 문장 안의 단어들이 서로를 본다.");
    expect(previews).toEqual(["/previews/obsidian-attention.json"]);
    await expect(link).toHaveAttribute("aria-describedby", (await card.getAttribute("id")) ?? "missing id");
    expect(await boxesOverlap(card, link), "the card never covers its link").toBe(false);
    await expectNoAxeViolations(page, `${TRANSFORMER} with a preview open`);
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await expect(link).not.toHaveAttribute("aria-describedby", /./u);
    expect(consoleProblems).toEqual([]);
  });

  test("keyboard focus on a link to a note opens its card; moving focus on closes it", async ({ page }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    const link = page.locator("article.note a", { hasText: /^obsidian-attention$/u }).first();
    // Focus by keyboard: Tab from the element before the link.
    await link.evaluate((element) => {
      const before = document.createElement("button");
      before.textContent = "시작";
      element.before(before);
      before.focus();
    });
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    const card = page.getByRole("tooltip");
    await expect(card).toBeVisible();
    await expect(card).toContainText("어텐션");
    await expect(card).toContainText("한 문장 안의 단어들이 서로를 본다.");
    expect(await boxesOverlap(card, link)).toBe(false);
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
  });

  test("a card near the bottom of the window opens above its link", async ({ page }) => {
    await page.goto(ATTENTION);
    await settle(page);
    const link = backlinks(page).getByRole("link", { name: "트랜스포머 정리", exact: true });
    // Put the link at the bottom edge of the window.
    await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 4));
    await link.hover();
    const card = page.getByRole("tooltip");
    await expect(card).toBeVisible();
    const [cardBox, linkBox] = await Promise.all([card.boundingBox(), link.boundingBox()]);
    expect(cardBox && linkBox && cardBox.y + cardBox.height <= linkBox.y).toBe(true);
  });

  test("on a touch screen a tap follows the link and opens no card", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const previews: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/previews/")) previews.push(request.url());
    });
    await page.goto(TRANSFORMER);
    await settle(page);
    await page.locator("article.note a", { hasText: "셀프 어텐션" }).tap();
    await expect(page).toHaveURL(/\/weeks\/obsidian-attention#self-attention$/u);
    expect(previews).toEqual([]);
    await context.close();
  });

  test("no preview code or data is in the page's first-load scripts", async ({ request }) => {
    const html = await (await request.get(TRANSFORMER)).text();
    const scripts = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\]+?\.js/gu)].map((match) => match[0]))];
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await request.get(src)).text();
      // The card's class list and the preview file's text: neither loads before a reader's intent.
      expect(code.includes("link-preview fixed"), src).toBe(false);
      expect(code.includes("한 문장 안의 단어들이 서로를 본다"), src).toBe(false);
    }
  });
});
