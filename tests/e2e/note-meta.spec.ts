import { execFileSync } from "node:child_process";
import { repositoryWeb } from "../../lib/content/source-links";
import { expect, test } from "./helpers";

/**
 * Source links on the real site, built without REPO_URL (the fixture site,
 * tests/e2e/note-meta.fixture.spec.ts, is built with it): a checkout whose
 * `origin` is not on GitHub or GitLab (or has none) shows no source links at
 * all, never a broken one; one whose origin is links there.
 */
function detectedOrigin(): string | null {
  try {
    const url = execFileSync("git", ["remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return repositoryWeb(url, "remote")?.base ?? null;
  } catch {
    return null;
  }
}

test("without REPO_URL, a note links its source only when origin is a GitHub or GitLab repository", async ({ page }) => {
  test.skip(Boolean(process.env.REPO_URL), "this spec is about a build without REPO_URL");
  await page.goto("/weeks/week-08");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const origin = detectedOrigin();
  if (origin === null) {
    await expect(page.getByRole("link", { name: "원본 보기" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "수정 제안" })).toHaveCount(0);
    await expect(page.locator('a[href*="/blob/"], a[href*="/edit/"]')).toHaveCount(0);
  } else {
    await expect(page.getByRole("link", { name: "원본 보기" })).toHaveAttribute("href", new RegExp(`^${origin}/(?:-/)?blob/[0-9a-f]{40}/`, "u"));
  }
});

test("the note's header shows its dates and reading time, and the page links the feed", async ({ page }) => {
  await page.goto("/weeks/week-08");
  const header = page.locator("main header").first();
  await expect(header).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일 작성/u);
  await expect(header).toContainText(/읽는 데 약 \d+분/u);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feed.xml");
});
