import { describe, expect, it } from "vitest";
import {
  fromRouteParam,
  jsonFileName,
  safeDecode,
  sectionHref,
  sectionPagePath,
  slugFromJsonFile,
  TAG_INDEX_PATH,
  tagHref,
  weekHref,
  weekLabel,
  weekPathSegments,
} from "@/lib/urls";

describe("week and section addresses", () => {
  it("percent-encode Korean slugs and ids, and keep ASCII ones as they are", () => {
    expect(weekHref("week-08")).toBe("/weeks/week-08");
    expect(weekHref("머신러닝/1주차")).toBe("/weeks/%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D%2F1%EC%A3%BC%EC%B0%A8");
    expect(sectionHref("머신러닝", "3강-serving")).toBe("/weeks/%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D#3%EA%B0%95-serving");
    expect(sectionPagePath("week-08", "3강")).toBe("/weeks/week-08/3%EA%B0%95");
  });

  it("name the page itself when there is no id", () => {
    expect(sectionHref("week-08")).toBe("/weeks/week-08");
    expect(sectionHref("week-08", null)).toBe("/weeks/week-08");
    expect(sectionHref("week-08", "")).toBe("/weeks/week-08");
  });

  it("encode the characters that would end a path or start a query", () => {
    expect(sectionHref("week-8-(11.7~11.11)", "a#b?c")).toBe("/weeks/week-8-(11.7~11.11)#a%23b%3Fc");
  });

  it("read back what they build", () => {
    const slug = "딥러닝-기초";
    const id = "논문-스터디";
    const segments = weekPathSegments(sectionPagePath(slug, id));
    expect(segments).not.toBeNull();
    expect(segments && fromRouteParam(segments.slug)).toBe(slug);
    expect(segments?.section && fromRouteParam(segments.section)).toBe(id);
    expect(weekPathSegments(`${weekHref(slug)}/`)).toEqual({ slug: encodeURIComponent(slug), section: null });
  });

  it("recognise only pages under /weeks/", () => {
    expect(weekPathSegments("/tags/ai")).toBeNull();
    expect(weekPathSegments("/weeks/")).toBeNull();
    expect(weekPathSegments("/weeks/a/b/c")).toBeNull();
  });
});

describe("safeDecode", () => {
  it("decodes percent-encoded Korean", () => {
    expect(safeDecode("%EB%85%BC%EB%AC%B8")).toBe("논문");
  });

  it("keeps a malformed escape as written instead of throwing", () => {
    expect(safeDecode("%E0%A4%A")).toBe("%E0%A4%A");
    expect(safeDecode("100%")).toBe("100%");
    expect(safeDecode("%ZZ-lecture")).toBe("%ZZ-lecture");
  });
});

describe("route parameters", () => {
  it("come back decoded and NFC, as the model spells slugs and ids", () => {
    const decomposed = "\u1100\u1161\u11a8"; // 각, written as jamo by a macOS file name
    expect(fromRouteParam(encodeURIComponent(decomposed))).toBe("각");
    expect(fromRouteParam("week-08")).toBe("week-08");
  });

  it("name a note's JSON companion file and read its slug back", () => {
    expect(jsonFileName("week-08")).toBe("week-08.json");
    expect(slugFromJsonFile("week-08.json")).toBe("week-08");
    expect(slugFromJsonFile(encodeURIComponent(jsonFileName("자료구조")))).toBe("자료구조");
    expect(slugFromJsonFile("%E0%A4%A.json")).toBe("%E0%A4%A");
  });
});

describe("tag addresses", () => {
  it("encode each segment of a nested key and keep the slashes between them", () => {
    expect(TAG_INDEX_PATH).toBe("/tags");
    expect(tagHref("ai/자연어처리")).toBe("/tags/ai/%EC%9E%90%EC%97%B0%EC%96%B4%EC%B2%98%EB%A6%AC");
  });
});

describe("weekLabel", () => {
  it("names a numbered note by its week and any other by its title or the fallback", () => {
    expect(weekLabel({ number: 8, title: "Week 8: 서빙" })).toBe("Week 8");
    expect(weekLabel({ number: null, title: "논문 읽기" })).toBe("논문 읽기");
    expect(weekLabel({ number: null, title: "논문 읽기" }, "주차 노트")).toBe("주차 노트");
    expect(weekLabel({ number: 0, title: "오리엔테이션" })).toBe("Week 0");
  });
});
