import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collapse, expect, pageText, settle, test } from "./helpers";

/**
 * Jekyll (Chirpy, Minimal Mistakes) and Hugo posts on the fixture site
 * (tests/fixtures/site): every line the author wrote shows, and nothing of
 * Liquid, a shortcode or a kramdown attribute list is left as text.
 */
const posts = ["jekyll-chirpy-post", "jekyll-minimal-mistakes-post", "hugo-post"] as const;

// Template constructs and Markdown syntax that never show as such; the text between them must.
const notText = /\{%.*?%\}|\{\{.*?\}\}|\{:.*?\}|<[^>]*>|`|\*\*|(?<![\w$])_|_(?!\w)|^\s*(?:#{1,6}|>|-|\d+\.)\s/gu;

/** The author's words of a post, in fragments: each must appear on the page. */
function writtenFragments(slug: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../fixtures/site/${slug}.md`, import.meta.url)), "utf8");
  const body = source.replace(/^---\n[\s\S]*?\n---\n/u, "");
  return body
    .split("\n")
    .filter((line) => !/^\s*(?:```|~~~)/u.test(line))
    .map((line) =>
      line
        // Images show their picture, not their alt; a link shows its text.
        .replace(/!\[[^\]]*\]\((?:[^()]|\([^)]*\))*\)/gu, " ")
        .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/gu, "$1"),
    )
    .flatMap((line) => line.split(notText))
    .map((fragment) => collapse(fragment ?? ""))
    .filter((fragment) => /[\p{L}\p{N}]{2}/u.test(fragment));
}

/** The text of the note outside code, where braces would be the author's code. */
async function proseText(page: import("@playwright/test").Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector(".note") ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest("pre, code")) parts.push(node.textContent ?? "");
    }
    return parts.join("");
  });
}

test.describe("Jekyll and Hugo posts", () => {
  for (const slug of posts) {
    test(`${slug}: every line of text shows, no template syntax leaks`, async ({ page }) => {
      // Site-absolute images (`/images/…`) are the coordinator's resolver's; never let one reach off the page.
      await page.route(/^(?!http:\/\/(?:localhost|127\.0\.0\.1)[:/]).*/u, (route) => route.abort());
      await page.goto(`/weeks/${slug}`);
      await settle(page);
      const text = await pageText(page);
      const fragments = writtenFragments(slug);
      expect(fragments.length).toBeGreaterThan(10);
      for (const fragment of fragments) expect(text, `"${fragment}" of ${slug}.md`).toContain(fragment);
      const prose = await proseText(page);
      expect(prose).not.toMatch(/\{%|%\}|\{\{[<%]|[>%]\}\}|\{:/u);
      await expect(page.locator(".note iframe")).toHaveCount(0);
    });
  }

  test("callouts, embeds and note links are what the themes showed", async ({ page }) => {
    await page.goto("/weeks/jekyll-chirpy-post");
    await settle(page);
    for (const title of ["참고", "경고", "팁"]) await expect(page.getByRole("note", { name: title })).toBeVisible();
    await page.getByRole("link", { name: "설정 노트" }).click();
    await expect(page).toHaveURL(/\/weeks\/jekyll-minimal-mistakes-post$/u);

    await page.goto("/weeks/hugo-post");
    await settle(page);
    await expect(page.getByRole("note", { name: "핵심 요약" })).toBeVisible();
    await expect(page.getByRole("link", { name: "YouTube 동영상 보기 (f6kdp27TYZs)" })).toHaveAttribute(
      "href",
      "https://www.youtube.com/watch?v=f6kdp27TYZs",
    );
    await expect(page.getByRole("link", { name: "자동 배포 정리" })).toHaveAttribute("href", "/weeks/jekyll-chirpy-post");
  });
});
