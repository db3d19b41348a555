import type { Page } from "@playwright/test";
import { expect, test } from "./helpers";

/**
 * Issue 20: real course repositories as they are. tests/fixtures/site/repo-*
 * are member folders shaped like the layouts students have (a folder per week
 * with Further_studies.md, Week_N/Day_M/README.md, levelNN/weekNN/dayNN.md, a
 * Jekyll blog, stage/week/day files, notes next to code, a Notion export).
 * A reader starts on the home page, reaches every note of a member through
 * the course tree, and comes back through the breadcrumbs.
 */

/** Each layout's notes, in the course order a person reads them, with the slugs their paths give. */
const LAYOUTS: Record<string, { folder: string; notes: string[] }> = {
  "Week (M.D~M.D)/Further_studies.md": {
    folder: "repo-seongsu",
    notes: [
      "repo-seongsu",
      "repo-seongsu-특강-git특강",
      "repo-seongsu-week-7-(10.31~11.4)-느낀점",
      "repo-seongsu-week-8-(11.7~11.11)-느낀점",
      "repo-seongsu-week-8-(11.7~11.11)-further_studies",
    ],
  },
  "Week_N/Day_M/README.md and one file per lecture": {
    folder: "repo-dayoung",
    notes: [
      "repo-dayoung-week_2",
      "repo-dayoung-week_2-day_1",
      "repo-dayoung-week_2-day_1-1.-numpy(array)",
      "repo-dayoung-week_2-day_1-2.-vector",
      "repo-dayoung-week_2-day_4",
      "repo-dayoung-week_2-day_4-[ai-math-6강]-확률론-맛보기",
      "repo-dayoung-week_10",
    ],
  },
  "levelNN/weekNN/dayNN.md with weekend notes": {
    folder: "repo-til",
    notes: [
      "repo-til-level1-week01-day01",
      "repo-til-level1-week01-day02",
      "repo-til-level1-week01-saturday",
      "repo-til-level1-week01-sunday",
      "repo-til-level1-week02-day06",
      "repo-til-level1-week02-day07",
      "repo-til-level1-week02-saturday",
      "repo-til-level1-week02-sunday",
    ],
  },
  "Jekyll _posts, by date, a category folder": {
    folder: "repo-blog",
    notes: ["repo-blog-2023-02-01-start", "repo-blog-2023-03-14-transformer", "repo-blog-ml-2023-03-20-attention"],
  },
  "stage/week_topic/day-NN.md with a range file": {
    folder: "repo-stage",
    notes: [
      "repo-stage-stage1-week2_pytorch-day-01-05",
      "repo-stage-stage1-week2_pytorch-day-07",
      "repo-stage-stage1-week2_pytorch-day-9",
      "repo-stage-stage1-week2_pytorch-day-10",
    ],
  },
  "doc/ next to code, chrome skipped": { folder: "repo-project", notes: ["repo-project", "repo-project-doc-설계"] },
  "Notion export": { folder: "repo-notion", notes: ["repo-notion-강의-정리"] },
};

const href = (slug: string) => `/weeks/${encodeURIComponent(slug)}`;

/** The note links inside one member's fold of the home page's course tree, in page order. */
async function notesInFold(page: Page, folder: string): Promise<string[]> {
  const fold = page.locator(`details.course-folder[data-folder="${folder}"]`).first();
  await expect(fold).toHaveCount(1);
  if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) await fold.locator("summary").first().click();
  const links = await fold.locator("a[href^='/weeks/']").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  return links.map((link) => decodeURIComponent(link.slice("/weeks/".length)));
}

