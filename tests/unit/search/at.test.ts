import { describe, expect, it } from "vitest";
import { at, present } from "@/lib/search/at";

describe("reads that cannot miss", () => {
  it("returns what is there, falsy values included", () => {
    expect(at(["", "b"], 0)).toBe("");
    expect(at([0, 1], 0)).toBe(0);
    expect(present(new Float64Array(2)[1], 1)).toBe(0);
  });

  it("throws, naming the index, instead of making up a value", () => {
    expect(() => at(["a", "b"], 2)).toThrow("search: no element at index 2 of 2 (an index bug)");
    expect(() => at(["a"], -1)).toThrow("index -1 of 1");
    expect(() => present(new Int32Array(3)[7], 7)).toThrow("search: no element at index 7 (an index bug)");
  });
});
