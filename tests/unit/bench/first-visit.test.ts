import { describe, expect, it } from "vitest";
import { medianFigures, splitAtLoad } from "../../../bench/lib/first-visit";

describe("splitAtLoad", () => {
  it("puts each request on the side of the load event it started on, with its bytes", () => {
    const split = splitAtLoad(
      [
        { startedAt: 1000, bytes: 18_000 },
        { startedAt: 1499.9, bytes: 70_000 },
        { startedAt: 1500, bytes: 2400 },
        { startedAt: 4000, bytes: 6300 },
      ],
      1500,
    );
    expect(split.beforeLoad).toEqual({ requests: 2, bytes: 88_000 });
    expect(split.afterLoad).toEqual({ requests: 2, bytes: 8700 });
  });

  it("counts nothing on a side no request started on", () => {
    expect(splitAtLoad([{ startedAt: 10, bytes: 5 }], 100).afterLoad).toEqual({ requests: 0, bytes: 0 });
  });
});

describe("medianFigures", () => {
  it("takes each figure's median over the visits, rounded to a tenth", () => {
    const figures = medianFigures(
      [
        { lcpMs: 400.04, bytes: 10 },
        { lcpMs: 900, bytes: 30 },
        { lcpMs: 500, bytes: 20 },
        { lcpMs: 601, bytes: 40 },
      ],
      ["lcpMs", "bytes"],
    );
    expect(figures).toEqual({ lcpMs: 550.5, bytes: 25 });
  });

  it("leaves out visits that lack a figure, and gives null when none has it", () => {
    const figures = medianFigures(
      [
        { registerMs: 2100, activeMs: null },
        { registerMs: null, activeMs: null },
        { registerMs: 2300, activeMs: null },
      ],
      ["registerMs", "activeMs"],
    );
    expect(figures).toEqual({ registerMs: 2200, activeMs: null });
  });
});