for (const [layout, { folder, notes }] of Object.entries(LAYOUTS)) {
  test(`${layout}: home -> every note in course order -> back through the breadcrumbs`, async ({ page, consoleProblems }) => {
    await page.goto("/");
    const listed = await notesInFold(page, folder);
    // The fold lists its folders' pages too; the notes appear in reading order among them.
    expect(listed.filter((slug) => notes.includes(slug))).toEqual(notes.filter((slug) => listed.includes(slug)));
    for (const slug of notes) {
      const response = await page.goto(href(slug));
      expect(response?.status(), slug).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      const trail = page.getByRole("navigation", { name: "현재 위치" });
      await expect(trail.getByRole("link", { name: "홈" })).toBeVisible();
      // The first folder crumb is the member's folder (or the note is that folder's own introduction).
      const memberCrumb = trail.locator(`a[href="${href(folder)}"]`);
      if (slug !== folder) await expect(memberCrumb).toHaveCount(1);
      // Back up: the nearest folder's page lists the note, then home.
      const crumbs = trail.locator("a[href^='/weeks/']");
      if ((await crumbs.count()) > 0) {
        await crumbs.last().click();
        await expect(page.locator(`main a[href="${href(slug)}"]`).first()).toBeAttached();
      }
      await page.getByRole("navigation", { name: "현재 위치" }).getByRole("link", { name: "홈" }).click();
      await expect(page).toHaveURL(/\/$/u);
    }
    expect(consoleProblems).toEqual([]);
  });
}

test("previous and next follow the course across folders", async ({ page }) => {
  const order = LAYOUTS["Week_N/Day_M/README.md and one file per lecture"]?.notes ?? [];
  await page.goto(href(order[0] ?? ""));
  for (const slug of order.slice(1)) {
    await page
      .getByRole("navigation", { name: "노트 이동" })
      .getByRole("link", { name: /다음 노트/u })
      .click();
    await expect(page).toHaveURL(new RegExp(`${href(slug).replace(/[()[\]]/gu, "\\$&")}$`, "u"));
  }
});

test("what is not a note has no page: chrome, drafts, theme files, ignored and hidden folders", async ({ request }) => {
  for (const slug of [
    "repo-project-license",
    "repo-project-contributing",
    "repo-project-private-메모",
    "repo-blog-unfinished",
    "repo-blog-_layouts-post",
    "repo-blog-_includes-footer",
    "repo-project-node_modules-some-package",
  ]) {
    expect((await request.get(href(slug))).status(), slug).toBe(404);
  }
});

test("a folder without an introduction has a page of its own with title, description and preview tags", async ({ page }) => {
  await page.goto(href("repo-til-level1-week01"));
  await expect(page.locator("h1")).toHaveText("week01");
  await expect(page).toHaveTitle(/week01/u);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /노트 4개/u);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "week01");
  const trail = page.getByRole("navigation", { name: "현재 위치" });
  await expect(trail).toContainText("repo-til");
  await expect(trail).toContainText("level1");
  await expect(page.locator(`main a[href="${href("repo-til-level1-week01-saturday")}"]`)).toBeVisible();
});

test("a README introduces its folder: rendered above the folder's list, not listed twice", async ({ page }) => {
  await page.goto(href("repo-dayoung-week_2-day_1"));
  // The README has no title of its own (it starts at `##`): it is called by its folder's name.
  await expect(page.locator("h1")).toHaveText("Day_1");
  await expect(page.getByRole("heading", { level: 2, name: "[DAY 1] Numpy / 벡터" })).toBeVisible();
  const list = page.getByRole("region", { name: /이 폴더의 노트/u });
  await expect(list.locator(`a[href="${href("repo-dayoung-week_2-day_1-2.-vector")}"]`)).toBeVisible();
  await expect(list.locator(`a[href="${href("repo-dayoung-week_2-day_1")}"]`)).toHaveCount(0);
  // Links written between the repository's notes lead to their pages and sections.
  await page.getByRole("link", { name: "2. Vector" }).click();
  await expect(page).toHaveURL(new RegExp(`${href("repo-dayoung-week_2-day_1-2.-vector").replace(/[()[\]]/gu, "\\$&")}#`, "u"));
});

test("the Notion export's image resolves from its URL-encoded folder", async ({ page }) => {
  await page.goto(href("repo-notion-강의-정리"));
  const image = page.locator("article img").first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test("] and [ go on past a note's last and first lecture, to the next and previous note of the course", async ({ page }) => {
  await page.goto(href("repo-stage-stage1-week2_pytorch-day-07"));
  await page.locator("body").press("]");
  await expect(page).toHaveURL(new RegExp(`${href("repo-stage-stage1-week2_pytorch-day-9")}$`, "u"));
  await page.locator("body").press("[");
  await expect(page).toHaveURL(new RegExp(`${href("repo-stage-stage1-week2_pytorch-day-07")}$`, "u"));
});
