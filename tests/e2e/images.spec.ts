import { expect, test } from "./helpers";

const FAILING = "201092197-8758779b-dd8d-42b1-a1d5-669b26b11719.png";

test.describe("note images", () => {
  test.beforeEach(async ({ page }) => {
    // One remote image is forced to fail, as a rotted GitHub link would.
    await page.route(`**/${FAILING}`, (route) => route.fulfill({ status: 404, body: "gone" }));
  });

  test("Week 8 shows its 10 images with alt text; the failed one becomes a placeholder linking to the original", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const images = page.locator("article img");
    await expect(images).toHaveCount(10);
    for (const alt of await images.evaluateAll((all) => all.map((image) => image.getAttribute("alt")))) {
      expect(alt).toMatch(/ 이미지 \d+$/u);
    }
    const broken = page.locator(`a.image-link[href$="${FAILING}"]`);
    await broken.scrollIntoViewIfNeeded();
    await expect(broken).toHaveAttribute("data-broken", "");
    await expect(broken).toHaveAccessibleName(/이미지를 불러오지 못했습니다: \(5강,6강\) 이미지 3/u);
    const box = await broken.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(100);
  });

  test("an image failing after the page is laid out keeps its box: nothing moves", async ({ page }) => {
    // Registered last, so it answers before beforeEach's route: the 404 comes 1.5 s after the image is asked for.
    await page.route(`**/${FAILING}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ status: 404, body: "gone" });
    });
    // Shifts of the note only: what a failing image could move. The lecture TOC beside it, as the scroll spy
    // settles after the scroll, once gave a shift of 0.00002 to one of its own lines (same rect before and after).
    await page.addInitScript(() => {
      type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] };
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          const note = document.querySelector("article.note");
          if (entry.sources.some((source) => source.node !== null && note?.contains(source.node))) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/weeks/week-08");
    const broken = page.locator(`a.image-link[href$="${FAILING}"]`);
    await broken.scrollIntoViewIfNeeded();
    const layout = () =>
      broken.evaluate((link) => {
        const box = link.getBoundingClientRect();
        const next = link.closest("li, p")?.nextElementSibling ?? null;
        return {
          width: box.width,
          height: box.height,
          pageHeight: document.documentElement.scrollHeight,
          nextTop: next?.getBoundingClientRect().top ?? null,
        };
      });
    await expect(broken).not.toHaveAttribute("data-broken");
    const before = await layout();
    const shiftsBefore = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.length);
    await expect(broken).toHaveAttribute("data-broken", "", { timeout: 10_000 });
    await expect(broken).toHaveAccessibleName(/이미지를 불러오지 못했습니다/u);
    const after = await layout();
    expect(after).toEqual(before);
    expect(before.height).toBeGreaterThanOrEqual(100);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.slice(shiftsBefore)).toEqual([]);
  });

  test("the (5강,6강) lightbox steps through its 4 images by keys and buttons; Escape returns focus", async ({ page }) => {
    await page.goto("/weeks/week-08");
    const first = page.getByRole("link", { name: "(5강,6강) 이미지 1" });
    await first.scrollIntoViewIfNeeded();
    await first.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("1 / 4");
    await expect(dialog).toContainText("실습 결과");
    await expect(page).toHaveURL(/#lecture-5\/image-1$/u);
    await page.keyboard.press("ArrowRight");
    await expect(dialog).toContainText("2 / 4");
    await dialog.getByRole("button", { name: "다음 이미지" }).click();
    await expect(dialog).toContainText("3 / 4");
    await page.keyboard.press("ArrowRight");
    await expect(dialog).toContainText("4 / 4");
    await dialog.getByRole("button", { name: "이전 이미지" }).click();
    await expect(dialog).toContainText("3 / 4");
    await expect(dialog.getByRole("link", { name: "원본 열기" })).toHaveAttribute("href", new RegExp(`${FAILING}$`, "u"));
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(first).toBeFocused();
    await expect(page).not.toHaveURL(/image-/u);
  });

  test("Enter on a focused image opens it", async ({ page }) => {
    await page.goto("/weeks/week-08");
    await page.getByRole("link", { name: "(3강) 이미지 2" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog")).toContainText("2 / 2");
    await expect(page.getByRole("dialog")).toContainText("Batch Serving");
  });

  test("a shared image URL opens the same image", async ({ context }) => {
    const page = await context.newPage();
    await page.goto("/weeks/week-08#lecture-5/image-2");
    await expect(page.getByRole("dialog")).toContainText("2 / 4");
    await expect(page.getByRole("dialog")).toContainText("Wear, Male, Under 30 test");
  });
});

test.describe("note images on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("swipes between images", async ({ page }) => {
    await page.goto("/weeks/week-08#lecture-5/image-1");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("1 / 4");
    const stage = dialog.locator(".lightbox-stage");
    const box = await stage.boundingBox();
    if (!box) throw new Error("the lightbox stage has no box");
    const y = box.y + box.height / 2;
    await stage.dispatchEvent("pointerdown", { pointerType: "touch", clientX: box.x + box.width - 40, clientY: y, isPrimary: true });
    await stage.dispatchEvent("pointerup", { pointerType: "touch", clientX: box.x + 40, clientY: y, isPrimary: true });
    await expect(dialog).toContainText("2 / 4");
  });
});
