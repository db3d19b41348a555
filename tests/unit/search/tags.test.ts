import { describe, expect, it } from "vitest";
import { buildSearch } from "@/lib/search/build";
import { SearchEngine } from "@/lib/search/engine";
import { parseSearchIndex } from "@/lib/search/format";
import { parseWeek, slugFromFileName } from "@/lib/content/load";

/** Notes found by their tags: front matter tags and Obsidian's inline `#태그`, written once and never in the text. */
const tagged = parseWeek(
  "---\ntags: [MLOps, 머신러닝]\n---\n# 서빙 정리\n\n## 배포\n\n모델을 배포하는 방법을 정리했다. #회고\n",
  "content/serving.md",
  slugFromFileName("serving.md"),
).week;
const other = parseWeek("# 다른 노트\n\n## 배포\n\n배포 이야기만 있다.\n", "content/other.md", slugFromFileName("other.md")).week;
const engine = new SearchEngine(parseSearchIndex(JSON.parse(JSON.stringify(buildSearch([other, tagged]).index))));

function firstHit(query: string): string | null {
  const hit = engine.search(query).hits[0];
  if (!hit) return null;
  const doc = engine.doc(hit.doc);
  return `${doc.week.slug}#${doc.id}`;
}

describe("search by tag", () => {
  it.each([
    ["#mlops", "serving#"],
    ["mlops", "serving#"],
    ["MLOps", "serving#"],
    ["#머신러닝", "serving#"],
    ["머신러닝", "serving#"],
  ])("%s finds the tagged note's page first", (query, expected) => {
    expect(firstHit(query)).toBe(expected);
  });

  it("an inline tag is a tag of the note, and also found in the section it is written in", () => {
    expect(firstHit("#회고")).toBe("serving#");
    expect(engine.search("#회고").hits.map((hit) => `${engine.doc(hit.doc).week.slug}#${engine.doc(hit.doc).id}`)).toContain("serving#배포");
  });

  it("a note without the tag is not found by it", () => {
    const slugs = engine.search("mlops").hits.map((hit) => engine.doc(hit.doc).week.slug);
    expect(slugs).not.toContain("other");
  });
});
