import { describe, expect, it } from "vitest";
import {
  choseong,
  hangulToLatinKeys,
  indexStem,
  isChoseongQuery,
  isParticle,
  latinKeysToHangul,
  stripParticle,
  toCompatibilityJamo,
  toJamo,
} from "@/lib/search/hangul";

describe("choseong", () => {
  it.each([
    ["마스크", "ㅁㅅㅋ"],
    ["머신러닝", "ㅁㅅㄹㄴ"],
    ["까치", "ㄲㅊ"],
    ["AI 모델", "AI ㅁㄷ"],
  ])("%j -> %j", (word, initials) => {
    expect(choseong(word)).toBe(initials);
  });

  it("recognises 초성-only queries, conjoining jamo (NFD input) included", () => {
    expect(isChoseongQuery("ㅁㅅㅋ")).toBe(true);
    expect(isChoseongQuery("ㅁㅏ")).toBe(false);
    expect(isChoseongQuery("마스크")).toBe(false);
    expect(isChoseongQuery("")).toBe(false);
    expect(isChoseongQuery(toCompatibilityJamo("\u1106\u1109\u110f"))).toBe(true);
  });
});

describe("particles", () => {
  it.each([
    ["마스크를", "마스크"],
    ["데이터에서", "데이터"],
    ["모델의", "모델"],
    ["서울은", "서울"],
    ["정의", "정의"],
    ["회의", "회의"],
    ["문제", "문제"],
  ])("stripParticle(%j) -> %j", (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each([
    ["마스크를", "마스크"],
    ["모델을", "모델"],
    ["데이터에서", "데이터"],
    ["정확도", "정확도"],
    ["문제정의", "문제정의"],
    ["재평가", "재평가"],
    ["고양이", "고양이"],
  ])("the index keeps nouns whole: indexStem(%j) -> %j", (word, stem) => {
    expect(indexStem(word)).toBe(stem);
  });

  it("knows a particle from a word", () => {
    expect(isParticle("를")).toBe(true);
    expect(isParticle("")).toBe(true);
    expect(isParticle("러닝")).toBe(false);
  });
});

describe("두벌식 keyboard", () => {
  it.each([
    ["aktmzm", "마스크"],
    ["rkatk", "감사"],
    ["dkssudgktpdy", "안녕하세요"],
    ["ekfr", "닭"],
    ["rhk", "과"],
    ["Qkf", "빨"],
  ])("%j typed with the IME off is %j", (keys, hangul) => {
    expect(latinKeysToHangul(keys)).toBe(hangul);
  });

  it("refuses letters that cannot be Korean", () => {
    expect(latinKeysToHangul("rrr")).toBeNull();
    expect(latinKeysToHangul("abc1")).toBeNull();
  });

  it.each([
    ["ㄴㄷㄱ퍄ㅜㅎ", "serving"],
    ["애ㅊㅏㄷㄱ", "docker"],
    ["닭", "ekfr"],
  ])("%j typed with the IME on is %j", (text, keys) => {
    expect(hangulToLatinKeys(text)).toBe(keys);
  });

  it("decomposes syllables into jamo", () => {
    expect(toJamo("닝")).toBe("ㄴㅣㅇ");
    expect(toJamo("닭")).toBe("ㄷㅏㄺ");
  });
});
