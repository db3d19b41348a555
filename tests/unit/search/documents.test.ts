import { describe, expect, it } from "vitest";
import { DocKind } from "@/lib/search/format";
import { searchWeek, weekDocuments } from "@/lib/search/documents";
import { loadWeek8, weekFrom } from "../helpers";
import { FIXTURE } from "./fixtures";

describe("weekDocuments (Week 8)", () => {
  const documents = weekDocuments(loadWeek8());
  const byId = new Map(documents.map((document) => [document.id, document]));

  it("has the week, every body section but Contents, and every lecture without notes where the page puts it", () => {
    expect(documents.map((document) => document.id)).toEqual([
      "",
      "course",
      "lecture-1",
      "lecture-2",
      "lecture-3",
      "lecture-4",
      "lecture-5",
      "lecture-7",
      "lecture-8",
      "lecture-9",
      "special-1",
      "special-2",
      "special-3",
      "special-4",
      "special-5",
      "논문-스터디---about-diffusion-model",
    ]);
  });

  it("indexes a lecture's Contents title and tasks with the section holding its notes", () => {
    const serving = byId.get("lecture-3");
    expect(serving?.title).toBe("(3강) MLOPs Serving");
    expect(serving?.lecture).toBe("(3강) Model Serving");
    expect(serving?.tasks).toContain("Rules of Machine Learning");
    expect(serving?.kind).toBe(DocKind.lecture);
    expect(serving?.path).toEqual(["Course"]);
    expect(serving?.trail).toEqual([]);
    const combined = byId.get("lecture-5");
    expect(combined?.lecture.split("\n")).toEqual([
      "(5강) Notebook 베이스 - Voila",
      "(5강-실습) 프로토타이핑 - Notebook 베이스(Voila)",
      "(6강) 웹 서비스 형태 - Streamlit",
    ]);
    expect(combined?.group.label).toBe(combined?.title);
    expect(combined?.tasks).toContain("마스크 분류 모델");
  });

  it("separates prose from code and leaves raw HTML (images) out", () => {
    const serving = byId.get("lecture-3");
    expect(serving?.code).toContain("iris_classifier_service.pack('model',clf)");
    expect(serving?.body).not.toContain("iris_classifier_service");
    expect(serving?.body).not.toContain("<img");
    expect(serving?.body.split("\n")).toContain("Serving 이란??");
  });

  it("gives a lecture without notes its label, speaker and part", () => {
    expect(byId.get("special-1")).toMatchObject({
      title: "(특강 1강) 서비스 향 AI 모델 개발하기 · 이활석",
      path: ["AI 현업자 특강"],
      kind: DocKind.lecture,
      body: "",
    });
  });
});

describe("weekDocuments (fixture with sub-sections)", () => {
  const documents = weekDocuments(weekFrom(FIXTURE, "week-03"));

  it("groups a sub-section under its lecture, and other sections under themselves", () => {
    const sub = documents.find((document) => document.id === "준비물");
    expect(sub).toMatchObject({ kind: DocKind.sub, group: { id: "lecture-1", label: "(1강) 서울 여행 계획" } });
    expect(sub?.path).toEqual(["Course", "(1강) 서울 여행 계획"]);
    expect(sub?.trail).toEqual([]);
    expect(documents.find((document) => document.id === "잡담")).toMatchObject({ kind: DocKind.other, group: { id: "잡담" } });
  });

  it("reads soft line breaks as spaces: one line per block", () => {
    const lecture = documents.find((document) => document.id === "lecture-3");
    expect(lecture?.body).toBe("정확도와 유사도를 그래프로 그린다. 문제정의가 먼저다. 그래프는 matplotlib로 그린다.");
  });
});

describe("searchWeek", () => {
  it("names the folders a note lives in, as readers see them, Jekyll's _posts left out", () => {
    const at = (path: string) => searchWeek({ ...weekFrom("# 노트\n\n본문\n"), path }).folder;
    expect(at("week-08.md")).toBe("");
    expect(at("alice/Week_2/Day_4/03. 강의.md")).toBe("alice › Week_2 › Day_4");
    expect(at("blog/_posts/ml/2023-03-20-x.md")).toBe("blog › ml");
    expect(at("강의 정리 0123456789abcdef0123456789abcdef/하위.md")).toBe("강의 정리");
  });
});
