import { describe, expect, it } from "vitest";
import { labelId, parseLabel, parseNumbers, splitSpeaker } from "@/lib/content/labels";
import type { LectureLabel } from "@/lib/content/types";

describe("parseLabel", () => {
  it.each<[string, LectureLabel, string]>([
    ["(2강) x", { kind: "lecture", numbers: [2], text: "(2강)" }, "x"],
    ["(5강-실습) x", { kind: "practice", numbers: [5], text: "(5강-실습)" }, "x"],
    ["(5강 - 실습) 프로토타이핑", { kind: "practice", numbers: [5], text: "(5강 - 실습)" }, "프로토타이핑"],
    ["(특강 1강) 이름 - 제목", { kind: "special", numbers: [1], text: "(특강 1강)" }, "이름 - 제목"],
    ["(특강) 제목", { kind: "special", numbers: [], text: "(특강)" }, "제목"],
    ["(4강)머신러닝", { kind: "lecture", numbers: [4], text: "(4강)" }, "머신러닝"],
    ["(5강,6강)", { kind: "lecture", numbers: [5, 6], text: "(5강,6강)" }, ""],
    ["(5강,6강)Notebook 베이스", { kind: "lecture", numbers: [5, 6], text: "(5강,6강)" }, "Notebook 베이스"],
    ["(5,6강)", { kind: "lecture", numbers: [5, 6], text: "(5,6강)" }, ""],
    ["(5~6강)", { kind: "lecture", numbers: [5, 6], text: "(5~6강)" }, ""],
    ["(5~7강) 묶음", { kind: "lecture", numbers: [5, 6, 7], text: "(5~7강)" }, "묶음"],
    ["Lecture 3: t", { kind: "lecture", numbers: [3], text: "Lecture 3" }, "t"],
    ["Lecture 3 - t", { kind: "lecture", numbers: [3], text: "Lecture 3" }, "t"],
    ["lecture 12", { kind: "lecture", numbers: [12], text: "lecture 12" }, ""],
    ["[Day 1] t", { kind: "day", numbers: [1], text: "[Day 1]" }, "t"],
    ["  (2강)   surrounded by spaces  ", { kind: "lecture", numbers: [2], text: "(2강)" }, "surrounded by spaces"],
  ])("%j -> label and rest", (text, label, rest) => {
    expect(parseLabel(text)).toEqual({ label, rest });
  });

  it.each([
    "plain text",
    "Lecture notes",
    "강의 소개 (2강)",
    "(강) 번호 없음",
    "논문 스터디 - About Diffusion model",
    "",
  ])("%j has no label", (text) => {
    expect(parseLabel(text)).toEqual({ label: null, rest: text.trim() });
  });
});

describe("splitSpeaker", () => {
  it.each([
    ["이활석 - 서비스 향 AI 모델 개발하기", "이활석", "서비스 향 AI 모델 개발하기"],
    ["문지형 - 내가 만든 AI 모델은 합법일까 불법일까?", "문지형", "내가 만든 AI 모델은 합법일까 불법일까?"],
    ["이름 - 제목", "이름", "제목"],
    ["Jane Doe – Keynote", "Jane Doe", "Keynote"],
  ])("%j -> speaker %j, title %j", (rest, speaker, title) => {
    expect(splitSpeaker(rest)).toEqual({ speaker, title });
  });

  it.each([
    "AI Ethics",
    // Four words before the dash are a phrase, not a name.
    "내가 만든 AI 모델은 - 합법일까",
    // A dash without spaces is part of a word.
    "Full-Stack ML",
  ])("%j has no speaker", (rest) => {
    expect(splitSpeaker(rest)).toEqual({ speaker: null, title: rest });
  });

  it("splits the real special-lecture form read off a label", () => {
    const { rest } = parseLabel("(특강 1강) 이름 - 제목");
    expect(splitSpeaker(rest)).toEqual({ speaker: "이름", title: "제목" });
  });
});

describe("labelId", () => {
  it.each<[Parameters<typeof labelId>[0], number | undefined, string | null]>([
    ["lecture", 2, "lecture-2"],
    ["practice", 5, "lecture-5-practice"],
    ["special", 1, "special-1"],
    ["day", 3, "day-3"],
    ["lecture", undefined, null],
    ["special", undefined, null],
  ])("%s %s -> %j", (kind, number, id) => {
    expect(labelId(kind, number)).toBe(id);
  });
});

describe("parseNumbers", () => {
  it.each<[string, number[]]>([
    ["2", [2]],
    ["5강,6강", [5, 6]],
    ["5,6강", [5, 6]],
    ["5~6", [5, 6]],
    ["5~7", [5, 6, 7]],
    ["5-7", [5, 6, 7]],
    ["5 & 6", [5, 6]],
    ["3,3", [3]],
    ["1, 3~4", [1, 3, 4]],
    // A reversed or huge range is a typo: the numbers are kept, not expanded.
    ["7~5", [7, 5]],
    ["1-30", [1, 30]],
    ["", []],
  ])("%j -> %j", (text, numbers) => {
    expect(parseNumbers(text)).toEqual(numbers);
  });
});
