import { collapse, expect, expectNoAxeViolations, pageText, settle, test, useTheme } from "./helpers";

/**
 * Obsidian vault notes (issue 19) on the fixture site: tests/fixtures/site/obsidian-transformer.md
 * links obsidian-attention.md with wiki links, embeds obsidian-diagram.png, and holds
 * highlights, comments and callouts of every form.
 */
const TRANSFORMER = "/weeks/obsidian-transformer";
const ATTENTION = "/weeks/obsidian-attention";

// Every line of the note's text as the reader sees it, in order (callout bodies once unfolded).
const LINES = [
  "트랜스포머는 obsidian-attention만으로 만든 인코더-디코더 모델이다.",
  "핵심은 셀프 어텐션이고, 위치 정보는 obsidian-attention > 위치 인코딩으로 더한다.",
  "아직 정리하지 않은 obsidian-positional-encoding 노트도 곧 쓸 예정.",
  "인코더는 6층, 디코더도 6층이 기본 설정이다.",
  "한 줄 요약",
  "순환 없이 어텐션만으로 문장을 읽는다.",
  "외우는 요령 (접힘)",
  "Q는 질문, K는 색인, V는 내용이라고 생각하면 쉽다.",
  "왜 √d로 나누나요?",
  "내적 값이 커지면 softmax가 한쪽으로 쏠리기 때문이다.",
  "d = 64이면 8로 나눈다.",
  "조교 설명",
  "다음 주 퀴즈 범위에 들어간다.",
  "코드 안의 문법은 그대로 보인다: [[노트]], ==강조==, %%주석%%.",
  "scores = q @ k.T # [[이건 코드]] ==그대로== %%그대로%%",
  "어텐션 어텐션 노트",
  "같은 노트의 구조 한눈에 보기로 돌아가기. 논문은 [Paper]에서 읽는다.",
];

test.describe("Obsidian vault note", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`shows every line, highlights and callouts, and no comment, in the ${theme} theme, axe-clean`, async ({ page, consoleProblems }) => {
      test.slow();
      await page.goto(TRANSFORMER);
      await settle(page);
      await useTheme(page, theme);
      const note = page.locator("article.note");
      // Unfold the closed callout so its body is part of the page's visible text.
      await note.locator("details.callout:not([open]) > summary").first().click();
      const text = collapse(await note.innerText());
      let from = 0;
      for (const line of LINES) {
        const at = text.indexOf(line, from);
        expect(at, `"${line}" is shown after the previous line`).toBeGreaterThanOrEqual(0);
        from = at + line.length;
      }
      // Obsidian's reading view hides comments; the syntax itself never shows outside code.
      const body = await pageText(page);
      for (const hidden of ["논문 표 1 다시 확인하기", "TODO: 이 아래는", "디코더 마스킹 그림 추가하기", "[!note]", "[!tip]", "[[obsidian"]) {
        expect(body).not.toContain(hidden);
      }
      await expect(note.locator("mark")).toHaveText("인코더는 6층, 디코더도 6층");
      await expect(page.getByRole("note", { name: "한 줄 요약" })).toBeVisible();
      await expect(page.getByRole("note", { name: "조교 설명" })).toBeVisible();
      await expectNoAxeViolations(page, `${TRANSFORMER} (${theme})`);
      expect(consoleProblems).toEqual([]);
    });
  }

  test("folds callouts without JavaScript state: - starts closed, + starts open, both toggle", async ({ page }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    const closed = page.locator("details.callout", { hasText: "외우는 요령" });
    const closedBody = closed.getByText("Q는 질문, K는 색인");
    await expect(closedBody).toBeHidden();
    await closed.getByText("외우는 요령 (접힘)").click();
    await expect(closedBody).toBeVisible();

    const open = page.locator("details.callout", { hasText: "왜 √d로 나누나요?" }).first();
    const openBody = open.getByText("내적 값이 커지면");
    await expect(openBody).toBeVisible();
    await open.locator("> summary").click();
    await expect(openBody).toBeHidden();
  });

  test("wiki links lead to the linked note and its heading; the missing one is marked", async ({ page }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    await expect(page.getByRole("link", { name: "obsidian-positional-encoding" })).toHaveAttribute("title", "없는 노트");
    await page.getByRole("link", { name: "셀프 어텐션" }).click();
    await expect(page).toHaveURL(new RegExp(`${ATTENTION}#self-attention$`, "u"));
    await expect(page.getByRole("heading", { name: "Self-Attention" })).toBeInViewport();
    // And back by the alias the other note gave.
    await page.locator("article.note").getByRole("link", { name: "트랜스포머 정리" }).click();
    await expect(page).toHaveURL(new RegExp(`${TRANSFORMER}$`, "u"));
  });

  test("shows the embedded image at the width the note asked for", async ({ page }) => {
    await page.goto(TRANSFORMER);
    await settle(page);
    const image = page.locator("article.note img").first();
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute("width", "300");
    expect(await image.evaluate((element) => (element instanceof HTMLImageElement ? element.naturalWidth : 0))).toBeGreaterThan(0);
  });
});
