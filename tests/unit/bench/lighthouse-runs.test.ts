import { describe, expect, it } from "vitest";
import { type Run, summarize } from "../../../bench/lib/lighthouse-runs";

function measured(performance: number, lcpMs: number, tbtMs: number, failing: string[] = []): Run {
  return { kind: "measured", scores: { performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs, tbtMs, cls: 0, failing } };
}

describe("summarize (Lighthouse runs of one URL)", () => {
  it("takes medians of the measured runs and names the unmeasured ones instead of counting them", () => {
    const figures = summarize("http://127.0.0.1/weeks/week-08/lecture-2", [
      measured(91, 1823, 361),
      { kind: "unmeasured", reason: "NO_LCP" },
      measured(95, 2434, 316),
    ]);
    expect(figures.runs).toBe(3);
    expect(figures.performance).toBe(93);
    expect(figures.lcpMs).toBe(2129);
    expect(figures.tbtMs).toBe(339);
    expect(figures.unmeasured).toEqual(["NO_LCP"]);
    expect(figures.each).toEqual([
      { performance: 91, tbtMs: 361, lcpMs: 1823 },
      { performance: 95, tbtMs: 316, lcpMs: 2434 },
    ]);
  });

  it("counts an audit below full marks against the measured runs", () => {
    const figures = summarize("u", [
      measured(90, 2000, 100, ["seo:meta-description"]),
      measured(92, 2100, 120),
      { kind: "unmeasured", reason: "PROTOCOL_TIMEOUT" },
    ]);
    expect(figures.failing).toEqual(["seo:meta-description (1/2)"]);
  });

  it("has no figure when no run was measured", () => {
    const figures = summarize("u", [{ kind: "unmeasured", reason: "NO_FCP" }]);
    expect(figures.performance).toBeNaN();
    expect(figures.unmeasured).toEqual(["NO_FCP"]);
    expect(figures.each).toEqual([]);
  });
});
