import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, screenshot, settle, test, useTheme, type Theme } from "./helpers";

/**
 * GitHub parity (issue 10) on the fixture site (tests/fixtures/site): the note
 * tests/fixtures/github-parity.md holds every GitHub extension, and week-08 is
 * the real note, which has no diagram.
 */
const PARITY = "/weeks/github-parity";
const WEEK_8 = "/weeks/week-08";

// A message from mermaid's core; the diagram island itself never contains it.
const MERMAID_SIGNATURE = "No diagram type detected";

/** The diagram island has drawn its SVG (mermaid is loaded on demand). */
async function diagramDrawn(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator(`.mermaid-svg[data-theme-drawn="${theme}"] svg`)).toBeVisible({ timeout: 20_000 });
}

test.describe("GitHub parity note", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`renders every construct visibly in the ${theme} theme, axe-clean`, async ({ page, consoleProblems }, testInfo) => {
      // axe, a full-page screenshot and mermaid's first draw: more than the default 30 s on a busy machine.
      test.slow();
      await page.goto(PARITY);
      await settle(page);
      await useTheme(page, theme);
      await diagramDrawn(page, theme);

      for (const title of ["참고", "팁", "중요", "경고", "주의"]) {
        await expect(page.getByRole("note", { name: title })).toBeVisible();
      }
      await expect(page.getByRole("heading", { name: "각주", exact: true }).last()).toBeVisible();
      await expect(page.getByText("배포 성공 🚀 리뷰 완료 👍 테스트 통과 ✅")).toBeVisible();
      await expect(page.locator(".note .katex")).toHaveCount(3);
      await expect(page.locator(".note .katex-display")).toBeVisible();
      // KaTeX's stylesheet, linked only where there is math, hides the MathML copy kept for screen readers.
      await expect(page.locator(".note .katex-mathml").first()).toHaveCSS("position", "absolute");
      await expect(page.locator(".note .math-error")).toContainText("수식 오류");
      await expect(page.getByRole("link", { name: "아직 없는 99주차" })).toHaveAttribute("title", "없는 노트");
      await expect(page.locator(".note kbd").first()).toBeVisible();
      await expect(page.locator(".note mark")).toBeVisible();
      const shown = theme === "dark" ? "어두운 테마 전용 로고" : "밝은 테마 전용 로고";
      const hidden = theme === "dark" ? "밝은 테마 전용 로고" : "어두운 테마 전용 로고";
      // Lazy images have no height until loaded: bring them near the viewport first.
      const shownImage = page.getByRole("img", { name: shown });
      await shownImage.scrollIntoViewIfNeeded();
      await expect(shownImage).toBeVisible();
      await expect(page.getByAltText(hidden)).toHaveCSS("display", "none");

      await expectNoAxeViolations(page, `${PARITY} (${theme})`);
      await screenshot(page, testInfo, `github-parity-${theme}`);
      expect(consoleProblems).toEqual([]);
    });
  }

  test("footnote links go to the footnote and back to each reference", async ({ page }) => {
    await page.goto(PARITY);
    await settle(page);
    const references = page.locator("a[data-footnote-ref]");
    await expect(references).toHaveText(["1", "2", "1"]);

    await references.nth(2).click();
    await expect(page).toHaveURL(/#fn-1$/u);
    const footnote = page.locator("li#fn-1");
    await expect(footnote).toBeInViewport();
    await expect(footnote).toContainText("Attention Is All You Need");

    await footnote.getByRole("link", { name: "본문으로 돌아가기 (1-2)" }).click();
    await expect(page).toHaveURL(/#fnref-1-2$/u);
    await expect(page.locator("#fnref-1-2")).toBeInViewport();
  });

  test("the mermaid block becomes an SVG diagram that follows the theme", async ({ page }) => {
    await page.goto(PARITY);
    await settle(page);
    await useTheme(page, "light");
    await diagramDrawn(page, "light");
    const svg = page.locator(".mermaid-svg svg");
    await expect(svg).toHaveAttribute("aria-label", /다이어그램/u);
    await expect(svg).toContainText("모델 학습");
    // The source stays available, folded, and the failure notice is not shown.
    await expect(page.locator(".mermaid-source summary")).toHaveText("다이어그램 원본");
    await expect(page.getByText("다이어그램을 그릴 수 없어 원본을 표시합니다")).toBeHidden();
    await useTheme(page, "dark");
    await diagramDrawn(page, "dark");
  });

  test("mermaid's code loads only after the page, and never on a page without diagrams", async ({ page }) => {
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(response.url());
    });
    // Bodies are fetched again by URL: the browser may serve a chunk from its cache without one.
    const carryingMermaid = async (urls: Iterable<string>) => {
      const found: string[] = [];
      for (const url of urls) if ((await (await page.request.get(url)).text()).includes(MERMAID_SIGNATURE)) found.push(url);
      return found;
    };

    await page.goto(WEEK_8);
    await settle(page);
    expect(scripts.size).toBeGreaterThan(0);
    expect(await carryingMermaid(scripts), "week-08 has no diagram and must not load mermaid").toEqual([]);

    // On the note with a diagram: not in the scripts of its HTML, only in a chunk requested afterwards.
    const html = await (await page.request.get(PARITY)).text();
    const initial = [...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((match) => new URL(match[1] ?? "", page.url()).href);
    expect(initial.length).toBeGreaterThan(0);
    expect(await carryingMermaid(initial), "the initial scripts of the diagram's page").toEqual([]);
    scripts.clear();
    await page.goto(PARITY);
    await diagramDrawn(page, "light");
    expect((await carryingMermaid(scripts)).length, "the diagram's page loads mermaid on demand").toBeGreaterThan(0);
  });

  test("links between notes lead to the other note's page and section", async ({ page }) => {
    await page.goto(PARITY);
    await settle(page);
    await expect(page.getByRole("link", { name: "8주차 노트" })).toHaveAttribute("href", "/weeks/week-08");
    await page.getByRole("link", { name: "모델 서빙 강의" }).click();
    await expect(page).toHaveURL(/\/weeks\/week-08#lecture-3$/u);
    await expect(page.locator("#lecture-3")).toBeInViewport();
  });

  test("callouts, anchors and autolinks behave as on GitHub", async ({ page }) => {
    await page.goto(PARITY);
    await settle(page);
    await expect(page.getByRole("note", { name: "경고" })).toContainText("학습률을 너무 크게 잡으면 발산합니다.");
    await expect(page.locator("blockquote", { hasText: "[!NOTE] 같은 줄에" })).toBeVisible();

    await page.getByRole("link", { name: "위의 앵커로 이동" }).click();
    await expect(page).toHaveURL(/#user-content-parity-anchor$/u);

    await expect(page.getByRole("link", { name: "https://example.com/docs", exact: true })).toHaveAttribute("href", "https://example.com/docs");
    await expect(page.getByRole("link", { name: "www.example.com", exact: true })).toHaveAttribute("href", "http://www.example.com");
  });

  test("nested task lists: a parent is mixed while some of its tasks are done, and ticking it sets them all", async ({ page }) => {
    await page.goto(PARITY);
    await settle(page);
    const parent = page.getByRole("checkbox", { name: "실습 환경 준비" });
    const docker = page.getByRole("checkbox", { name: "도커 설치" });
    const build = page.getByRole("checkbox", { name: "이미지 빌드" });
    // The author's state: one of the two tasks done.
    await expect(parent).toBeChecked({ indeterminate: true });
    await expect(parent).toHaveAttribute("aria-checked", "mixed");
    await expect(docker).toBeChecked();

    await build.check();
    await expect(parent).toBeChecked();
    await expect(parent).not.toHaveAttribute("aria-checked");

    await parent.click();
    for (const box of [parent, docker, build]) await expect(box).not.toBeChecked();

    await page.reload();
    await settle(page);
    // The reader's ticks, not the author's [x], once there are any.
    for (const box of [parent, docker, build]) await expect(box).not.toBeChecked();
    await docker.check();
    await expect(parent).toBeChecked({ indeterminate: true });
  });
});
