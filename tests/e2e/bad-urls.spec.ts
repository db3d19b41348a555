import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./helpers";

/**
 * Issue 9, bad URLs: unknown weeks and sections, `..%2f` traversal on every
 * dynamic route, double encoding, overlong paths, NUL bytes and odd methods.
 * The answer is a 404 or 405 (a 400 where Next's server refuses the request
 * line, a same-site redirect that ends in a 404 where Next normalizes a
 * slash), never a 5xx, and never the content of a file outside the site.
 */

/** What must never be served: package.json, /etc/passwd, a source file, the build's internals. */
const FOREIGN = [/"name":\s*"study-portal"/u, /root:x:0:0/u, /"devDependencies"/u, /import type \{ NextConfig \}/u, /^---\ntitle:/mu];

/** Each dynamic route of the site with a traversal spliced into its parameter. */
const TRAVERSALS = [
  "..%2f..%2fpackage.json",
  "..%2F..%2F..%2Fpackage.json",
  "..%252f..%252fpackage.json",
  "%252e%252e%252f%252e%252e%252fpackage.json",
  "%2e%2e%2f%2e%2e%2fpackage.json",
  "..%5c..%5cpackage.json",
  "....%2f%2f....%2f%2fpackage.json",
  "..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
  "%2fetc%2fpasswd",
  "..%2f..%2fcontent%2fweek-08.md",
  "..%2f..%2f.next%2fBUILD_ID",
];

const ROUTES = [
  (bad: string) => `/weeks/${bad}`,
  (bad: string) => `/weeks/week-08/${bad}`,
  (bad: string) => `/weeks/${bad}/lecture-1`,
  (bad: string) => `/weeks/${bad}/opengraph-image`,
  (bad: string) => `/weeks/week-08/${bad}/opengraph-image`,
  (bad: string) => `/note-images/${bad}`,
  (bad: string) => `/note-images/images/${bad}`,
  (bad: string) => `/search/text/${bad}`,
  (bad: string) => `/search/text/${bad}.json`,
  (bad: string) => `/_next/static/${bad}`,
  (bad: string) => `/_next/static/chunks/${bad}`,
  (bad: string) => `/${bad}`,
];

/** Pages and route handlers, for the method checks. */
const PAGES = ["/", "/weeks/week-08", "/weeks/week-08/lecture-1", "/search"];
const HANDLERS = [
  "/search/index.json",
  "/search/text/week-08.json",
  "/weeks/week-08/opengraph-image",
  "/sitemap.xml",
  "/robots.txt",
  "/manifest.webmanifest",
];

async function fetchRaw(request: APIRequestContext, method: string, path: string): Promise<APIResponse> {
  return request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false, timeout: 20_000 });
}

/**
 * The status after following same-site redirects (never more than 3); a redirect to another site fails.
 * The body of every response on the way is checked for foreign files.
 */
async function settleStatus(request: APIRequestContext, method: string, path: string): Promise<{ status: number; chain: string }> {
  let current = path;
  const chain: string[] = [];
  for (let hop = 0; hop < 4; hop++) {
    const response = await fetchRaw(request, method, current);
    const status = response.status();
    chain.push(`${status} ${current.length > 120 ? `${current.slice(0, 120)}…` : current}`);
    const body = await response.text();
    for (const pattern of FOREIGN) expect(body, `${method} ${current} served ${pattern}`).not.toMatch(pattern);
    const location = response.headers()["location"];
    if (status < 300 || status >= 400 || !location) return { status, chain: chain.join(" -> ") };
    const next = new URL(location, "http://localhost/");
    expect(["localhost", "127.0.0.1", "0.0.0.0"], `${current} redirects off the site: ${location}`).toContain(next.hostname);
    current = `${next.pathname}${next.search}`;
  }
  throw new Error(`redirect loop: ${chain.join(" -> ")}`);
}

async function expectRefused(request: APIRequestContext, path: string, allowed: readonly number[] = [404], method = "GET"): Promise<void> {
  const { status, chain } = await settleStatus(request, method, path);
  expect(allowed, `${method} ${chain}`).toContain(status);
}

