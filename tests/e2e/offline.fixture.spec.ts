import type { Page } from "@playwright/test";
import { expect, settle, test } from "./helpers";

/**
 * Offline reading (issue #23, item 8): the service worker (/sw.js, built per
 * build by app/sw.js/route.ts) keeps the notes a reader opened, so they open,
 * search and tick tasks with the network off.
 *
 * A new build is simulated by registering the same worker under a new script
 * URL (`/sw.js?simulated-build=2`): the browser treats a changed script URL
 * as a new version and installs it beside the running one, exactly as it does
 * when a deploy changes /sw.js's bytes (the build id inside; unit-tested in
 * tests/unit/offline/service-worker.test.ts). Rewriting /sw.js with
 * `context.route` would need Playwright's experimental routing of service
 * worker requests, and a real rebuild would take minutes.
 */
const WEEK = "/weeks/week-08";
const NOTICE = "오프라인 상태입니다 — 저장된 노트만 볼 수 있습니다";

async function waitUntilKept(page: Page): Promise<void> {
  // The worker registers after load and a quiet moment, then keeps the page and the code search needs.
  await expect(page.locator("[data-offline-ready]")).toBeAttached({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe("offline reading", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("/sw.js is served for this build, uncached, at the root", async ({ page, request }) => {
    await page.goto(WEEK);
    const build = await page.locator("[data-build]").getAttribute("data-build");
    const response = await request.get("/sw.js");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/javascript/u);
    expect(response.headers()["cache-control"]).toContain("no-cache");
    expect(await response.text()).toContain(`const BUILD_ID = ${JSON.stringify(build)};`);
    expect(build).not.toBe("development");
  });

  test("a note opened once opens, searches and ticks tasks with the network off; then a new build is offered", async ({ page, context }) => {
    test.slow();
    await page.goto(WEEK);
    await settle(page);
    await waitUntilKept(page);
    // A results page rendered per request, seen online: never kept.
    await page.goto("/search?q=docker");
    await page.goto(WEEK);
    await settle(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(NOTICE)).toBeVisible();

    // Tick a task offline; it is still ticked after another offline reload.
    const task = page.getByRole("checkbox").first();
    await expect(task).not.toBeChecked();
    await task.check();
    await page.reload();
    await expect(page.getByRole("checkbox").first()).toBeChecked();
    await settle(page).catch(() => undefined);

    // Search offline: the dialog's code, the index and this note's texts were kept.
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "검색" });
    await expect(dialog).toBeVisible();
    await dialog.locator('input[type="search"]').fill("마스크");
    const first = dialog.getByRole("option").first();
    await expect(first).toBeVisible();
    await expect(first.locator("mark").first()).toHaveText("마스크");
    await page.keyboard.press("Escape");

    // A page never opened gets the worker's offline page.
    await page.goto("/weeks/obsidian-attention");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("오프라인 상태입니다");
    await expect(page.getByText("이 페이지는 아직 저장되지 않았습니다")).toBeVisible();
    // The results page seen online was never kept: the worker leaves it to the browser, which has no network.
    await expect(page.goto("/search?q=docker")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/u);

    await context.setOffline(false);
    await page.goto(WEEK);
    await settle(page);
    await expect(page.getByText(NOTICE)).toHaveCount(0);
    // The page registers /sw.js again once loaded (a no-op for the same script); let it, before the "deploy".
    await waitUntilKept(page);

    // A new build: the worker installs beside the running one and waits; the page offers it.
    await page.evaluate(() =>
      navigator.serviceWorker.register("/sw.js?simulated-build=2", { scope: "/", updateViaCache: "none" }).then(() => undefined),
    );
    const notice = page.getByText("새 버전이 있습니다");
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "새로고침" }).click()]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toContain("simulated-build=2");
    await settle(page);
    await expect(page.getByText("새 버전이 있습니다")).toHaveCount(0);
  });
});
