import { describe, expect, it } from "vitest";
import { sectionIds, sectionSummary } from "@/lib/content/section-summary";
import { loadWeek8 } from "../helpers";

describe("sectionSummary", () => {
  const week = loadWeek8();

  it("has a page for every TOC target, lectures without notes included", () => {
    expect(sectionIds(week)).toEqual(expect.arrayContaining(["lecture-2", "lecture-7", "special-1", "논문-스터디---about-diffusion-model"]));
  });

  it("summarizes (2강) by its TOC title and its first sentence", () => {
    const summary = sectionSummary(week, "lecture-2");
    expect(summary?.title).toBe("(2강) MLOPs 개론");
    expect(summary?.description).toMatch(/^MLOps가 필요한 이유 이해하기/u);
    expect(summary?.hasNotes).toBe(true);
    // Only (2강): the text stops before (3강)'s heading.
    expect(summary?.lines.join(" ")).not.toContain("Serving 이란");
  });

  it("describes a lecture without notes by its week and title", () => {
    const summary = sectionSummary(week, "lecture-7");
    expect(summary?.hasNotes).toBe(false);
    expect(summary?.description).toContain("(7강) Linux & Shell Command");
  });

  it("knows no other ids", () => {
    expect(sectionSummary(week, "no-such-lecture")).toBeNull();
  });
});
