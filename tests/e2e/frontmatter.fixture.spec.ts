import { expect, test } from "./helpers";

/**
 * Issue 19: notes copied from other tools build and show what their front
 * matter says. tests/fixtures/site/frontmatter/ holds one note per tool
 * (Jekyll Chirpy, Minimal Mistakes and plain, Hugo YAML and TOML, Obsidian,
 * Docusaurus, Quartz, a Notion export), modelled on real public notes.
 */

test("a Chirpy post: its date with time and offset, in Korean; toc: false leaves the lecture TOC out", async ({ page, consoleProblems }) => {
  await page.goto("/weeks/frontmatter-jekyll-chirpy");
  await expect(page.locator("h1")).toHaveText("Week 3 : 어텐션과 트랜스포머");
  await expect(page.locator("header").getByText("셀프 어텐션부터 멀티헤드 어텐션까지 정리한 노트")).toBeVisible();
  const date = page.locator("main header time").first();
  await expect(date).toHaveText("2023년 3월 14일");
  await expect(date).toHaveAttribute("datetime", "2023-03-14T21:05:00+09:00");
  await expect(page.getByRole("navigation", { name: "강의 목차" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /목차/u })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "셀프 어텐션" })).toBeVisible();
  expect(consoleProblems).toEqual([]);
});

test("a plain Jekyll post takes its date from its file name", async ({ page }) => {
  await page.goto("/weeks/frontmatter-2023-03-14-jekyll-plain");
  await expect(page.locator("main header time").first()).toHaveText("2023년 3월 14일");
});

test("the date a Minimal Mistakes post and a Hugo TOML post write is when they were written", async ({ page }) => {
  // 수정 is the file's last commit here (the fixtures live in this repository's history); their own
  // last_modified_at and lastmod stand in only outside git (tests/unit/content/note-dates.test.ts).
  await page.goto("/weeks/frontmatter-jekyll-minimal-mistakes");
  await expect(page.locator("main header")).toContainText("2023년 3월 21일 작성");
  await page.goto("/weeks/frontmatter-hugo-toml");
  await expect(page.locator("main header")).toContainText("2023년 4월 11일 작성");
  // With the lecture TOC where the front matter does not switch it off.
  await expect(page.getByRole("navigation", { name: "강의 목차" })).toHaveCount(1);
});

test("a slug: in the front matter names the page", async ({ request }) => {
  expect((await request.get("/weeks/model-serving")).status()).toBe(200);
  expect((await request.get("/weeks/frontmatter-hugo-yaml")).status()).toBe(404);
});

test("a Notion export's property lines stay text on the page", async ({ page }) => {
  await page.goto("/weeks/frontmatter-notion-export");
  const article = page.locator("article").first();
  await expect(article).toContainText("Created: March 14, 2023 9:05 PM");
  await expect(article).toContainText("Tags: NLP, 강의");
});
