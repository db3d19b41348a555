import type { Page } from "@playwright/test";
import { expect, settle, test } from "./helpers";

/**
 * Links prefetch on intent, not on load (issue #8): fetching and decoding the
 * pages of every link in view (the home page, and from it every week) made
 * long tasks right after load. components/site/IntentLink.tsx prefetches when a
 * pointer, focus or touch reaches the link.
 */
function routerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] !== undefined) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test.describe("prefetching", () => {
  for (const [route, target] of [
    ["/", "/weeks/week-08"],
    ["/weeks/week-08", "/"],
  ] as const) {
    test(`${route} fetches no other page on load; a link to ${target} prefetches it when pointed at`, async ({ page }) => {
      const fetched = routerRequests(page);
      await page.goto(route);
      await settle(page);
      expect(fetched, "router requests after load").toEqual([]);
      await page.locator(`a[href="${target}"]:visible`).first().hover();
      await expect.poll(() => fetched, { message: `the hovered link prefetches ${target}` }).toContain(target);
    });
  }
});
