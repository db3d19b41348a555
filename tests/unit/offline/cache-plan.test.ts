import { describe, expect, it } from "vitest";
import { type CachePlan, cachePlan, companions, type RequestFacts } from "@/lib/offline/cache-plan";

const ORIGIN = "http://localhost:3000";

function plan(url: string, facts: Partial<RequestFacts> = {}): CachePlan {
  return cachePlan({ url: new URL(url, ORIGIN).href, method: "GET", mode: "no-cors", destination: "", fromRouter: false, ...facts }, ORIGIN);
}

describe("cachePlan", () => {
  it.each([
    ["/weeks/week-08", { mode: "navigate", destination: "document" }, "page"],
    ["/", { mode: "navigate", destination: "document" }, "page"],
    ["/search", { mode: "navigate", destination: "document" }, "page"],
    ["/_next/static/chunks/abc123.js", { destination: "script" }, "static"],
    ["/_next/static/css/def.css", { destination: "style" }, "static"],
    ["/search/index.json", {}, "network-first"],
    ["/search/text/week-08.json", {}, "network-first"],
    ["/previews/week-08.json", {}, "network-first"],
    ["/note-images/week-08/a.png", { destination: "image" }, "network-first"],
  ] as const)("%s %j -> %s", (url, facts, expected) => {
    expect(plan(url, facts)).toBe(expected);
  });

  it.each([
    // Results rendered per request are never kept.
    ["/search?q=%EB%A7%88%EC%8A%A4%ED%81%AC", { mode: "navigate", destination: "document" }],
    ["https://user-images.githubusercontent.com/a.png", { destination: "image" }],
    ["/weeks/week-08?_rsc=1x2y", {}],
    ["/weeks/week-09", { fromRouter: true }],
    ["/sw.js", {}],
    ["/_next/image?url=x", { destination: "image" }],
    ["/weeks/week-08", { method: "POST", mode: "navigate" }],
  ] as const)("leaves %s %j to the browser", (url, facts) => {
    expect(plan(url, facts)).toBe("bypass");
  });
});

describe("companions", () => {
  it("names the search texts and preview of a note page or section page, encoded as the page path is", () => {
    expect(companions("/weeks/week-08")).toEqual(["/search/text/week-08.json", "/previews/week-08.json"]);
    expect(companions("/weeks/9%EC%A3%BC%EC%B0%A8/lecture-2")).toEqual([
      "/search/text/9%EC%A3%BC%EC%B0%A8.json",
      "/previews/9%EC%A3%BC%EC%B0%A8.json",
    ]);
    expect(companions("/")).toEqual([]);
    expect(companions("/search")).toEqual([]);
  });
});
