import { expect, test } from "./helpers";

/**
 * The headers of issue #9, checked by request, and the page policy checked
 * where it matters: in Chromium, a script that is not the page's own does
 * not run, while the page's own scripts (Next's included) all do.
 */

const PAGES = ["/", "/weeks/week-08", "/weeks/week-08/lecture-2", "/search", "/search?q=serving", "/weeks/week-99"];

/** Every Content-Security-Policy header of a response (Node's fetch joins repeated headers with ", "). */
function policies(headers: Record<string, string>): string[] {
  return (headers["content-security-policy"] ?? "").split(/,\s*(?=[a-z-]+-src|frame-ancestors|base-uri|object-src|default-src)/u);
}

function scriptSources(policy: string): string[] {
  const directive = policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("script-src "));
  return directive ? directive.split(/\s+/u).slice(1) : [];
}

test.describe("security headers", () => {
  for (const url of PAGES) {
    test(`${url} forbids foreign and inline-handler scripts, framing and sniffing`, async ({ request }) => {
      const response = await request.get(url);
      expect([200, 404]).toContain(response.status());
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      const all = policies(headers);
      expect(all.join(";")).toContain("frame-ancestors 'none'");
      const pagePolicy = all.find((policy) => policy.includes("script-src"));
      expect(pagePolicy, "a policy with script-src").toBeDefined();
      const sources = scriptSources(pagePolicy ?? "");
      expect(sources[0]).toBe("'self'");
      expect(sources.length).toBeGreaterThan(1);
      for (const source of sources.slice(1)) expect(source).toMatch(/^'(?:sha256-[A-Za-z0-9+/]+=*|nonce-[A-Za-z0-9+/]+=*)'$/u);
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    });
  }

  test("a page rendered per request gets a new nonce each time", async ({ request }) => {
    const nonce = async () =>
      scriptSources(policies((await request.get("/search?q=serving")).headers()).find((p) => p.includes("script-src")) ?? "")[1];
    const [first, second] = [await nonce(), await nonce()];
    expect(first).toMatch(/^'nonce-/u);
    expect(first).not.toBe(second);
  });

  test("static files carry nosniff and refuse framing too", async ({ request }) => {
    for (const url of ["/search/index.json", "/sitemap.xml", "/icon.svg"]) {
      const headers = (await request.get(url)).headers();
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    }
  });
});

test.describe("the page policy in the browser", () => {
  for (const url of ["/weeks/week-08", "/search?q=serving"]) {
    test(`${url}: the site's own scripts run, injected ones do not`, async ({ page, consoleProblems }) => {
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(url);
      // Hydrated: the search button is a <button> only once React runs, so Next's scripts were allowed.
      await expect(page.getByRole("button", { name: /검색/u }).first()).toBeVisible();
      expect(violations, "the page's own scripts break no rule").toEqual([]);
      expect(consoleProblems).toEqual([]);

      const ran = await page.evaluate(async () => {
        const flags = window as unknown as Record<string, unknown>;
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.append(script);
        const image = document.createElement("img");
        image.setAttribute("onerror", "window.__handlerRan = true");
        image.src = "data:image/png;base64,broken";
        document.body.append(image);
        const link = document.createElement("a");
        link.href = "javascript:window.__urlRan = true";
        document.body.append(link);
        link.click();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { inline: flags.__inlineRan ?? false, handler: flags.__handlerRan ?? false, url: flags.__urlRan ?? false };
      });
      expect(ran).toEqual({ inline: false, handler: false, url: false });
      await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
      consoleProblems.length = 0;
    });
  }
});
