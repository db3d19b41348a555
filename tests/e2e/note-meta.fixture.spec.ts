import { execFileSync } from "node:child_process";
import { koreanDate, parseNoteDate, type NoteDate } from "../../lib/content/dates";
import { loadWeeksFrom } from "../../lib/content/load";
import { noteReadingMinutes, sectionReadingMinutes } from "../../lib/content/reading-time";
import { expect, expectNoAxeViolations, test } from "./helpers";

/**
 * Tags, dates, source links, reading time and the feed (issue 23) on the
 * fixture site. tests/fixtures/site/obsidian-daily.md carries front matter and
 * inline tags; the fixture site lives in this project's repository, so its
 * notes have a real git history, read here with `git log --follow` (one
 * process per file: the independent way) to check what the build read in one pass.
 *
 * The fixture server runs with REPO_URL=https://github.com/example/ai-study-notes
 * (playwright.config.ts): every note links its source there.
 */
const REPO_URL = "https://github.com/example/ai-study-notes";
const DAILY = "/weeks/obsidian-daily";
const DAILY_FILE = "tests/fixtures/site/obsidian-daily.md";
const CHIRPY = "/weeks/jekyll-chirpy-post";
const CHIRPY_FILE = "tests/fixtures/site/jekyll-chirpy-post.md";

/** Author dates of a file's commits, newest first, following renames. */
function commitDates(file: string): NoteDate[] {
  return execFileSync("git", ["log", "--follow", "--format=%aI", "--", file], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const parsed = parseNoteDate(line);
      if (parsed === null) throw new Error(`git gave no date: ${line}`);
      return parsed;
    });
}

