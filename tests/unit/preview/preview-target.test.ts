import { describe, expect, it } from "vitest";
import { placement } from "@/components/preview/preview-card";
import { previewTarget, previewUrl } from "@/components/preview/preview-target";

const HERE = "http://localhost:3000/weeks/obsidian-transformer";

describe("previewTarget", () => {
  it.each([
    ["/weeks/obsidian-attention", { slug: "obsidian-attention", id: null }],
    ["/weeks/obsidian-attention#self-attention", { slug: "obsidian-attention", id: "self-attention" }],
    ["/weeks/week-08/lecture-2", { slug: "week-08", id: "lecture-2" }],
    ["/weeks/9%EC%A3%BC%EC%B0%A8#%EC%9C%84%EC%B9%98-%EC%9D%B8%EC%BD%94%EB%94%A9", { slug: "9주차", id: "위치-인코딩" }],
    // A section of the page itself, written as a link to the note (`./self.md#x`), is another place.
    ["/weeks/obsidian-transformer#코드로-보기", { slug: "obsidian-transformer", id: "코드로-보기" }],
  ])("%s -> %j", (href, expected) => {
    expect(previewTarget(href, HERE)).toEqual(expected);
  });

  it.each([
    "/weeks/obsidian-transformer",
    "#fn-1",
    "/",
    "/search?q=x",
    "/files/a.pdf",
    "https://example.com/weeks/x",
    "mailto:a@b.c",
    "/weeks/a/b/c",
  ])("has no preview: %s", (href) => {
    expect(previewTarget(href, HERE)).toBeNull();
  });

  it("names the preview file of a slug, Korean encoded", () => {
    expect(previewUrl("9주차")).toBe("/previews/9%EC%A3%BC%EC%B0%A8.json");
  });
});

describe("placement", () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };

  it("puts the card below the link, clear of it", () => {
    expect(placement({ top: 100, bottom: 120, left: 50 }, size, viewport)).toEqual({ top: 128, left: 50, maxHeight: null });
  });

  it("puts it above a link near the bottom", () => {
    expect(placement({ top: 700, bottom: 720, left: 50 }, size, viewport)).toEqual({ top: 572, left: 50, maxHeight: null });
  });

  it("keeps it inside the viewport horizontally", () => {
    expect(placement({ top: 100, bottom: 120, left: 900 }, size, viewport).left).toBe(692);
    expect(placement({ top: 100, bottom: 120, left: -20 }, size, viewport).left).toBe(8);
  });

  it("on a screen too short for either side, takes the larger side and cuts the card to it, never over the link", () => {
    const tall = { width: 300, height: 500 };
    const spot = placement({ top: 300, bottom: 320, left: 0 }, tall, { width: 400, height: 600 });
    expect(spot).toEqual({ top: 8, left: 8, maxHeight: 284 });
    expect(spot.top + (spot.maxHeight ?? 0)).toBeLessThanOrEqual(300);
  });
});
