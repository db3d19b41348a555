import { describe, expect, it } from "vitest";
import { hashText, normalizeTaskText, OccurrenceCounter, sourceKey } from "@/lib/content/ids";
import { parseWeek } from "@/lib/content/load";
import type { Task, WeekSlug } from "@/lib/content/types";

describe("normalizeTaskText", () => {
  it.each([
    ["  앞뒤 공백  ", "앞뒤 공백"],
    ["여러\t\t공백과\n줄바꿈", "여러 공백과 줄바꿈"],
    ["한글".normalize("NFD"), "한글".normalize("NFC")],
    ["a\u00a0b", "a b"],
    ["", ""],
  ])("%j -> %j", (input, output) => {
    expect(normalizeTaskText(input)).toBe(output);
  });
});

describe("hashText", () => {
  it.each(["", "a", "MLOps가 필요한 이유 이해하기", "x".repeat(10_000)])("gives 7 base-36 characters for %#", (text) => {
    expect(hashText(text)).toMatch(/^[0-9a-z]{7}$/u);
  });

  it("is a pure function of the text", () => {
    expect(hashText("ipywidget 공식 문서 읽어보기")).toBe(hashText("ipywidget 공식 문서 읽어보기"));
  });

  it("is FNV-1a over UTF-8 bytes (pinned: changing it would move every reader's ticks)", () => {
    // FNV-1a 32-bit of "" is the offset basis 0x811c9dc5; of "a" it is 0xe40c292c.
    expect(hashText("")).toBe((0x811c9dc5).toString(36).padStart(7, "0"));
    expect(hashText("a")).toBe((0xe40c292c).toString(36).padStart(7, "0"));
  });

  it("tells apart texts that differ in one character", () => {
    expect(hashText("정리하기")).not.toBe(hashText("정리하기!"));
    expect(hashText("Lecture 1")).not.toBe(hashText("Lecture 2"));
  });
});

describe("OccurrenceCounter", () => {
  it("returns an id as is the first time, then -2, -3", () => {
    const counter = new OccurrenceCounter();
    expect(["a", "b", "a", "a", "b"].map((id) => counter.next(id))).toEqual(["a", "b", "a-2", "a-3", "b-2"]);
  });

  it("counts per instance", () => {
    expect(new OccurrenceCounter().next("a")).toBe("a");
    expect(new OccurrenceCounter().next("a")).toBe("a");
  });
});

describe("task ids", () => {
  /** Contents with one lecture whose nested items are `tasks`. */
  function tasksOf(tasks: readonly string[]): Task[] {
    const text = ["# Week 1", "", "## Contents", "", "- (1강) 소개", ...tasks.map((task) => `    - ${task}`), ""].join("\n");
    const { week } = parseWeek(text, "content/week-01.md", "week-01" as WeekSlug);
    return week.parts[0]?.entries[0]?.tasks ?? [];
  }

  /** Task text -> id. */
  function idsByText(tasks: readonly string[]): Record<string, string> {
    return Object.fromEntries(tasksOf(tasks).map((task) => [task.text, task.id]));
  }

  const original = ["문서 읽기", "정리하기", "코드 실행해보기"];

  it("have the form <week slug>/<entry id>/<hash of the normalized text>", () => {
    expect(tasksOf(original).map((task) => task.id)).toEqual([
      `week-01/lecture-1/${hashText("문서 읽기")}`,
      `week-01/lecture-1/${hashText("정리하기")}`,
      `week-01/lecture-1/${hashText("코드 실행해보기")}`,
    ]);
  });

  it("stay with their task when tasks are reordered", () => {
    expect(idsByText([...original].reverse())).toEqual(idsByText(original));
  });

  it("stay with their task when a task is inserted before them", () => {
    const before = idsByText(original);
    const after = idsByText(["새 과제", ...original]);
    expect(Object.keys(after)).toHaveLength(4);
    for (const text of original) expect(after[text]).toBe(before[text]);
  });

  it("ignore whitespace changes", () => {
    expect(tasksOf(["문서   읽기", "정리하기 "]).map((task) => task.id)).toEqual(tasksOf(["문서 읽기", "정리하기"]).map((task) => task.id));
  });

  it("are the same for NFD and NFC text", () => {
    const nfd = tasksOf(original.map((text) => text.normalize("NFD")));
    expect(nfd.map((task) => task.id)).toEqual(tasksOf(original).map((task) => task.id));
    expect(nfd.map((task) => task.text)).toEqual(original);
  });

  it("get -2, -3 for repeated texts, in order", () => {
    const hash = hashText("복습");
    expect(tasksOf(["복습", "다른 일", "복습", "복습"]).map((task) => task.id)).toEqual([
      `week-01/lecture-1/${hash}`,
      `week-01/lecture-1/${hashText("다른 일")}`,
      `week-01/lecture-1/${hash}-2`,
      `week-01/lecture-1/${hash}-3`,
    ]);
  });

  it("change when the text changes", () => {
    const [before] = tasksOf(["정리하기"]);
    const [after] = tasksOf(["정리하기!"]);
    expect(before?.id).not.toBe(after?.id);
  });

  it("nest under their parent task's id", () => {
    const text = ["## Contents", "", "- (2강) 개론", "    - 읽기", "        - 1장", ""].join("\n");
    const { week } = parseWeek(text, "content/w.md", "w" as WeekSlug);
    const [task] = week.parts[0]?.entries[0]?.tasks ?? [];
    const parentId = `w/lecture-2/${hashText("읽기")}`;
    expect(task?.id).toBe(parentId);
    expect(task?.children.map((child) => child.id)).toEqual([`${parentId}/${hashText("1장")}`]);
  });

  it("keep the author's [x] as done", () => {
    const tasks = tasksOf(["[x] 끝낸 일", "[ ] 남은 일"]);
    expect(tasks.map((task) => [task.text, task.done])).toEqual([
      ["끝낸 일", true],
      ["남은 일", false],
    ]);
  });
});

describe("sourceKey", () => {
  it("keys a node by where it starts, so an mdast node and the hast made from it meet", () => {
    expect(sourceKey({ line: 12, column: 1 })).toBe("12:1");
    expect(sourceKey({ line: 1, column: 12 })).not.toBe(sourceKey({ line: 11, column: 2 }));
    const unistPoint = { line: 3, column: 5, offset: 40 };
    expect(sourceKey(unistPoint)).toBe("3:5");
  });

  it("gives a node without a position the empty key", () => {
    expect(sourceKey(undefined)).toBe("");
    expect(sourceKey(null)).toBe("");
  });
});
