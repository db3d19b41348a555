import { describe, expect, it } from "vitest";
import type { Entry, Week } from "@/lib/content/types";
import { PAGE_IDS } from "@/lib/page-ids";
import { loadFixture, loadWeek8, weekFrom } from "../helpers";

function entries(week: Week): Entry[] {
  return week.parts.flatMap((part) => part.entries);
}

function entry(week: Week, id: string): Entry {
  const found = entries(week).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id} in ${week.slug}`);
  return found;
}

function sectionTitle(week: Week, id: string | null): string | undefined {
  return week.sections.find((section) => section.id === id)?.title;
}

describe("Week 8 (its frozen copy in tests/fixtures/site)", () => {
  const week = loadWeek8();

  it("has its front matter title and number", () => {
    expect({ slug: week.slug, title: week.title, number: week.number, source: week.source }).toEqual({
      slug: "week-08",
      title: "Week 8 : AI 서비스 개발 기초",
      number: 8,
      source: "tests/fixtures/site/week-08.md",
    });
  });

  it("reads the two parts of the Contents", () => {
    expect(week.parts.map((part) => part.title)).toEqual(["Course", "AI 현업자 특강"]);
  });

  it("reads the Course entries with ids, kinds and numbers", () => {
    expect(week.parts[0]?.entries.map(({ id, kind, numbers, label }) => ({ id, kind, numbers, label }))).toEqual([
      { id: "lecture-1", kind: "lecture", numbers: [1], label: "(1강)" },
      { id: "lecture-2", kind: "lecture", numbers: [2], label: "(2강)" },
      { id: "lecture-3", kind: "lecture", numbers: [3], label: "(3강)" },
      { id: "lecture-4", kind: "lecture", numbers: [4], label: "(4강)" },
      { id: "lecture-5", kind: "lecture", numbers: [5], label: "(5강)" },
      { id: "lecture-5-practice", kind: "practice", numbers: [5], label: "(5강-실습)" },
      { id: "lecture-6", kind: "lecture", numbers: [6], label: "(6강)" },
      { id: "lecture-7", kind: "lecture", numbers: [7], label: "(7강)" },
      { id: "lecture-8", kind: "lecture", numbers: [8], label: "(8강)" },
      { id: "lecture-9", kind: "lecture", numbers: [9], label: "(9강)" },
    ]);
  });

  it("keeps Contents titles as written there, not as in the body", () => {
    expect(entry(week, "lecture-3").title).toBe("Model Serving");
    expect(entry(week, "lecture-5-practice").title).toBe("프로토타이핑 - Notebook 베이스(Voila)");
    expect(entry(week, "lecture-6").title).toBe("웹 서비스 형태 - Streamlit");
  });

  it("reads the special lectures with speakers and titles", () => {
    expect(week.parts[1]?.entries.map(({ id, kind, speaker, title }) => ({ id, kind, speaker, title }))).toEqual([
      { id: "special-1", kind: "special", speaker: "이활석", title: "서비스 향 AI 모델 개발하기" },
      { id: "special-2", kind: "special", speaker: "문지형", title: "내가 만든 AI 모델은 합법일까 불법일까?" },
      { id: "special-3", kind: "special", speaker: "오혜연", title: "AI Ethics" },
      { id: "special-4", kind: "special", speaker: "이준엽", title: "Full Stack ML Engineer" },
      { id: "special-5", kind: "special", speaker: "박은정", title: "AI 시대의 커리어 빌딩" },
    ]);
  });

  it("reads the nested Contents items as tasks", () => {
    expect(Object.fromEntries(entries(week).map((candidate) => [candidate.id, candidate.tasks.length]))).toEqual({
      "lecture-1": 0,
      "lecture-2": 4,
      "lecture-3": 2,
      "lecture-4": 4,
      "lecture-5": 3,
      "lecture-5-practice": 0,
      "lecture-6": 0,
      "lecture-7": 0,
      "lecture-8": 0,
      "lecture-9": 0,
      "special-1": 0,
      "special-2": 0,
      "special-3": 0,
      "special-4": 0,
      "special-5": 0,
    });
  });

  it("keeps the exact text of lecture 3's tasks, none done", () => {
    expect(entry(week, "lecture-3").tasks.map(({ text, done, children }) => ({ text, done, children }))).toEqual([
      { text: "Rules of Machine Learning: Best Practices for ML Engineering 문서 읽고 정리하기!", done: false, children: [] },
      {
        text: "Online Serving / Batch Serving 기업들의 Use Case 찾아서 정리하기 (어떤 방식으로 되어 있는지 지금은 이해가 되지 않아도 문서를 천천히 읽고 정리하기)",
        done: false,
        children: [],
      },
    ]);
    expect(entry(week, "lecture-3").tasks.every((task) => task.id.startsWith("week-08/lecture-3/"))).toBe(true);
  });

  it("links entries to body sections by label, never by title", () => {
    expect(Object.fromEntries(entries(week).map((candidate) => [candidate.id, candidate.sectionId]))).toEqual({
      "lecture-1": "lecture-1",
      "lecture-2": "lecture-2",
      "lecture-3": "lecture-3",
      "lecture-4": "lecture-4",
      "lecture-5": "lecture-5",
      "lecture-5-practice": "lecture-5",
      "lecture-6": "lecture-5",
      "lecture-7": null,
      "lecture-8": null,
      "lecture-9": null,
      "special-1": null,
      "special-2": null,
      "special-3": null,
      "special-4": null,
      "special-5": null,
    });
    expect(sectionTitle(week, "lecture-3")).toBe("(3강) MLOPs Serving");
    expect(sectionTitle(week, "lecture-4")).toBe("(4강)머신러닝 프로젝트 라이프 사이클");
  });

  it("lets the combined (5강,6강) H2 hold lecture 5, its practice and lecture 6", () => {
    const combined = week.sections.find((section) => section.id === "lecture-5");
    expect(combined).toMatchObject({
      depth: 2,
      title: "(5강,6강)Notebook 베이스 - Voila실습, 프로토타이밍 - 웹 서비스 형태 Streamlit실습",
      label: { kind: "lecture", numbers: [5, 6] },
      entryIds: ["lecture-5", "lecture-5-practice", "lecture-6"],
    });
    expect([...(combined?.aliases ?? [])].sort()).toEqual(
      ["5강6강notebook-베이스---voila실습-프로토타이밍---웹-서비스-형태-streamlit실습", "lecture-5-practice", "lecture-6"].sort(),
    );
  });

  it("lists every body heading in source order, without the hoisted title", () => {
    expect(week.sections.map(({ id, depth }) => [id, depth])).toEqual([
      ["contents", 2],
      ["course", 2],
      ["lecture-1", 3],
      ["lecture-2", 3],
      ["lecture-3", 3],
      ["lecture-4", 3],
      ["lecture-5", 2],
      ["논문-스터디---about-diffusion-model", 2],
    ]);
    expect(week.tree.root().children.some((node) => node.type === "heading" && node.depth === 1)).toBe(false);
  });

  it("keeps the body-only section 논문 스터디 under its GitHub id", () => {
    expect(week.sections.find((section) => section.title === "논문 스터디 - About Diffusion model")).toMatchObject({
      id: "논문-스터디---about-diffusion-model",
      aliases: [],
      label: null,
      entryIds: [],
    });
  });

  it("keeps GitHub's ids of lecture headings as aliases", () => {
    expect(Object.fromEntries(week.sections.slice(2, 6).map((section) => [section.id, section.aliases]))).toEqual({
      "lecture-1": ["1강-강의-소개"],
      "lecture-2": ["2강-mlops-개론"],
      "lecture-3": ["3강-mlops-serving"],
      "lecture-4": ["4강머신러닝-프로젝트-라이프-사이클"],
    });
  });

  it("never gives two sections the same id or alias", () => {
    const ids = week.sections.flatMap((section) => [section.id, ...section.aliases]);
    expect(ids.length).toBeGreaterThan(week.sections.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps file line numbers on entries and sections", () => {
    expect(entry(week, "lecture-1").position?.start.line).toBe(11);
    expect(entry(week, "special-5").position?.start.line).toBe(40);
    expect(week.sections.find((section) => section.id === "lecture-3")?.position?.start.line).toBe(91);
  });
});

describe("notes of other shapes (tests/fixtures)", () => {
  it("a note without Contents has no parts and keeps its headings", () => {
    const week = loadFixture("no-contents.md");
    expect(week.title).toBe("자유 노트");
    expect(week.number).toBeNull();
    expect(week.parts).toEqual([]);
    expect(week.sections.map(({ id, title, aliases }) => ({ id, title, aliases }))).toEqual([
      { id: "정리", title: "정리", aliases: [] },
      { id: "질문", title: "질문", aliases: [] },
    ]);
  });

  it("[Day N] items and headings become day-N entries and sections", () => {
    const week = loadFixture("days.md");
    expect(entries(week).map(({ id, kind, numbers, title, sectionId }) => ({ id, kind, numbers, title, sectionId }))).toEqual([
      { id: "day-1", kind: "day", numbers: [1], title: "오리엔테이션", sectionId: "day-1" },
      { id: "day-2", kind: "day", numbers: [2], title: "Python 기초", sectionId: "day-2" },
    ]);
    expect(entry(week, "day-1").tasks.map((task) => task.text)).toEqual(["환경 설정하기"]);
    expect(week.sections.find((section) => section.id === "day-1")?.aliases).toEqual(["day-1-오리엔테이션"]);
  });

  it("English `Lecture N:` items and headings match by number even when titles differ", () => {
    const week = loadFixture("english-lectures.md");
    expect(week.number).toBe(3);
    expect(entries(week).map(({ id, title, sectionId }) => ({ id, title, sectionId }))).toEqual([
      { id: "lecture-1", title: "Perceptron", sectionId: "lecture-1" },
      { id: "lecture-2", title: "Backpropagation", sectionId: "lecture-2" },
    ]);
    expect(week.sections.slice(1).map(({ id, aliases, title }) => ({ id, aliases, title }))).toEqual([
      { id: "lecture-1", aliases: ["lecture-1-perceptron"], title: "Lecture 1: Perceptron" },
      { id: "lecture-2", aliases: ["lecture-2---backprop-in-practice"], title: "Lecture 2 - Backprop in practice" },
    ]);
  });

  it("a combined (5~6강) heading holds both lectures", () => {
    const week = loadFixture("combined-range.md");
    expect(entries(week).map(({ id, sectionId }) => [id, sectionId])).toEqual([
      ["lecture-5", "lecture-5"],
      ["lecture-6", "lecture-5"],
      ["lecture-7", "lecture-7"],
    ]);
    expect(week.sections[1]).toMatchObject({
      id: "lecture-5",
      aliases: ["lecture-6", "56강-프로토타이핑-실습"],
      label: { kind: "lecture", numbers: [5, 6], text: "(5~6강)" },
      entryIds: ["lecture-5", "lecture-6"],
    });
  });

  it("repeated headings get GitHub's -1, -2 ids, counted from the title", () => {
    const week = loadFixture("duplicate-headings.md");
    expect(week.sections.map(({ id, depth }) => [id, depth])).toEqual([
      ["정리-1", 2],
      ["정리-2", 2],
      ["qa", 3],
      ["qa-1", 2],
    ]);
  });

  it("repeated headings without a title H1 start at the bare id", () => {
    const week = weekFrom("## 정리\n\n## 정리\n\n## 정리\n");
    expect(week.sections.map((section) => section.id)).toEqual(["정리", "정리-1", "정리-2"]);
  });

  it("a heading or Contents entry named like the page's own elements takes the next free id", () => {
    const week = weekFrom("## Contents\n\n- TOC\n- Main\n\n## Main\n\n## TOC\n\n## Lecture TOC\n\n## Main\n");
    expect(week.sections.map((section) => section.id)).toEqual(["contents", "main-1", "toc-1", "lecture-toc-1", "main-1-1"]);
    expect(week.parts.flatMap((part) => part.entries.map((entry) => [entry.id, entry.sectionId]))).toEqual([
      ["toc-2", "toc-1"],
      ["main-2", "main-1"],
    ]);
    const pageIds: readonly string[] = Object.values(PAGE_IDS);
    const used = week.sections.flatMap((section) => [section.id, ...section.aliases]);
    expect(used.filter((id) => pageIds.includes(id))).toEqual([]);
  });

  it("a leading H1 equal to the front matter title is hoisted out of the body", () => {
    const week = loadFixture("title-hoisted.md");
    expect(week.title).toBe("Week 9 : 추천 시스템");
    expect(week.sections.map(({ id, depth }) => [id, depth])).toEqual([["개요", 2]]);
    expect(week.tree.root().children.map((node) => node.type)).toEqual(["heading"]);
  });

  it("a leading H1 different from the front matter title stays in the body as a section", () => {
    const week = loadFixture("title-kept.md");
    expect(week.title).toBe("Week 9 : 추천 시스템");
    expect(week.sections.map(({ id, depth, title }) => ({ id, depth, title }))).toEqual([
      { id: "오늘의-한-줄-요약", depth: 1, title: "오늘의 한 줄 요약" },
      { id: "개요", depth: 2, title: "개요" },
    ]);
  });

  it("reads a 목차 list with unnumbered specials and entries without labels", () => {
    const week = loadFixture("special-lectures.md");
    expect(week.parts.map((part) => [part.title, part.entries.map((candidate) => candidate.id)])).toEqual([
      ["특강", ["special-제목만-있는-특강", "special-2"]],
      ["", ["논문-스터디", "회고"]],
    ]);
    expect(entries(week).map(({ id, kind, speaker, sectionId }) => ({ id, kind, speaker, sectionId }))).toEqual([
      { id: "special-제목만-있는-특강", kind: "special", speaker: null, sectionId: null },
      { id: "special-2", kind: "special", speaker: "이름", sectionId: "special-2" },
      { id: "논문-스터디", kind: "other", speaker: null, sectionId: "논문-스터디" },
      { id: "회고", kind: "other", speaker: null, sectionId: null },
    ]);
  });

  it.each([
    ["title", "# Week 12 : 끝\n\n본문\n", "w", 12],
    ["Korean week in the title", "# 3주차 정리\n\n본문\n", "w", 3],
    ["the slug", "# 정리\n\n본문\n", "week-05", 5],
    ["nowhere", "# 정리\n\n본문\n", "notes", null],
    ["front matter over the title", "---\nweek: 2\n---\n# Week 9\n", "w", 2],
  ])("takes the week number from %s", (_name, markdown, slug, number) => {
    expect(weekFrom(markdown, slug).number).toBe(number);
  });

  it("uses the slug as the title when there is no H1 and no front matter title", () => {
    const week = weekFrom("## 소제목\n\n본문\n", "week-07");
    expect(week.title).toBe("week-07");
    expect(week.sections.map((section) => section.id)).toEqual(["소제목"]);
  });
});
