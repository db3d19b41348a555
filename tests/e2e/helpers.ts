import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type ConsoleMessage, type Page, type TestInfo } from "@playwright/test";

/**
 * The tests never touch the network: every request to a host other than the
 * local server is answered here. Images (the notes embed
 * user-images.githubusercontent.com) get a small local PNG, anything else is aborted.
 */
const PIXEL = readFileSync(fileURLToPath(new URL("./fixtures/pixel.png", import.meta.url)));
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);
const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp|avif|svg|ico|bmp)$/i;

/** Whether a URL points at the site under test (or is not a network URL at all). */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

type Fixtures = {
  /** Console errors, uncaught page errors and hydration warnings seen by `page`. */
  consoleProblems: string[];
};

export const test = base.extend<Fixtures>({
  context: async ({ context }, provide) => {
    await context.route("**/*", async (route) => {
      const request = route.request();
      if (isLocal(request.url())) return route.fallback();
      const isImage = request.resourceType() === "image" || IMAGE_PATH.test(new URL(request.url()).pathname);
      if (isImage) return route.fulfill({ status: 200, contentType: "image/png", body: PIXEL });
      return route.abort("blockedbyclient");
    });
    await provide(context);
  },

  consoleProblems: async ({ page }, provide) => {
    const problems: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      const text = message.text();
      const where = message.location().url;
      // An aborted request to the outside world is the test's doing, not the page's.
      if (text.startsWith("Failed to load resource") && where && !isLocal(where)) return;
      if (message.type() === "error") problems.push(`console.error: ${text}${where ? ` (${where})` : ""}`);
      else if (message.type() === "warning" && /hydrat/i.test(text)) problems.push(`console.warn: ${text}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await provide(problems);
  },
});

export { expect };

export type Theme = "light" | "dark";

/** The current `<html data-theme>`, or null when none is set. */
export function currentTheme(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.theme ?? null);
}

/** The theme toggle: a button whose accessible name contains "테마". */
export function themeToggle(page: Page) {
  return page.getByRole("button", { name: /테마/ }).first();
}

/** Waits until the page is loaded and idle, and its client islands have hydrated. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await hydrated(page);
}

/**
 * Waits until React has hydrated the page and run the islands' effects.
 * Hydration changes nothing visible (issue #8: every control is in the server
 * HTML, enabled), so this waits for the marker the layout's last island sets
 * (`<html data-hydrated>`, components/site/OfflineStatus.tsx) once everything
 * before it is hydrated, then lets two frames pass for the islands' own effects.
 * Pages without scripts return at once.
 */
export async function hydrated(page: Page): Promise<void> {
  if (!(await page.evaluate(() => matchMedia("(scripting: enabled)").matches))) return;
  await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Switches the page to `theme` with the toggle (at most two clicks) and waits for it. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  for (let clicks = 0; clicks < 2; clicks++) {
    const before = await currentTheme(page);
    if (before === theme) return;
    await themeToggle(page).click();
    await expect.poll(() => currentTheme(page), { message: `the theme toggle did not change data-theme (was ${before})` }).not.toBe(before);
  }
  await expect.poll(() => currentTheme(page), { message: `could not switch to the ${theme} theme` }).toBe(theme);
}

/** Runs axe (WCAG 2 A and AA rules) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}, ${violation.nodes.length} element(s)): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").join(" ") ?? ""}`)
        .join("\n"),
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

export const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-results/screenshots", import.meta.url));

/** Full-page screenshot into test-results/screenshots/<name>.png, also attached to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** `document.body.innerText` with whitespace collapsed to single spaces. */
export async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText);
  return collapse(text);
}

/** NFC, runs of whitespace (including non-breaking spaces) to one space, trimmed. */
export function collapse(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}