test.describe("tags", () => {
  test("a note lists its front matter and inline tags under its title; the inline ones stay links in the text", async ({ page }) => {
    await page.goto(DAILY);
    const tags = page.getByRole("list", { name: "태그" });
    await expect(tags.getByRole("link")).toHaveText(["#daily", "#mlops", "#모델서빙", "#회의", "#ai/자연어처리", "#회고"]);
    const body = page.locator("article.note");
    await expect(body.getByRole("link", { name: "#mlops" })).toHaveAttribute("href", "/tags/mlops");
    await expect(body.getByRole("link", { name: "#ai/자연어처리" })).toHaveAttribute("href", `/tags/ai/${encodeURIComponent("자연어처리")}`);
    // Not tags: C#, an issue number, code.
    await expect(body).toContainText("C# 예제는 건너뛰었고, 이슈 #42 는 내일 본다.");
    await expect(body.locator("pre")).toContainText("# 주석의 #태그 는 태그가 아니다");
    await expect(body.locator("a", { hasText: /#42|#태그|#include/u })).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("home tag row -> a tag page listing its notes in course order -> the note", async ({ page }) => {
      await page.goto("/");
      const row = page.getByRole("list", { name: "태그로 노트 찾기" });
      // The `#` is drawn, not read: the link's name is the tag and its count.
      await row.getByRole("link", { name: /^fixture 4/u }).click();
      await expect(page).toHaveURL(/\/tags\/fixture$/u);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("#fixture");
      // Course order: names in natural order.
      await expect(page.locator("main ol > li > a")).toHaveText([
        "🎉 TIL 회고: 漢字와 ひらがな, ∑ 기호까지 🇰🇷",
        "GitHub 문법 점검 노트",
        "어텐션",
        "트랜스포머 정리",
      ]);
      await page.getByRole("link", { name: "어텐션", exact: true }).click();
      await expect(page).toHaveURL(/\/weeks\/obsidian-attention$/u);
    });

    test("a Korean tag has a stable percent-encoded address; a nested tag's parent lists it", async ({ page }) => {
      const response = await page.goto(`/tags/${encodeURIComponent("모델서빙")}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("#모델서빙");
      await expect(page.locator("main ol > li > a")).toHaveText(["11월 18일 데일리"]);
      await page.goto("/tags/ai");
      await expect(page.getByRole("list", { name: "하위 태그" }).getByRole("link")).toHaveText([/^#ai\/자연어처리\s*1/u]);
      await page.goto("/tags");
      await expect(page.getByRole("list", { name: "모든 태그" }).getByRole("link", { name: /^모델서빙 1/u })).toHaveAttribute(
        "href",
        `/tags/${encodeURIComponent("모델서빙")}`,
      );
    });
  });

  test("unknown tags and other spellings are 404", async ({ page }) => {
    for (const path of ["/tags/no-such-tag", "/tags/MLOps", `/tags/${encodeURIComponent("모델 서빙")}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the tag pages are axe-clean", async ({ page }) => {
    for (const path of ["/tags", "/tags/mlops", "/tags/ai", "/"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
    }
  });
});

test.describe("dates from git", () => {
  test("a note without front matter dates shows its first commit, and its meta tags name both commits", async ({ page }) => {
    const dates = commitDates(DAILY_FILE);
    const first = dates.at(-1);
    const last = dates[0];
    if (!first || !last) throw new Error(`${DAILY_FILE} has no commits`);
    await page.goto(DAILY);
    const header = page.locator("main header").first();
    const written = header.locator("time").first();
    await expect(written).toHaveText(koreanDate(first));
    await expect(written).toHaveAttribute("datetime", first.iso);
    await expect(header).toContainText(`${koreanDate(first)} 작성`);
    // 수정 only on another day than 작성.
    if (last.date !== first.date) await expect(header).toContainText(`${koreanDate(last)} 수정`);
    else await expect(header.locator("time")).toHaveCount(1);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", first.iso);
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", last.iso);
  });

  test("the author's front matter date is 작성; the last commit is 수정 and the sitemap's lastmod", async ({ page, request }) => {
    const [last] = commitDates(CHIRPY_FILE);
    if (!last) throw new Error(`${CHIRPY_FILE} has no commits`);
    await page.goto(CHIRPY);
    const header = page.locator("main header").first();
    await expect(header).toContainText("2023년 3월 14일 작성");
    await expect(header).toContainText(`${koreanDate(last)} 수정`);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2023-03-14T21:05:00+09:00");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toMatch(new RegExp(`/weeks/jekyll-chirpy-post</loc><lastmod>${last.iso.replace(/[+]/gu, "\\+")}</lastmod>`, "u"));
  });
});

test.describe("source links", () => {
  test("원본 보기 opens the file at the built commit, 수정 제안 GitHub's editor on the branch", async ({ page }) => {
    await page.goto(DAILY);
    const view = page.getByRole("link", { name: "원본 보기" });
    const href = await view.getAttribute("href");
    const match = new RegExp(`^${REPO_URL}/blob/([0-9a-f]{40})/tests/fixtures/site/obsidian-daily\\.md$`, "u").exec(href ?? "");
    expect(match, `원본 보기 links ${href}`).not.toBeNull();
    // The commit the site was built from is in this repository's history (later commits may have followed it).
    execFileSync("git", ["merge-base", "--is-ancestor", match?.[1] ?? "", "HEAD"]);
    const branch = execFileSync("git", ["symbolic-ref", "--short", "HEAD"], { encoding: "utf8" }).trim();
    await expect(page.getByRole("link", { name: "수정 제안" })).toHaveAttribute(
      "href",
      `${REPO_URL}/edit/${branch}/tests/fixtures/site/obsidian-daily.md`,
    );
    // Inside a folder, with Korean in the path: the path inside the repository, each segment encoded.
    await page.goto(CHIRPY);
    await expect(page.getByRole("link", { name: "수정 제안" })).toHaveAttribute("href", `${REPO_URL}/edit/${branch}/${CHIRPY_FILE}`);
  });
});

test.describe("reading time", () => {
  const site = loadWeeksFrom("tests/fixtures/site", { includeDrafts: false });
  const week8 = site.weeks.find((week) => week.slug === "week-08");

  test("the note's header and each lecture of the TOC say how long they take to read", async ({ page }) => {
    if (!week8) throw new Error("the fixture site has no week-08");
    await page.goto("/weeks/week-08");
    await expect(page.locator("main header").first()).toContainText(`읽는 데 약 ${noteReadingMinutes(week8)}분`);
    const toc = page.getByRole("navigation", { name: "강의 목차" });
    const entries = week8.parts.flatMap((part) => part.entries);
    let shown = 0;
    for (const entry of entries) {
      const section = week8.sections.find((candidate) => candidate.id === entry.sectionId);
      const link = toc.locator(`a[href="#${entry.id}"]`);
      if (section) {
        await expect(link.locator("[data-reading-time]")).toHaveText(` · 약 ${sectionReadingMinutes(week8.tree.root(), section)}분`);
        shown += 1;
      } else {
        await expect(link.locator("[data-reading-time]")).toHaveCount(0);
      }
    }
    expect(shown).toBeGreaterThan(3);
  });
});

test.describe("feed", () => {
  test("every page links the Atom feed in its head", async ({ page }) => {
    for (const path of ["/", DAILY, "/tags"]) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feed.xml");
    }
  });

  test("/feed.xml parses as Atom with every required element, absolute URLs, newest first", async ({ page, baseURL }) => {
    const response = await page.request.get("/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/");
    const feed = await page.evaluate((text) => {
      const ATOM = "http://www.w3.org/2005/Atom";
      const document = new DOMParser().parseFromString(text, "application/xml");
      const error = document.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      const root = document.documentElement;
      const child = (parent: Element, name: string) =>
        Array.from(parent.children).filter((element) => element.namespaceURI === ATOM && element.localName === name);
      const one = (parent: Element, name: string) => child(parent, name).map((element) => element.textContent ?? "");
      return {
        error,
        root: `${root.namespaceURI ?? ""} ${root.localName}`,
        id: one(root, "id"),
        title: one(root, "title"),
        updated: one(root, "updated"),
        authorNames: child(root, "author").flatMap((author) => one(author, "name")),
        self: child(root, "link")
          .filter((link) => link.getAttribute("rel") === "self")
          .map((link) => link.getAttribute("href")),
        entries: child(root, "entry").map((entry) => ({
          id: one(entry, "id"),
          title: one(entry, "title"),
          updated: one(entry, "updated"),
          published: one(entry, "published"),
          links: child(entry, "link").map((link) => `${link.getAttribute("rel") ?? ""} ${link.getAttribute("href") ?? ""}`),
          categories: child(entry, "category").map((category) => category.getAttribute("term")),
        })),
      };
    }, xml);
    const origin = new URL(baseURL ?? "").origin;
    expect(feed.error).toBeNull();
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.id).toHaveLength(1);
    expect(feed.title).toEqual(["AI 스터디 노트"]);
    expect(feed.updated).toHaveLength(1);
    expect(feed.authorNames).toEqual(["AI 스터디 노트"]);
    expect(feed.self).toEqual([`${origin}/feed.xml`]);
    expect(feed.entries.length).toBeGreaterThan(5);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/u;
    for (const entry of feed.entries) {
      expect(entry.id).toHaveLength(1);
      expect(entry.title).toHaveLength(1);
      expect(entry.updated).toHaveLength(1);
      expect(entry.updated[0]).toMatch(rfc3339);
      expect(entry.links).toEqual([`alternate ${entry.id[0] ?? ""}`]);
      expect(entry.id[0]).toMatch(new RegExp(`^${origin}/weeks/`, "u"));
    }
    const published = feed.entries.map((entry) => Date.parse(entry.published[0] ?? entry.updated[0] ?? ""));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    const daily = feed.entries.find((entry) => entry.id[0] === `${origin}${DAILY}`);
    expect(daily?.title).toEqual(["11월 18일 데일리"]);
    expect(daily?.categories).toEqual(["daily", "mlops", "모델서빙", "회의", "ai/자연어처리", "회고"]);
    // The feed's own updated is its newest entry's.
    expect(Date.parse(feed.updated[0] ?? "")).toBe(Math.max(...feed.entries.map((entry) => Date.parse(entry.updated[0] ?? ""))));
  });
});
