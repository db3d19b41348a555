import { describe, expect, it } from "vitest";
import { sharedEngine } from "./fixtures";

/**
 * Suggestions replace a word that matched nothing where the reader typed it,
 * in the reader's case, and keep the rest of the query as typed. The query's
 * words are lower-cased, the reader's are not: `Dokkr` once got no suggestion.
 */
describe("suggestions keep the query as the reader typed it", () => {
  const { search } = sharedEngine();

  it.each([
    ["Dokkr", "Docker", "a capitalised typo is corrected with its capital"],
    ["DOKKR", "DOCKER", "all capitals stay capitals"],
    ["Dokkr가", "Docker가", "a particle glued to the Latin word stays as typed"],
    ["Rieakt 컴포넌트", "React 컴포넌트", "the Hangul word after it stays"],
    ["컴포넌트 Rieakt", "컴포넌트 React", "a Latin word after a Hangul one is found at its place"],
    ["Rieakt 컴포넌뚜", "React 컴포넌트", "a Latin and a Hangul typo, both corrected"],
    ["Rieakt는 컴포넌트", "React는 컴포넌트", "a particle and a second word"],
  ])("%j -> %j (%s)", (query, suggested) => {
    const outcome = search(query);
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion).toEqual({ query: suggested, reason: "spelling" });
    expect(search(suggested).hits.length).toBeGreaterThan(0);
  });
});
