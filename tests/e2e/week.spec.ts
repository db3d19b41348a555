import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  collapse,
  currentTheme,
  expect,
  expectNoAxeViolations,
  isLocal,
  pageText,
  screenshot,
  settle,
  test,
  themeToggle,
  useTheme,
  type Theme,
} from "./helpers";

const WEEK = "/weeks/week-08";
const TITLE = "Week 8 : AI 서비스 개발 기초";
const SOURCE = readFileSync(fileURLToPath(new URL("../../content/week-08.md", import.meta.url)), "utf8")
  .replace(/^\uFEFF/, "")
  .replace(/\r\n?/g, "\n");

/** The Markdown body: everything after the front matter. */
function body(markdown: string): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  return frontMatter ? markdown.slice(frontMatter[0].length) : markdown;
}

/** The lines of each fenced code block, indentation removed. */
function codeBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) {
      if (current) {
        blocks.push(current);
        current = null;
      } else {
        current = [];
      }
    } else if (current) {
      current.push(line);
    }
  }
  const dedent = (lines: string[]) => {
    const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0));
    return lines.map((line) => line.slice(indent).trimEnd());
  };
  return blocks.map(dedent);
}

/**
 * Every non-empty line of the note as plain text: Markdown syntax stripped,
 * whitespace collapsed. Code lines keep their text; fences and rules are skipped.
 */
function visibleLines(markdown: string): string[] {
  const lines: string[] = [];
  let inCode = false;
  for (const raw of markdown.split("\n")) {
    if (/^\s*```/.test(raw)) {
      inCode = !inCode;
      continue;
    }
    let line = raw;
    if (!inCode) {
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // thematic break
      line = line
        .replace(/^(\s*(?:[-*+]|\d+[.)]|#{1,6}|>)(?=\s|$)\s*)+/, "") // list markers, headings, quotes
        .replace(/<[^>]*>/g, "") // raw HTML tags
        .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)\s]*\)/g, "$1") // [text](url) -> text
        .replace(/(\*{1,3})(?=\S)(.+?)(?<=\S)\1/g, "$2") // *emphasis*, **strong**
        .replace(/`/g, ""); // inline code
    }
    const text = collapse(line);
    if (text) lines.push(text);
  }
  return lines;
}

