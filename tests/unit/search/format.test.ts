import { describe, expect, it } from "vitest";
import { buildSearch } from "@/lib/search/build";
import { decodeNumbers, encodeNumber, parseSearchIndex, parseWeekTexts } from "@/lib/search/format";
import { loadWeek8 } from "../helpers";

describe("posting numbers", () => {
  it("round-trip through the 5-bit digit alphabet", () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 123_456_789];
    expect(decodeNumbers(numbers.map(encodeNumber).join(""))).toEqual(numbers);
    expect(encodeNumber(5)).toHaveLength(1);
    expect(encodeNumber(1000)).toHaveLength(2);
  });

  it("refuse foreign characters and a truncated number", () => {
    expect(() => decodeNumbers("a b")).toThrow(/unexpected character/u);
    expect(() => decodeNumbers("A")).toThrow(/middle of a number/u);
  });
});

describe("the serialised index", () => {
  const built = buildSearch([loadWeek8()]);

  it("is deterministic: the same notes give the same bytes", () => {
    expect(JSON.stringify(buildSearch([loadWeek8()]))).toBe(JSON.stringify(built));
  });

  it("survives JSON and validation unchanged", () => {
    const json: unknown = JSON.parse(JSON.stringify(built.index));
    expect(parseSearchIndex(json)).toEqual(built.index);
    const texts: unknown = JSON.parse(JSON.stringify(built.texts[0]));
    expect(parseWeekTexts(texts)).toEqual(built.texts[0]);
  });

  it("keeps terms sorted, one posting list each", () => {
    const terms = built.index.terms.split(" ");
    expect([...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(terms);
    expect(new Set(terms).size).toBe(terms.length);
    expect(built.index.postings.split(" ")).toHaveLength(terms.length);
  });

  it("lists texts in the order of the index's documents", () => {
    expect(built.texts[0]?.docs.map(([id]) => id)).toEqual(built.index.docs.map(([, id]) => id));
  });

  it.each([
    ["null", null],
    ["another version", { ...built.index, version: 2 }],
    ["a document pointing at a missing group", { ...built.index, docs: [[999, "x", "x", "", 0]] }],
    ["an unknown kind", { ...built.index, docs: [[0, "x", "x", "", 7]] }],
    ["fewer postings than terms", { ...built.index, postings: "" }],
    ["a week without a slug", { ...built.index, weeks: [{ title: "x", label: "x" }] }],
  ])("refuses %s", (_what, value) => {
    expect(() => parseSearchIndex(value)).toThrow(/search index/u);
  });

  it("refuses malformed texts", () => {
    expect(() => parseWeekTexts({ version: 1, slug: "x", docs: [["id", "body", 3, ""]] })).toThrow(/search texts/u);
    expect(() => parseWeekTexts({ version: 1, docs: [] })).toThrow(/search texts/u);
  });
});
