import { describe, expect, it } from "vitest";
import { activeTarget } from "@/lib/toc/reading-line";

const at = (tops: number[]) => (index: number) => tops[index] ?? Number.NaN;

describe("activeTarget", () => {
  it("is nothing above the first target", () => {
    expect(
      activeTarget(
        [
          { tocIndex: 0, above: false },
          { tocIndex: 1, above: false },
        ],
        at([300, 900]),
      ),
    ).toBeNull();
  });

  it("is the last target (in document order) that has reached the reading line", () => {
    const targets = [
      { tocIndex: 0, above: true },
      { tocIndex: 1, above: true },
      { tocIndex: 2, above: false },
    ];
    expect(activeTarget(targets, at([-800, 40, 600]))).toBe(1);
  });

  it("counts targets at one height as one, and the first of them in the TOC wins", () => {
    // (5강), (5강-실습) and (6강) share a section: the TOC lists them in that order.
    const targets = [
      { tocIndex: 4, above: true },
      { tocIndex: 6, above: true },
      { tocIndex: 5, above: true },
      { tocIndex: 7, above: false },
    ];
    expect(activeTarget(targets, at([120, 120, 120, 900]))).toBe(0);
    expect(activeTarget(targets.slice(1), at([120, 120, 900]))).toBe(1);
  });

  it("measures only the answer and the targets tied with it", () => {
    const asked: number[] = [];
    const targets = Array.from({ length: 50 }, (_, index) => ({ tocIndex: index, above: index < 40 }));
    expect(activeTarget(targets, (index) => (asked.push(index), index * 100))).toBe(39);
    expect(asked).toEqual([39, 38]);
  });
});
