import { expect, hydrated, test } from "./helpers";

/**
 * Hydration must leave the server's DOM as it is on a first visit (issue #8).
 * Enabling, swapping or relabelling controls once React starts used to make
 * one long commit: every changed element re-ran style invalidation, 5–27 ms
 * each in Lighthouse's trace, about 250 ms in all on the week page. Controls
 * that need scripts and their fallbacks are now both in the HTML, picked by
 * `@media (scripting)`, and islands read the browser (theme, platform, saved
 * ticks) only where it differs from the server's guess.
 */
const ROUTES = ["/", "/weeks/week-08", "/weeks/week-08/lecture-2", "/search"] as const;

/** Next.js adds its route announcer (an aria-live region for client navigations) once it has hydrated. */
const NEXT_ANNOUNCER = "NEXT-ROUTE-ANNOUNCER";

test.describe("hydration", () => {
  for (const route of ROUTES) {
    test(`changes nothing in the body of ${route} on a first visit`, async ({ page }) => {
      await page.addInitScript((announcer) => {
        const changes: string[] = [];
        Object.assign(window, { bodyChanges: changes });
        const name = (node: Node) =>
          node instanceof Element
            ? `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""} class="${node.getAttribute("class") ?? ""}">`
            : node.nodeName;
        new MutationObserver((records) => {
          for (const record of records) {
            // The head is Next's (preloads, its scripts); <html data-theme> is the boot script's, set before paint.
            if (!document.body?.contains(record.target)) continue;
            // What the parser adds while the document loads is the server's DOM itself.
            if (record.type === "childList" && document.readyState === "loading") continue;
            // Chromium blanks a script's `nonce` attribute once parsed, to keep it from other scripts.
            if (record.type === "attributes" && record.attributeName === "nonce") continue;
            if (record.type === "attributes") {
              const now = record.target instanceof Element ? record.target.getAttribute(record.attributeName ?? "") : null;
              if (now !== record.oldValue) changes.push(`${record.attributeName} of ${name(record.target)}: ${record.oldValue} → ${now}`);
            } else if (record.type === "characterData") {
              changes.push(`text in ${record.target.parentNode ? name(record.target.parentNode) : "?"}`);
            } else {
              const nodes = [...record.addedNodes, ...record.removedNodes].filter((node) => node.nodeName !== announcer);
              if (nodes.length > 0)
                changes.push(
                  `children of ${name(record.target)}: +${[...record.addedNodes].map(name).join(" ")} -${[...record.removedNodes].map(name).join(" ")}`,
                );
            }
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
      }, NEXT_ANNOUNCER);
      await page.goto(route);
      await page.waitForLoadState("networkidle");
      await hydrated(page);
      const changes = await page.evaluate(() => (window as unknown as { bodyChanges: string[] }).bodyChanges);
      expect(changes).toEqual([]);
    });
  }
});
