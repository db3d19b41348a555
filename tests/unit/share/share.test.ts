import { describe, expect, it } from "vitest";
import { firstSentence } from "@/lib/content/share";
import { closestMatch, normalizeForMatch, similarity } from "@/lib/share/closest-match";
import { sectionHref, sectionPagePath } from "@/lib/urls";

const candidates = [
  { id: "lecture-2", text: "(2강) MLOPs 개론" },
  { id: "lecture-3", text: "(3강) MLOPs Serving" },
  { id: "3강-mlops-serving", text: "(3강) MLOPs Serving" },
  { id: "논문-스터디---about-diffusion-model", text: "논문 스터디 - About Diffusion model" },
];

describe("normalizeForMatch", () => {
  it("keeps letters and digits of any script, lower-cased and NFC", () => {
    expect(normalizeForMatch("(3강) MLOPs_Serving")).toBe("3강mlopsserving");
    expect(normalizeForMatch("\u1100\u1161")).toBe("가");
  });
});

describe("similarity", () => {
  it("is 1 for equal strings, 0 for nothing shared, in between otherwise", () => {
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("lecture3", "lecture33")).toBeGreaterThan(0.8);
    expect(similarity("", "a")).toBe(0);
  });
});

describe("closestMatch", () => {
  it("finds a renamed or mistyped heading by id or text", () => {
    expect(closestMatch("#3강-mlops-servng", candidates)?.id).toBe("lecture-3");
    expect(closestMatch("#lecture-33", candidates)?.id).toBe("lecture-3");
    expect(closestMatch("#diffusion-model", candidates)?.id).toBe("논문-스터디---about-diffusion-model");
  });

  it("decodes percent-encoded Korean hashes", () => {
    expect(closestMatch(`#${encodeURIComponent("논문-스터디")}`, candidates)?.id).toBe("논문-스터디---about-diffusion-model");
  });

  it("offers nothing when nothing is close, or for an empty hash", () => {
    expect(closestMatch("#zzzz", candidates)).toBeNull();
    expect(closestMatch("#", candidates)).toBeNull();
    expect(closestMatch("#%E0%A4%A", candidates)).toBeNull();
  });
});

describe("URLs", () => {
  it("percent-encodes Korean ids in hashes and paths", () => {
    expect(sectionHref("week-08", "lecture-3")).toBe("/weeks/week-08#lecture-3");
    expect(sectionHref("week-08")).toBe("/weeks/week-08");
    expect(sectionHref("week-08", "3강")).toBe("/weeks/week-08#3%EA%B0%95");
    expect(sectionPagePath("week-08", "lecture-2")).toBe("/weeks/week-08/lecture-2");
  });
});

describe("firstSentence", () => {
  it("stops at the first sentence end", () => {
    expect(firstSentence("MLOps는 운영이다. 그리고 더 있다.")).toBe("MLOps는 운영이다.");
    expect(firstSentence("  줄바꿈\n  있는 문장  ")).toBe("줄바꿈 있는 문장");
  });

  it("cuts a long text at a word with an ellipsis", () => {
    const long = "가나다 ".repeat(100);
    const result = firstSentence(long, 20);
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(21);
  });
});
