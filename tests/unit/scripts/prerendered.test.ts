import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPrerenderedPages, prerenderedResponse, type PrerenderedPages } from "../../../scripts/prerendered.mjs";

/** A build folder with what Next writes for two static pages, a revalidated one and the not-found page. */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "prerendered-"));
  const app = path.join(dist, "server", "app");
  mkdirSync(path.join(app, "weeks"), { recursive: true });
  const page = (name: string, html: string, headers: Record<string, string>) => {
    writeFileSync(path.join(app, `${name}.html`), html);
    writeFileSync(path.join(app, `${name}.meta`), JSON.stringify({ headers }));
  };
  page("index", "<!DOCTYPE html><p>홈</p>", { "x-nextjs-prerender": "1", "x-next-cache-tags": "_N_T_/" });
  page("weeks/week-08", "<!DOCTYPE html><p>Week 8</p>", { "content-security-policy": "script-src 'self' 'sha256-x'" });
  page("weeks/week-09", "<!DOCTYPE html><p>Week 9</p>", {});
  page("_not-found", "<!DOCTYPE html><p>없음</p>", {});
  writeFileSync(
    path.join(dist, "prerender-manifest.json"),
    JSON.stringify({
      routes: {
        "/": { initialRevalidateSeconds: false },
        "/weeks/week-08": { initialRevalidateSeconds: false },
        "/weeks/week-09": { initialRevalidateSeconds: 60 },
        "/_not-found": { initialRevalidateSeconds: false },
      },
    }),
  );
  writeFileSync(
    path.join(dist, "routes-manifest.json"),
    JSON.stringify({ headers: [{ regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Frame-Options", value: "DENY" }] }] }),
  );
  return dist;
}

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("prerendered pages from memory", () => {
  let pages: PrerenderedPages;
  beforeAll(() => {
    pages = loadPrerenderedPages(fakeBuild());
  });

  it("holds the pages prerendered for good, not revalidated ones or Next's internal pages", () => {
    expect([...pages.keys()].sort()).toEqual(["/", "/weeks/week-08"]);
  });

  it("answers with the page, the config's and the page's own headers, gzip when asked", () => {
    const response = prerenderedResponse(pages, get("/weeks/week-08", { "accept-encoding": "gzip, br" }));
    expect(response?.status).toBe(200);
    expect(response?.headers).toMatchObject({
      "content-security-policy": "script-src 'self' 'sha256-x'",
      "x-frame-options": "DENY",
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
    });
    expect(gunzipSync(response?.body ?? Buffer.alloc(0)).toString()).toBe("<!DOCTYPE html><p>Week 8</p>");
    expect(response?.headers["content-length"]).toBe(String(response?.body?.length));
  });

  it("sends the plain page without gzip, nothing for HEAD, and 304 for a matching ETag", () => {
    const plain = prerenderedResponse(pages, get("/"));
    expect(plain?.body?.toString()).toBe("<!DOCTYPE html><p>홈</p>");
    expect(plain?.headers["content-encoding"]).toBeUndefined();
    expect(plain?.headers["x-next-cache-tags"]).toBeUndefined();
    expect(prerenderedResponse(pages, { method: "HEAD", url: "/", headers: {} })?.body).toBeNull();
    const etag = plain?.headers.etag ?? "";
    expect(prerenderedResponse(pages, get("/", { "if-none-match": etag }))?.status).toBe(304);
  });

  it("leaves Next's own requests, queries, other paths and methods to Next", () => {
    expect(prerenderedResponse(pages, get("/weeks/week-08", { rsc: "1" }))).toBeNull();
    expect(prerenderedResponse(pages, get("/weeks/week-08", { "next-router-prefetch": "1" }))).toBeNull();
    expect(prerenderedResponse(pages, get("/weeks/week-08?_rsc=abc"))).toBeNull();
    expect(prerenderedResponse(pages, get("/weeks/week-09"))).toBeNull();
    expect(prerenderedResponse(pages, get("/weeks/week-08/"))).toBeNull();
    expect(prerenderedResponse(pages, { method: "POST", url: "/", headers: {} })).toBeNull();
  });
});
