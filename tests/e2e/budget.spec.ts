import { gzipSync } from "node:zlib";
import { type APIRequestContext, expect, test } from "@playwright/test";

/**
 * Performance budget (issue #8), deterministic: the sizes come from the built
 * chunks, gzip level 9 by node:zlib, not from timing anything.
 *
 * A page's initial JavaScript is every `/_next/static/...js` its HTML names:
 * the `<script src>` tags, preloads and the chunks the RSC payload lists for
 * hydration, less the `noModule` polyfills. Islands loaded lazily (lightbox, search dialog, mermaid,
 * export/import) are not named there and do not count.
 *
 * WEEK_BUDGET: 152 KiB. Measured by this test: 148.0 KiB for /weeks/week-08
 * (8 scripts, polyfills excluded); `npm run bench` saw Chromium fetch 151.1 KiB
 * gzip-9 including islands loaded at idle, against 132.0 KiB for the bare
 * Next.js floor (bench/floor). The 4 KiB headroom lets small fixes land; the
 * issue's ceiling is the floor + 20 KiB. Raise it only with a figure from
 * `npm run bench` and a reason in the commit.
 */
const WEEK_BUDGET = 152 * 1024;

/**
 * CSS_BUDGET: 12 KiB gzip for any page without math. Measured: 9.4 KiB
 * (40.8 KB raw) for /weeks/week-08, Tailwind and our own rules, once KaTeX's
 * stylesheet and Pretendard's 92 subset font faces left the shared CSS (it was
 * 112 KB raw with them, and made every layout of a note several times slower).
 */
const CSS_BUDGET = 12 * 1024;

const ROUTES = ["/", "/weeks/week-08", "/weeks/week-08/lecture-2", "/search"] as const;

/** What must never be in a first load: parsing and highlighting happen at build time, search loads its index on demand. */
const FORBIDDEN: { what: string; markers: readonly string[] }[] = [
  // micromark's token names (what remark-parse and mdast-util-from-markdown run on) and marked's own error text.
  { what: "a Markdown parser", markers: ["codeFencedFenceSequence", "characterReferenceMarkerHexadecimal", "marked(): input parameter"] },
  // Shiki's error class name and the TextMate tokenizer's method, both kept by minifiers.
  { what: "Shiki", markers: ["ShikiError", "tokenizeLine2"] },
];

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/**
 * The distinct scripts a page's HTML names, in order, without the `noModule`
 * polyfills: browsers with ES modules (every one we support) never fetch them.
 */
function initialScripts(html: string): string[] {
  const noModule = new Set(
    [...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*>/giu)].flatMap((tag) =>
      [...tag[0].matchAll(/\/_next\/static\/[^"'\s\\]+?\.js/gu)].map((match) => match[0]),
    ),
  );
  const named = [...html.matchAll(/\/_next\/static\/[^"'\s\\]+?\.js/gu)].map((match) => match[0]);
  return [...new Set(named)].filter((src) => !noModule.has(src));
}

/**
 * Pieces of the served search index that any copy of it would contain: an
 * ASCII stretch of its postings and of its term dictionary (ASCII, so a
 * bundler escaping non-ASCII characters cannot hide it).
 */
async function searchIndexMarkers(request: APIRequestContext): Promise<string[]> {
  const index = JSON.parse(await text(request, "/search/index.json")) as { terms?: unknown; postings?: unknown };
  const markers: string[] = [];
  for (const field of [index.terms, index.postings]) {
    if (typeof field !== "string") continue;
    const ascii = [...field.matchAll(/[\x21-\x7e][\x20-\x7e]{30,}[\x21-\x7e]/gu)].map((match) => match[0]);
    const longest = ascii.sort((a, b) => b.length - a.length)[0];
    if (longest) {
      const middle = Math.floor(longest.length / 2);
      markers.push(longest.slice(Math.max(0, middle - 16), middle + 16));
    }
  }
  return markers;
}

test.describe("performance budget", () => {
  test(`week page first-load JavaScript stays under ${WEEK_BUDGET / 1024} KiB gzip`, async ({ request }) => {
    const scripts = initialScripts(await text(request, "/weeks/week-08"));
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = await Promise.all(
      scripts.map(async (src) => ({ src, gzip: gzipSync(Buffer.from(await (await request.get(src)).body()), { level: 9 }).length })),
    );
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const listing = sizes
      .sort((a, b) => b.gzip - a.gzip)
      .map(({ src, gzip }) => `${(gzip / 1024).toFixed(1).padStart(6)} KiB ${src}`)
      .join("\n");
    expect(total, `initial JS of /weeks/week-08 is ${(total / 1024).toFixed(1)} KiB gzip:\n${listing}`).toBeLessThanOrEqual(WEEK_BUDGET);
  });

  for (const route of ROUTES) {
    test(`${route} loads no web font and at most ${CSS_BUDGET / 1024} KiB gzip of CSS`, async ({ request }) => {
      const html = await text(request, route);
      const sheets = [...new Set([...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/gu)].map((match) => match[1] ?? ""))];
      expect(sheets.length).toBeGreaterThan(0);
      const css = (await Promise.all(sheets.map((href) => text(request, href)))).join("\n");
      expect(css.match(/@font-face/gu) ?? [], `${route}: system fonts only, and KaTeX's fonts only on pages with math`).toEqual([]);
      expect(gzipSync(Buffer.from(css), { level: 9 }).length, `${route}: ${sheets.join(", ")}`).toBeLessThanOrEqual(CSS_BUDGET);
    });

    test(`${route} ships no Markdown parser, Shiki or search index in its initial scripts`, async ({ request }) => {
      const forbidden = [...FORBIDDEN, { what: "the search index", markers: await searchIndexMarkers(request) }];
      expect(forbidden.at(-1)?.markers.length, "markers taken from /search/index.json").toBeGreaterThan(0);
      const found: string[] = [];
      for (const src of initialScripts(await text(request, route))) {
        const code = await text(request, src);
        for (const { what, markers } of forbidden) {
          const marker = markers.find((candidate) => code.includes(candidate));
          if (marker) found.push(`${src} holds ${what} (${JSON.stringify(marker)})`);
        }
      }
      expect(found, `initial scripts of ${route}`).toEqual([]);
    });
  }
});
