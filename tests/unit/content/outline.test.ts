import { describe, expect, it } from "vitest";
import { outlineByTarget, subheadingsOf, tocTargets } from "@/lib/content/outline";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { loadFixture, loadWeek8, weekFrom } from "../helpers";

describe("tocTargets", () => {
  it("lists Week 8's 10 Course and 5 특강 entries, then 논문 스터디, with breadcrumb texts", () => {
    const targets = tocTargets(loadWeek8());
    expect(targets.map((target) => target.id)).toEqual([
      "lecture-1", "lecture-2", "lecture-3", "lecture-4", "lecture-5", "lecture-5-practice", "lecture-6",
      "lecture-7", "lecture-8", "lecture-9",
      "special-1", "special-2", "special-3", "special-4", "special-5",
      "논문-스터디---about-diffusion-model",
    ]);
    expect(targets[2]).toEqual({ id: "lecture-3", crumb: "(3강) Model Serving", sectionId: "lecture-3" });
    expect(targets[6]).toEqual({ id: "lecture-6", crumb: "(6강) 웹 서비스 형태 - Streamlit", sectionId: "lecture-5" });
    expect(targets[10]).toEqual({ id: "special-1", crumb: "(특강 1강) 서비스 향 AI 모델 개발하기 · 이활석", sectionId: null });
    expect(targets.at(-1)?.crumb).toBe("논문 스터디 - About Diffusion model");
  });

  it("derives the TOC from headings of the top two levels when a note has no Contents", () => {
    const week = weekFrom(["# 노트", "", "## 첫째", "", "### 하나", "", "#### 깊은 곳", "", "## 둘째", ""].join("\n"));
    expect(week.parts).toEqual([]);
    expect(sectionsOutsideContents(week).map((section) => section.title)).toEqual(["첫째", "하나", "둘째"]);
    expect(tocTargets(week).map((target) => target.id)).toEqual(["첫째", "하나", "둘째"]);
  });

  it("lists [Day N] headings of a note without Contents under their day ids", () => {
    const week = weekFrom(["### [Day 1] 시작", "", "본문", "", "### [Day 2] 이어서", ""].join("\n"));
    expect(tocTargets(week).map((target) => [target.id, target.crumb])).toEqual([
      ["day-1", "[Day 1] 시작"],
      ["day-2", "[Day 2] 이어서"],
    ]);
  });
});

describe("a note with 주차/Week sub-parts, comma-combined headings and body-only sections", () => {
  const week = loadFixture("weekly-parts.md");

  it("keeps the parts in order, with their entries, kinds and tasks", () => {
    expect(week.parts.map((part) => [part.title, part.entries.map((entry) => [entry.id, entry.kind, entry.title])])).toEqual([
      ["1주차", [["lecture-1", "lecture", "데이터 소개"], ["lecture-2", "lecture", "Pandas basics"]]],
      ["Week 2", [["lecture-3", "lecture", "시각화"], ["lecture-4", "lecture", "통계"]]],
      ["", [["피어세션", "other", "피어세션"]]],
    ]);
    expect(week.parts[0]?.entries[0]?.tasks.map((task) => task.text)).toEqual(["데이터셋 살펴보기"]);
  });

  it("matches headings by label, however they are spaced or combined", () => {
    const sectionOf = Object.fromEntries(week.parts.flatMap((part) => part.entries).map((entry) => [entry.id, entry.sectionId]));
    expect(sectionOf).toEqual({
      "lecture-1": "lecture-1",
      "lecture-2": "lecture-2",
      "lecture-3": "lecture-3",
      "lecture-4": "lecture-3",
      피어세션: "피어세션",
    });
    expect(week.sections.find((section) => section.id === "lecture-3")?.aliases).toContain("lecture-4");
  });

  it("lists the sections the Contents never names after the entries", () => {
    expect(tocTargets(week).map((target) => target.id)).toEqual([
      "lecture-1",
      "lecture-2",
      "lecture-3",
      "lecture-4",
      "피어세션",
      "-대회-회고",
    ]);
  });
});

describe("subheadingsOf / outlineByTarget", () => {
  const week = weekFrom(
    [
      "## Contents",
      "",
      "- (1강) 소개",
      "- (2강) 서빙",
      "",
      "## (1강) 소개",
      "",
      "### 배경",
      "",
      "#### 더 깊이",
      "",
      "##### 너무 깊음",
      "",
      "### 정리",
      "",
      "## (2강) 서빙",
      "",
      "본문",
    ].join("\n"),
  );

  it("takes the headings up to two levels below, until the next heading of the same rank", () => {
    expect(subheadingsOf(week, "lecture-1").map((section) => section.title)).toEqual(["배경", "더 깊이", "정리"]);
    expect(subheadingsOf(week, "lecture-2")).toEqual([]);
    expect(subheadingsOf(week, "nope")).toEqual([]);
  });

  it("keys the outline by TOC target and leaves out targets without sub-headings", () => {
    expect(outlineByTarget(week)).toEqual({
      "lecture-1": [
        { id: "배경", title: "배경", level: 1 },
        { id: "더-깊이", title: "더 깊이", level: 2 },
        { id: "정리", title: "정리", level: 1 },
      ],
    });
  });

  it("has nothing to list for Week 8, whose lecture notes are bullet lists", () => {
    expect(outlineByTarget(loadWeek8())).toEqual({});
  });
});
