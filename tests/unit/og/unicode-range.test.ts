import { describe, expect, it } from "vitest";
import { parseSubsets, parseUnicodeRange, subsetsHolding } from "@/lib/og/unicode-range";

describe("parseUnicodeRange", () => {
  it("reads single code points and ranges, in any case", () => {
    expect(parseUnicodeRange("U+f9ca-fa0b,U+FF03, U+1D400-1D7FF")).toEqual([
      [0xf9ca, 0xfa0b],
      [0xff03, 0xff03],
      [0x1d400, 0x1d7ff],
    ]);
  });

  it("skips what is not a range (wildcards, backwards ranges)", () => {
    expect(parseUnicodeRange("U+4??,U+30-20,")).toEqual([]);
  });
});

describe("subsets", () => {
  const subsets = parseSubsets({ "[0]": "U+ff03-ff05", "[37]": "U+5b78,U+7fd2", math: "U+2200-22ff,U+5b78" });

  it("names numbered subsets by their number, as Fontsource's file names do", () => {
    expect(subsets.map((subset) => subset.id)).toEqual(["0", "37", "math"]);
  });

  it("finds every subset that declares a character, in order", () => {
    expect(subsetsHolding(subsets, 0x5b78).map((subset) => subset.id)).toEqual(["37", "math"]);
    expect(subsetsHolding(subsets, 0x2200).map((subset) => subset.id)).toEqual(["math"]);
    expect(subsetsHolding(subsets, 0xac00)).toEqual([]);
  });
});