test.describe("bad URLs", () => {
  test("unknown weeks, sections and files are 404", async ({ request }) => {
    for (const path of [
      "/weeks/week-99",
      "/weeks/week-8",
      "/weeks/WEEK-08",
      "/weeks/week-08/nope",
      "/weeks/week-08/lecture-99",
      "/weeks/week-99/lecture-1",
      "/weeks/week-08/lecture-1/extra",
      "/weeks/week-99/opengraph-image",
      "/weeks/week-08/nope/opengraph-image",
      "/search/text/week-99.json",
      "/search/text/week-08",
      "/search/text/week-08.json.bak",
      "/note-images/nope.png",
      "/note-images/week-08.md",
      "/package.json",
      "/.env",
      "/next.config.ts",
      "/content/week-08.md",
      "/.next/BUILD_ID",
      "/_next/static/nope.js",
    ]) {
      await expectRefused(request, path);
    }
    // The page a reader sees for them is the site's own 404, in Korean.
    const response = await request.get("/weeks/week-99");
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("찾을 수 없");
  });

  test("..%2f traversal, single and double encoded, on every dynamic route: 404, never a file outside the site", async ({ request }) => {
    for (const bad of TRAVERSALS) {
      for (const route of ROUTES) await expectRefused(request, route(bad));
    }
    // `%2e%2e` is a dot-segment (WHATWG URL): Next redirects to the parent, /search, a page of the site.
    await expectRefused(request, "/search/text/%2e%2e", [200]);
    await expectRefused(request, "/note-images/%2e%2e/%2e%2e/package.json", [404]);
    // A doubled slash is redirected back onto the site, then 404.
    await expectRefused(request, "/note-images//etc/passwd");
  });

  test("the image optimizer does not fetch files outside the public images", async ({ request }) => {
    for (const url of [
      "%2F..%2Fpackage.json",
      "%2F..%2F..%2Fetc%2Fpasswd",
      "file%3A%2F%2F%2Fetc%2Fpasswd",
      "%2Fnote-images%2F..%2F..%2Fpackage.json",
    ]) {
      await expectRefused(request, `/_next/image?url=${url}&w=64&q=75`, [400, 404]);
    }
  });

  test("10 kB paths and NUL bytes are 404", async ({ request }) => {
    const long = "a".repeat(10_000);
    for (const path of [
      `/weeks/${long}`,
      `/weeks/week-08/${long}`,
      `/search/text/${long}.json`,
      `/note-images/${"ab/".repeat(3_333)}x.png`,
      `/_next/static/${long}`,
      `/${long}`,
      `/weeks/week-08%00`,
      `/weeks/week-08/lecture-1%00`,
      `/weeks/%00`,
      `/note-images/images%00/pipeline.png`,
      `/note-images/%00`,
      `/search/text/week-08%00.json`,
      `/search/text/%00.json`,
      `/%00`,
    ]) {
      await expectRefused(request, path);
    }
    // The query string is not a path: a NUL or an overlong value still gets the page.
    expect((await request.get(`/weeks/week-08?x=%00${"b".repeat(5_000)}`)).status()).toBe(200);
  });

  test("every method but GET and HEAD is 405 with Allow, on pages, route handlers and unknown paths", async ({ request }) => {
    // The site is read-only and has no Server Actions: scripts/request-guard.mjs answers before
    // Next, which would otherwise render a page for POST or fail on TRACE inside a route handler.
    const unknown = ["/weeks/week-99", "/weeks/week-08/nope", "/note-images/..%2f..%2fpackage.json", "/search/text/..%2f..%2fpackage.json"];
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
      for (const path of [...PAGES, ...HANDLERS, ...unknown]) {
        const response = await request.fetch(path, {
          method,
          headers: { "x-trace-probe": "secret-cookie-value" },
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers().allow, `${method} ${path}`).toBe("GET, HEAD");
        const body = await response.text();
        expect(body, `${method} ${path}: the request is never echoed`).not.toContain("secret-cookie-value");
        for (const pattern of FOREIGN) expect(body, `${method} ${path}`).not.toMatch(pattern);
      }
    }
    // HEAD reads like GET.
    expect((await request.head("/weeks/week-08")).status()).toBe(200);
  });

  test("a path whose %-escapes are not UTF-8 is 404, never Next's 500", async ({ request }) => {
    // vercel/next.js#92557: Next throws while matching such a segment; the guard answers first.
    for (const path of [
      "/weeks/%",
      "/weeks/%ZZ",
      "/weeks/%E0%A4%A",
      "/weeks/week-08/%E0%A4%A",
      "/weeks/%C0%AE%C0%AE%2fpackage.json",
      "/note-images/%",
      "/search/text/%E0%A4%A.json",
    ]) {
      await expectRefused(request, path, [404]);
    }
    // In the query string a broken escape is only text: the page still answers.
    expect((await request.get("/search?q=%E0%A4%A")).status()).toBe(200);
  });
});
