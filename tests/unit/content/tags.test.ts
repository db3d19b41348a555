import { describe, expect, it } from "vitest";
import { parseWeek, slugFromFileName } from "@/lib/content/load";
import { buildTagIndex, type TagKey, tagKey, tagKeyFromSegments, tagSegments, uniqueTags } from "@/lib/content/tags";
import { tagHref } from "@/lib/urls";
import type { Week } from "@/lib/content/types";

describe("tagKey", () => {
  it.each<[string, string | null]>([
    ["mlops", "mlops"],
    ["MLOps", "mlops"],
    ["#MLOps", "mlops"],
    [" 머신러닝 ", "머신러닝"],
    // NFD Hangul (macOS file names, some editors) is the same tag as NFC.
    ["\u1106\u1165\u1109\u1175\u11ab", "머신"],
    ["machine learning", "machine-learning"],
    ["AI/자연어처리", "ai/자연어처리"],
    ["a / b", "a/b"],
    ["C#", "c"],
    ["50%", "50"],
    ["../etc", "etc"],
    ["#", null],
    [" / ", null],
  ])("%j -> %j", (written, key) => {
    expect(tagKey(written)).toBe(key);
  });
});

describe("tag URLs", () => {
  it.each<[string, string]>([
    ["mlops", "/tags/mlops"],
    ["머신러닝", "/tags/%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D"],
    ["ai/자연어처리", "/tags/ai/%EC%9E%90%EC%97%B0%EC%96%B4%EC%B2%98%EB%A6%AC"],
    ["c++", "/tags/c%2B%2B"],
  ])("%s -> %s, and back from the route's segments", (key, href) => {
    expect(tagHref(key as TagKey)).toBe(href);
    const segments = href.slice("/tags/".length).split("/");
    expect(tagKeyFromSegments(segments)).toBe(key);
    expect(tagKeyFromSegments(tagSegments(key as TagKey))).toBe(key);
  });

  it("gives no page to a spelling that is not the key", () => {
    expect(tagKeyFromSegments(["MLOps"])).toBeNull();
    expect(tagKeyFromSegments(["machine learning"])).toBeNull();
    expect(tagKeyFromSegments(["%E0%A4%A"])).toBeNull();
  });
});

describe("uniqueTags", () => {
  it("keeps the first spelling of each key, in order", () => {
    expect(uniqueTags(["MLOps", "#서빙", "mlops", "서빙", " ", "Machine Learning", "machine-learning"])).toEqual(["MLOps", "서빙", "Machine Learning"]);
  });
});

function note(name: string, tags: string[]): Week {
  const text = `---\ntags: [${tags.map((tag) => JSON.stringify(tag)).join(", ")}]\n---\n# ${name}\n\n본문\n`;
  return parseWeek(text, `content/${name}.md`, slugFromFileName(`${name}.md`)).week;
}

describe("buildTagIndex", () => {
  const weeks = [note("week-01", ["MLOps", "ai/nlp"]), note("week-02", ["회고"]), note("week-03", ["mlops", "ai/vision", "회고"]), note("week-04", ["mlops"])];
  const index = buildTagIndex(weeks);
  const byKey = new Map(index.map((tag) => [tag.key, tag]));

  it("lists each tag's notes in the order given (course order), under the first spelling", () => {
    expect(byKey.get("mlops" as TagKey)).toMatchObject({ label: "MLOps", children: [] });
    expect(byKey.get("mlops" as TagKey)?.weeks.map((week) => week.slug)).toEqual(["week-01", "week-03", "week-04"]);
  });

  it("puts a nested tag's notes under its parent too, and names the children", () => {
    expect(byKey.get("ai" as TagKey)?.weeks.map((week) => week.slug)).toEqual(["week-01", "week-03"]);
    expect(byKey.get("ai" as TagKey)?.children).toEqual(["ai/nlp", "ai/vision"]);
    expect(byKey.get("ai/nlp" as TagKey)?.weeks.map((week) => week.slug)).toEqual(["week-01"]);
  });

  it("orders tags by how many notes they have, then by name (Hangul before Latin, as a Korean reader sorts)", () => {
    expect(index.map((tag) => tag.key)).toEqual(["mlops", "회고", "ai", "ai/nlp", "ai/vision"]);
  });
});
