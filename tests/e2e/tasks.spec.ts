import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { LEGACY_STORAGE_KEY } from "../../lib/tasks/legacy";
import { LAST_READ_KEY } from "../../lib/tasks/resume";
import { STORAGE_KEY } from "../../lib/tasks/store";
import { expect, hydrated, settle, test } from "./helpers";

const WEEK = "/weeks/week-08";
const FIRST = "MLOps가 필요한 이유 이해하기";
const SECOND = "MLOps의 각 Component에 대해 이해하기(왜 이런 Component가 생겼는가?)";

function lecture2Progress(page: Page) {
  return page.getByRole("progressbar", { name: "(2강) MLOPs 개론 진행률" });
}

function task(page: Page, name: string) {
  // The TOC's Contents list in the body repeats the text as plain items; only the checkbox has this name.
  return page.getByRole("checkbox", { name, exact: true });
}

/** Opens the week and waits until its islands have hydrated. */
async function openWeek(page: Page, hash = ""): Promise<void> {
  await page.goto(`${WEEK}${hash}`);
  await settle(page);
}

test.describe("self-study tasks", () => {
  test("tick two (2강) tasks by mouse, reload: still ticked, 2 of 4, shown on the TOC and the home page", async ({ page, consoleProblems }) => {
    await openWeek(page);
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "0");
    await task(page, FIRST).click();
    await page.getByText(SECOND, { exact: true }).and(page.locator("label")).click();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "2");

    await page.reload();
    await settle(page);
    await expect(task(page, FIRST)).toBeChecked();
    await expect(task(page, SECOND)).toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "2");
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuemax", "4");
    await expect(page.getByRole("progressbar", { name: "Week 8 진행률" })).toHaveAttribute("aria-valuenow", "2");
    await expect(page.locator('#lecture-toc a[href="#lecture-2"]')).toContainText("과제 2/4");

    await page.goto("/");
    await settle(page);
    const week = page.getByRole("progressbar", { name: "Week 8 진행률" });
    await expect(week).toHaveAttribute("aria-valuenow", "2");
    await expect(week).toHaveAttribute("aria-valuemax", "13");
    await expect(page.getByRole("progressbar", { name: "전체 과제 진행률" })).toHaveAttribute("aria-valuenow", "2");
    expect(consoleProblems).toEqual([]);
  });

  test("the TOC counts a lecture's ticks and marks it complete; unticking takes the mark back", async ({ page, consoleProblems }) => {
    await openWeek(page);
    const count = page.locator('#lecture-toc a[href="#lecture-2"] [data-toc-task-count="lecture-2"]');
    await expect(count).toHaveText("(과제 0/4)");
    await expect(count).not.toHaveAttribute("data-complete");
    const checkboxes = page.locator('input.task-checkbox[data-task-id^="week-08/lecture-2/"]');
    await expect(checkboxes).toHaveCount(4);
    for (const checkbox of await checkboxes.all()) await checkbox.check();
    await expect(count).toHaveText("(과제 4/4 ✓ 완료)");
    await expect(count).toHaveAttribute("data-complete", "");
    await checkboxes.first().uncheck();
    await expect(count).toHaveText("(과제 3/4)");
    await expect(count).not.toHaveAttribute("data-complete");
    // Lectures without tasks get no count.
    await expect(page.locator('#lecture-toc a[href="#lecture-1"] [data-toc-task-count]')).toHaveCount(0);
    expect(consoleProblems).toEqual([]);
  });

  test("works by keyboard: Tab to a checkbox, Space ticks it", async ({ page }) => {
    await openWeek(page);
    await task(page, FIRST).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(task(page, FIRST)).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await expect(task(page, SECOND)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(task(page, FIRST)).toBeChecked();
    await expect(task(page, SECOND)).toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "2");
    await page.keyboard.press("Space");
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "1");
  });

  test("a second page of the same browser sees a tick without reloading", async ({ page, context }) => {
    await openWeek(page);
    const other = await context.newPage();
    await openWeek(other);
    await task(page, FIRST).check();
    await expect(task(other, FIRST)).toBeChecked();
    await expect(lecture2Progress(other)).toHaveAttribute("aria-valuenow", "1");
  });

  test("with localStorage throwing, the page renders, ticks work in memory and a notice says so once", async ({ page, consoleProblems }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
    });
    await openWeek(page);
    await expect(page.locator("h1")).toHaveText("Week 8 : AI 서비스 개발 기초");
    await task(page, FIRST).check();
    await expect(task(page, FIRST)).toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "1");
    const notice = page.getByRole("status").filter({ hasText: "저장할 수 없어요" });
    await expect(notice).toHaveCount(1);
    await notice.getByRole("button", { name: "알림 닫기" }).click();
    await expect(notice).toHaveCount(0);
    expect(consoleProblems).toEqual([]);
  });

  test("남은 과제만 hides ticked tasks; 이 주 초기화 resets the week after confirmation", async ({ page }) => {
    await openWeek(page);
    await task(page, FIRST).check();
    const filter = page.getByRole("button", { name: "남은 과제만" });
    await filter.click();
    await expect(filter).toHaveAttribute("aria-pressed", "true");
    await expect(task(page, FIRST)).toBeHidden();
    await expect(task(page, SECOND)).toBeVisible();
    await filter.click();
    await expect(task(page, FIRST)).toBeVisible();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "이 주 초기화" }).click();
    await expect(task(page, FIRST)).not.toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "0");
  });

  test("export, then import in a fresh browser context restores the ticks; a bad file changes nothing", async ({ page, browser }, testInfo) => {
    await openWeek(page);
    await task(page, FIRST).check();
    await task(page, SECOND).check();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "진행 상황 내보내기" }).click()]);
    const file = testInfo.outputPath("progress.json");
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^study-portal-progress-\d{4}-\d{2}-\d{2}\.json$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openWeek(other);
    await expect(task(other, FIRST)).not.toBeChecked();
    const input = other.locator('input[type="file"]');
    await input.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
    await expect(other.getByRole("status").filter({ hasText: "가져오지 못했습니다" })).toBeVisible();
    await expect(lecture2Progress(other)).toHaveAttribute("aria-valuenow", "0");

    await input.setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: await readFile(file) });
    await expect(other.getByRole("status").filter({ hasText: "진행 상황을 가져왔습니다" })).toBeVisible();
    await expect(task(other, FIRST)).toBeChecked();
    await expect(task(other, SECOND)).toBeChecked();
    await expect(lecture2Progress(other)).toHaveAttribute("aria-valuenow", "2");
    await fresh.close();
  });

  test("the home page offers 이어서 보기: the lecture last read and the next open task", async ({ page }) => {
    await openWeek(page, "#lecture-3");
    await expect(page.locator('#lecture-toc a[aria-current="location"]')).toHaveAttribute("href", "#lecture-3");
    // The place is written after a short delay: wait until storage holds it, not for the delay.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), LAST_READ_KEY), { message: "the last-read place in localStorage" })
      .toContain('"anchor":"lecture-3"');
    await page.goto("/");
    await settle(page);
    const resume = page.getByRole("region", { name: "이어서 보기" });
    await expect(resume.getByRole("link").first()).toHaveAttribute("href", "/weeks/week-08#lecture-3");
    await expect(resume).toContainText("Rules of Machine Learning");
  });

  test("a week left at once (reload, another page) is still the one 이어서 보기 offers", async ({ page }) => {
    await page.goto(`${WEEK}#lecture-4`);
    await hydrated(page);
    // No wait: the place is written when the page goes away, not only after its short delay.
    await page.goto("/");
    await settle(page);
    await expect(page.getByRole("region", { name: "이어서 보기" }).getByRole("link").first()).toHaveAttribute("href", "/weeks/week-08#lecture-4");
  });

  test("without JavaScript the tasks are readable, the page says ticks are not saved, and the task buttons are hidden", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(WEEK);
    await expect(task(page, FIRST)).toBeVisible();
    await expect(page.locator('[data-lecture-tasks="lecture-2"]')).toContainText(SECOND);
    // The note reads as usual, and the page says what it cannot do.
    await expect(page.locator("h1")).toHaveText("Week 8 : AI 서비스 개발 기초");
    await expect(page.getByText("JavaScript가 꺼져 있어 과제 체크가 저장되지 않고", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "(2강) MLOPs 개론" }).first()).toBeVisible();
    // Controls that would do nothing are not offered; the links that stand in for the header's buttons are.
    for (const name of ["남은 과제만", "이 주 초기화", "진행 상황 내보내기", "진행 상황 가져오기"])
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /테마/u })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "검색" })).toBeVisible();
    await context.close();
  });

  test("a task ticked before the page's scripts ran is kept once they run", async ({ page }) => {
    // Hold the scripts back until the reader has ticked, as on a slow phone.
    let release: () => void = () => undefined;
    const scriptsMayLoad = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_next\/static\/.+\.js$/u, async (route) => {
      await scriptsMayLoad;
      await route.continue();
    });
    await page.goto(WEEK, { waitUntil: "domcontentloaded" });
    await task(page, FIRST).check();
    release();
    await settle(page);
    await expect(task(page, FIRST)).toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "1");
    await page.reload();
    await settle(page);
    await expect(task(page, FIRST)).toBeChecked();
  });

  test("with JavaScript on, the no-JavaScript message stays hidden", async ({ page }) => {
    await openWeek(page);
    await expect(page.getByText("JavaScript가 꺼져 있어", { exact: false })).toBeHidden();
  });
});