test.describe("week page", () => {
  test("document structure", async ({ page }) => {
    const response = await page.goto(WEEK);
    expect(response?.status()).toBe(200);

    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page).toHaveTitle(/Week 8/);

    // The first paint waits until the parser reaches <main> and the note's body, which start right after
    // the site header and the week's header: a slow parse never paints half a header that then shifts.
    const held = await page.locator('head link[rel="expect"][blocking="render"]').evaluateAll((links) =>
      links.map((link) => {
        const id = decodeURIComponent(new URL((link as HTMLLinkElement).href).hash.slice(1));
        const target = document.getElementById(id);
        return { id, elements: document.querySelectorAll(`[id="${id}"]`).length, after: target?.previousElementSibling?.tagName ?? null };
      }),
    );
    expect(held.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "main", elements: 1, after: "HEADER" },
      { id: "NoteBody", elements: 1, after: "HEADER" },
    ]);
    await expect(page.locator("#NoteBody")).toHaveClass("note");
  });

  test("all content images and code blocks are in the note body", async ({ page }) => {
    await page.goto(WEEK);
    const article = page.locator("main article");
    await expect(article, "the note body is an <article> inside <main>").toHaveCount(1);
    await expect(article.locator("img")).toHaveCount(10);
    await expect(article.locator('pre[data-language="python"]')).toHaveCount(2);
    await expect(article.locator('pre[data-language="python"]').first()).toContainText("from iris_classifier import IrisClassifier");
  });

  test("external links open safely", async ({ page }) => {
    await page.goto(WEEK);
    const links = await page
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" })));
    const external = links.filter((link) => !isLocal(link.href));
    expect(external.length, "the note links to stackoverflow, yang-song.net and a tistory blog").toBeGreaterThanOrEqual(3);
    for (const link of external) {
      const rel = link.rel.split(/\s+/);
      expect(rel, `rel of ${link.href}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
  });

  test("section ids from the URL contract exist", async ({ page }) => {
    await page.goto(WEEK);
    const ids = [
      "lecture-1",
      "lecture-2",
      "lecture-3",
      "lecture-4",
      "lecture-5",
      "lecture-5-practice",
      "lecture-6",
      "논문-스터디---about-diffusion-model",
    ];
    for (const id of ids) {
      await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
    }
  });

  test("every lecture TOC link names an element that exists", async ({ page }) => {
    await page.goto(WEEK);
    const toc = page.locator('nav[aria-label="강의 목차"]');
    await expect(toc.first()).toBeAttached();
    const hrefs = await toc.locator('a[href^="#"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    const missing = await page.evaluate((list) => list.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))), hrefs);
    expect(missing, "TOC links without a target").toEqual([]);
  });

  test("the copy button copies the code", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL ?? "http://localhost:3100" });
    await page.goto(WEEK);
    await settle(page);

    const block = page.locator('pre[data-language="python"]').first();
    const button = page.getByRole("button", { name: /코드 복사/ }).first();
    await expect(button).toBeVisible();
    await button.click();

    const expected = codeBlocks(body(SOURCE))[0] ?? [];
    expect(expected.length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        return copied
          .replace(/\r\n?/g, "\n")
          .trimEnd()
          .split("\n")
          .map((line) => line.trimEnd());
      })
      .toEqual(expected);
    await expect(block).toBeVisible();
  });

  test("the theme toggle switches light/dark and survives a reload", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(WEEK);
    await settle(page);

    const initial = await currentTheme(page);
    expect(["light", "dark", null]).toContain(initial);
    const first: Theme = initial === "dark" ? "light" : "dark";
    const second: Theme = first === "dark" ? "light" : "dark";

    // The button's name says where it goes next, from the first paint (CSS picks the label).
    const names = { light: "테마 전환: 밝은 테마로", dark: "테마 전환: 어두운 테마로" } as const;
    await expect(themeToggle(page)).toHaveAccessibleName(names[first]);
    await themeToggle(page).click();
    await expect.poll(() => currentTheme(page)).toBe(first);
    await expect(themeToggle(page)).toHaveAccessibleName(names[second]);
    await page.reload();
    await expect.poll(() => currentTheme(page), { message: `${first} after reload` }).toBe(first);

    await settle(page);
    await themeToggle(page).click();
    await expect.poll(() => currentTheme(page)).toBe(second);
    await page.reload();
    await expect.poll(() => currentTheme(page), { message: `${second} after reload` }).toBe(second);
  });

  test("no console errors or hydration warnings", async ({ page, consoleProblems }) => {
    await page.goto(WEEK);
    await settle(page);
    const tocPlace = () => page.evaluate(() => document.querySelector('#lecture-toc a[aria-current="location"]')?.getAttribute("href") ?? null);
    const before = await tocPlace();
    await page.mouse.wheel(0, 4000);
    // What scrolling sets off has run once the TOC marks the section now in view.
    await expect.poll(tocPlace, { message: "the TOC follows the scroll" }).not.toBe(before);
    expect(consoleProblems).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`no axe violations (${theme})`, async ({ page }) => {
      // axe walks the whole 150 KiB note: well over 30 s when the machine is busy.
      test.slow();
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto(WEEK);
      await settle(page);
      await useTheme(page, theme);
      await expectNoAxeViolations(page, `${WEEK} (${theme})`);
    });
  }

  test("nothing in the note is lost", async ({ page }) => {
    await page.goto(WEEK);
    const text = await pageText(page);
    const lines = visibleLines(body(SOURCE));
    expect(lines.length).toBeGreaterThan(200);
    const missing = lines.filter((line) => !text.includes(line));
    expect(missing, `${missing.length} of ${lines.length} lines of content/week-08.md are not in the page text`).toEqual([]);
  });

  for (const width of [390, 1280]) {
    for (const theme of ["light", "dark"] as const) {
      test(`screenshot ${width}px ${theme}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
        await page.goto(WEEK);
        await settle(page);
        await useTheme(page, theme);
        await screenshot(page, testInfo, `week-08-${width}-${theme}`);
      });
    }
  }
});

test.describe("unknown pages", () => {
  test("/weeks/nope answers 404 in Korean with a link home", async ({ page }) => {
    const response = await page.goto("/weeks/nope");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    expect(await pageText(page)).toMatch(/[가-힣]/);
    await expect(page.locator('a[href="/"]').first()).toBeVisible();
  });
});
