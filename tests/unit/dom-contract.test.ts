import { describe, expect, it } from "vitest";
import { bySelector, hastProperty, NOTE_DOM, PAGE_DOM, tocTaskCountText } from "@/lib/dom-contract";

describe("dom-contract", () => {
  it("names hast properties and selectors as hast and CSS spell them", () => {
    expect(hastProperty(NOTE_DOM.copyCode)).toBe("dataCopyCode");
    expect(hastProperty(NOTE_DOM.taskProgressCount)).toBe("dataTaskProgressCount");
    expect(hastProperty(NOTE_DOM.mermaidState)).toBe("dataState");
    expect(bySelector(NOTE_DOM.lectureTasks)).toBe("[data-lecture-tasks]");
    expect(bySelector(NOTE_DOM.lectureTasks, 'a"b')).toBe('[data-lecture-tasks="a\\"b"]');
  });

  it("gives every name its own attribute", () => {
    const names = Object.values(NOTE_DOM);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^data-[a-z]+(?:-[a-z]+)*$/u);
  });

  it("writes a TOC count with the completion mark only when every task is done", () => {
    expect(tocTaskCountText(0, 4)).toBe("(과제 0/4)");
    expect(tocTaskCountText(3, 4)).toBe("(과제 3/4)");
    expect(tocTaskCountText(4, 4)).toBe("(과제 4/4 ✓ 완료)");
    expect(tocTaskCountText(0, 0)).toBe("(과제 0/0)");
    expect(bySelector(PAGE_DOM.tocTaskCount, "lecture-2")).toBe('[data-toc-task-count="lecture-2"]');
  });
});