/** The reader's saved progress in a state the store cannot simply use. */
test.describe("self-study tasks: storage the page cannot use as is", () => {
  /** Puts `value` under `key` before the page's own scripts run, on the first load only. */
  async function seed(page: Page, key: string, value: string): Promise<void> {
    await page.addInitScript(
      ([seedKey, seedValue]) => {
        if (sessionStorage.getItem("seeded") !== null) return;
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(seedKey, seedValue);
      },
      [key, value] as const,
    );
  }

  function stored(page: Page, key: string): Promise<string | null> {
    return page.evaluate((storageKey) => localStorage.getItem(storageKey), key);
  }

  for (const [name, value, message] of [
    ["corrupt", "{not json", "저장된 과제 진행 상황을 읽을 수 없어"],
    ["of the wrong shape", JSON.stringify({ version: 1, ticks: { x: "yes" } }), "저장된 과제 진행 상황을 읽을 수 없어"],
    ["from a newer version", JSON.stringify({ version: 2, tasks: [] }), "다른 버전에서 저장한 진행 상황이라 덮어쓰지 않아요"],
  ] as const) {
    test(`saved progress ${name}: the page works in memory, says so, and leaves the value alone`, async ({ page, consoleProblems }) => {
      await seed(page, STORAGE_KEY, value);
      await openWeek(page);
      await expect(page.locator("h1")).toHaveText("Week 8 : AI 서비스 개발 기초");
      await expect(page.getByRole("status").filter({ hasText: message })).toHaveCount(1);
      await task(page, FIRST).check();
      await expect(task(page, FIRST)).toBeChecked();
      await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "1");
      expect(await stored(page, STORAGE_KEY)).toBe(value);
      expect(consoleProblems).toEqual([]);
    });
  }

  test("storage full (QuotaExceededError): ticks work in memory and a notice says they are not saved", async ({ page, consoleProblems }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await openWeek(page);
    await expect(page.getByRole("status").filter({ hasText: "저장할 수 없어요" })).toHaveCount(0);
    await task(page, FIRST).check();
    await task(page, SECOND).check();
    await expect(task(page, FIRST)).toBeChecked();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "2");
    await expect(page.getByRole("status").filter({ hasText: "저장 공간이 부족하거나 막혀 있어" })).toHaveCount(1);
    expect(await stored(page, STORAGE_KEY)).toBeNull();
    expect(consoleProblems).toEqual([]);
  });

  test("localStorage itself is unreachable (SecurityError on access): the page works and says so", async ({ page, consoleProblems }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await openWeek(page);
    await expect(page.locator("h1")).toHaveText("Week 8 : AI 서비스 개발 기초");
    await task(page, FIRST).check();
    await expect(lecture2Progress(page)).toHaveAttribute("aria-valuenow", "1");
    await expect(page.getByRole("status").filter({ hasText: "이 브라우저에서는 과제 진행 상황을 저장할 수 없어요" })).toHaveCount(1);
    expect(consoleProblems).toEqual([]);
  });

  test("progress saved by an older build (study-portal:tasks) is carried over to the current format", async ({ page, context }) => {
    // The task's id, as the current store writes it.
    await openWeek(page);
    await task(page, FIRST).check();
    const document = JSON.parse((await stored(page, STORAGE_KEY)) ?? "{}") as { ticks?: Record<string, unknown> };
    const [id] = Object.keys(document.ticks ?? {});
    expect(id).toMatch(/^week-08\//u);

    for (const legacy of [JSON.stringify([id]), JSON.stringify({ [id ?? ""]: true }), JSON.stringify({ version: 0, done: [id] })]) {
      await page.evaluate(
        ([key, value]) => {
          localStorage.clear();
          localStorage.setItem(key, value);
        },
        [LEGACY_STORAGE_KEY, legacy] as const,
      );
      const fresh = await context.newPage();
      await openWeek(fresh);
      await expect(task(fresh, FIRST), legacy).toBeChecked();
      await expect(task(fresh, SECOND)).not.toBeChecked();
      await expect(lecture2Progress(fresh)).toHaveAttribute("aria-valuenow", "1");
      await expect(fresh.getByRole("status").filter({ hasText: "저장" })).toHaveCount(0);
      expect(await stored(fresh, LEGACY_STORAGE_KEY)).toBeNull();
      expect(JSON.parse((await stored(fresh, STORAGE_KEY)) ?? "{}")).toMatchObject({ version: 1, ticks: { [id ?? ""]: { done: true } } });
      await fresh.close();
    }
  });
});
