import { imageSize } from "image-size";
import { expect, test } from "./helpers";

// tests/fixtures/site/emoji-and-scripts.md: emoji (ZWJ sequences, flags, keycaps, skin tones), Hanja, kana and
// math in its title, headings and first sentences. The fixture site is built under scripts/offline-guard.mjs
// (playwright.config.ts), so these cards exist only if drawing them needed no network.
const SLUG = "emoji-and-scripts";

test.describe("the emoji and scripts note", () => {
  test("its week card and every section card are 1200x630 PNGs", async ({ page, request }) => {
    await page.goto(`/weeks/${SLUG}`);
    const images = [await page.locator('meta[property="og:image"]').getAttribute("content")];
    const ids = await page
      .locator('#lecture-toc a[href^="#"]')
      .evaluateAll((links) => links.map((link) => (link.getAttribute("href") ?? "").slice(1)));
    expect(ids).toHaveLength(8);
    for (const id of ids) {
      await page.goto(`/weeks/${SLUG}/${encodeURIComponent(id)}`);
      images.push(await page.locator('meta[property="og:image"]').getAttribute("content"));
    }
    // Next names the image route with a content hash query: take each URL as the page gives it.
    const urls = images.map((image) => new URL(image ?? ""));
    expect(urls[0]?.pathname).toBe(`/weeks/${SLUG}/opengraph-image`);
    expect(new Set(urls.map((url) => url.pathname)).size).toBe(ids.length + 1);
    for (const url of urls) {
      const response = await request.get(url.pathname + url.search);
      expect(response.status(), url.pathname).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(imageSize(await response.body()), url.pathname).toMatchObject({ type: "png", width: 1200, height: 630 });
    }
  });

  test("the TOC, the breadcrumb and the page titles show emoji, never shortcodes", async ({ page }) => {
    await page.goto(`/weeks/${SLUG}#${encodeURIComponent("-배포")}`);
    const toc = page.locator("#lecture-toc");
    await expect(toc.getByRole("link", { name: "🚀 배포" })).toBeVisible();
    await expect(toc.getByRole("link", { name: "🧑‍🤝‍🧑 페어 프로그래밍 🇰🇷🇯🇵" })).toBeVisible();
    await expect(toc).not.toContainText(":rocket:");
    await expect(page.locator('nav[aria-label="현재 위치"] [aria-current="location"]')).toHaveText("🚀 배포");
    await expect(page).toHaveTitle(/🎉 TIL 회고: 漢字와 ひらがな, ∑ 기호까지 🇰🇷/u);

    await page.goto(`/weeks/${SLUG}/${encodeURIComponent("-배포")}`);
    await expect(page).toHaveTitle(/^🚀 배포 · 🎉 TIL 회고/u);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("🚀 배포");
  });

  test("the note itself shows its emoji, Hanja, kana and math as written", async ({ page }) => {
    await page.goto(`/weeks/${SLUG}`);
    const body = page.locator("#NoteBody");
    for (const text of [
      "온고지신(溫故知新) 👩‍💻",
      "學習",
      "🏳️‍🌈 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
      "∀x∈A 이면 x∈A∪B",
      "ℝ 와 ⨁",
      "頑張ってください!",
      "込む(붐비다)와 働く(일하다)",
      "1️⃣ 2️⃣ #️⃣",
      "👍🏽 👋🏿",
    ]) {
      await expect(body, text).toContainText(text);
    }
    await expect(body.getByRole("heading", { name: "📐 수식 기호 ∑ ∫ ≤" })).toBeVisible();
  });
});
