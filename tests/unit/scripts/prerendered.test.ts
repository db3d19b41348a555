import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  chooseEncoding,
  loadPrerenderedPages,
  precompressPrerendered,
  prerenderedResponse,
  type PrerenderedPages,
} from "../../../scripts/prerendered.mjs";

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
    const response = prerenderedResponse(pages, get("/weeks/week-08", { "accept-encoding": "gzip, deflate" }));
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

describe("Brotli for clients that take it (issue #21)", () => {
  it("sends Brotli when accepted, gzip otherwise, and nothing encoded when both are refused", () => {
    const pages = loadPrerenderedPages(fakeBuild());
    const brotli = prerenderedResponse(pages, get("/weeks/week-08", { "accept-encoding": "gzip, deflate, br, zstd" }));
    expect(brotli?.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(brotli?.body ?? Buffer.alloc(0)).toString()).toBe("<!DOCTYPE html><p>Week 8</p>");
    expect(brotli?.headers["content-length"]).toBe(String(brotli?.body?.length));
    expect(brotli?.headers.vary).toContain("Accept-Encoding");
    expect(prerenderedResponse(pages, get("/", { "accept-encoding": "br;q=0, gzip" }))?.headers["content-encoding"]).toBe("gzip");
    expect(prerenderedResponse(pages, get("/", { "accept-encoding": "br;q=0, gzip;q=0" }))?.headers["content-encoding"]).toBeUndefined();
  });

  it("reads each coding as RFC 9110 writes it", () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("GZIP")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, gzip;q=1")).toBe("br");
    expect(chooseEncoding("br; q=0.000, gzip")).toBe("gzip");
    expect(chooseEncoding(["br"])).toBeNull();
  });

  it("serves what the build precompressed, and compresses again a page rewritten since", async () => {
    const dist = fakeBuild();
    expect(await precompressPrerendered(dist)).toBe(2);
    const base = path.join(dist, "server", "app", "weeks", "week-08");
    expect(brotliDecompressSync(readFileSync(`${base}.html.br`)).toString()).toBe("<!DOCTYPE html><p>Week 8</p>");
    expect(gunzipSync(readFileSync(`${base}.html.gz`)).toString()).toBe("<!DOCTYPE html><p>Week 8</p>");
    expect(existsSync(path.join(dist, "server", "app", "weeks", "week-09.html.br"))).toBe(false);
    // A stand-in written at build time is what the server sends.
    writeFileSync(`${base}.html.br`, Buffer.from("precompressed"));
    const later = new Date(Date.now() + 60_000);
    utimesSync(`${base}.html.br`, later, later);
    expect(prerenderedResponse(loadPrerenderedPages(dist), get("/weeks/week-08", { "accept-encoding": "br" }))?.body?.toString()).toBe(
      "precompressed",
    );
    // The page rewritten after it (scripts/csp.ts run again): compressed anew, not served stale.
    writeFileSync(`${base}.html`, "<!DOCTYPE html><p>Week 8, again</p>");
    const newer = new Date(Date.now() + 120_000);
    utimesSync(`${base}.html`, newer, newer);
    const fresh = prerenderedResponse(loadPrerenderedPages(dist), get("/weeks/week-08", { "accept-encoding": "br" }));
    expect(brotliDecompressSync(fresh?.body ?? Buffer.alloc(0)).toString()).toBe("<!DOCTYPE html><p>Week 8, again</p>");
  });
});
