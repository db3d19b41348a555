import { describe, expect, it } from "vitest";
import { editDistance } from "@/lib/search/distance";
import { parseQuery } from "@/lib/search/query";
import { indexTerms, normalize, tokenize } from "@/lib/search/tokenize";

describe("tokenize", () => {
  it("splits scripts, lower-cases Latin and keeps offsets into the text", () => {
    const text = "MLOps가 필요한 iris_classifier.pack()";
    const tokens = tokenize(text);
    expect(tokens.map((token) => [token.term, token.script])).toEqual([
      ["mlops", "latin"],
      ["가", "hangul"],
      ["필요한", "hangul"],
      ["iris", "latin"],
      ["classifier", "latin"],
      ["pack", "latin"],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.term);
    expect(tokens[1]?.afterLatin).toBe(true);
    expect(tokens[2]?.afterLatin).toBe(false);
  });

  it("composes NFD Hangul (macOS file names and notes)", () => {
    expect(tokenize(normalize("마스크".normalize("NFD"))).map((token) => token.term)).toEqual(["마스크"]);
  });

  it("keeps jamo runs apart from syllables", () => {
    expect(tokenize("ㅋㅋ 좋네ㅎㅎ").map((token) => [token.term, token.script])).toEqual([
      ["ㅋㅋ", "jamo"],
      ["좋네", "hangul"],
      ["ㅎㅎ", "jamo"],
    ]);
  });

  it("lower-cases without changing lengths (offsets stay valid)", () => {
    const tokens = tokenize("İstanbul Straße");
    expect(tokens.map((token) => token.end - token.start)).toEqual([8, 6]);
  });
});

describe("indexTerms", () => {
  it("strips safe particles, drops particles glued to Latin words and jamo noise", () => {
    expect(indexTerms("마스크를 쓴 MLOps가 정확도를 ㅎㅎ")).toEqual(["마스크", "쓴", "mlops", "정확도"]);
  });
});

describe("parseQuery", () => {
  it("reads words by script, quoted phrases and 초성", () => {
    const query = parseQuery('Voila "문제 정의" ㅁㅅㅋ 마스크를');
    expect(query.phrases).toEqual([{ text: "문제 정의", words: ["문제", "정의"] }]);
    expect(query.terms).toEqual([
      { kind: "latin", text: "voila" },
      { kind: "hangul", text: "문제", stem: "문제" },
      { kind: "hangul", text: "정의", stem: "정의" },
      { kind: "choseong", text: "ㅁㅅㅋ" },
      { kind: "hangul", text: "마스크를", stem: "마스크" },
    ]);
  });

  it("treats an unclosed quote as a space and waits for a syllable being composed", () => {
    expect(parseQuery('"serving').terms).toEqual([{ kind: "latin", text: "serving" }]);
    expect(parseQuery("마ㅅ").terms).toEqual([{ kind: "hangul", text: "마", stem: "마" }]);
  });

  it("ignores duplicates and caps the number of words", () => {
    expect(parseQuery("a a A").terms).toHaveLength(1);
    expect(parseQuery(Array.from({ length: 40 }, (_, index) => `w${index}`).join(" ")).terms).toHaveLength(12);
  });
});

describe("editDistance", () => {
  it.each([
    ["docker", "docker", 1, false, 0],
    ["dokcer", "docker", 1, false, 1],
    ["dcker", "docker", 1, false, 1],
    ["strem", "streamlit", 1, true, 1],
    ["strem", "streamlit", 1, false, 2],
    ["kubernetes", "docker", 2, false, 3],
  ])("%j vs %j (max %i, prefix %s) = %i", (a, b, max, prefix, distance) => {
    expect(editDistance(a, b, max, prefix)).toBe(distance);
  });
});
