import { describe, expect, it } from "vitest";
import { displayName, folderSlug, noteSlug, repeatedFolderNotes, slugPart } from "@/lib/content/slugs";

/** Slugs of a whole tree of note paths, as the loader makes them. */
function slugsOf(paths: readonly string[]): Record<string, string> {
  const repeated = repeatedFolderNotes(paths);
  return Object.fromEntries(paths.map((path) => [path, noteSlug(path, repeated)]));
}

describe("noteSlug", () => {
  it("keeps the slug of a flat week note", () => {
    expect(slugsOf(["week-08.md", "Week 09.md", "9주차.md", "notes.markdown"])).toEqual({
      "week-08.md": "week-08",
      "Week 09.md": "week-09",
      "9주차.md": "9주차",
      "notes.markdown": "notes",
    });
  });

  it("names a note by its folders and its file, numbers and dates kept", () => {
    expect(
      slugsOf([
        "Week_2/README.md",
        "Week_2/Day_4/README.md",
        "Week_2/Day_4/03. 강의 제목.md",
        "Week_2/Day_4/[AI Math 6강] 확률론 맛보기.md",
        "alice/Week 8 (11.7~11.11)/Further_studies.md",
        "alice/Week 8 (11.7~11.11)/느낀점.md",
      ]),
    ).toEqual({
      "Week_2/README.md": "week_2",
      "Week_2/Day_4/README.md": "week_2-day_4",
      "Week_2/Day_4/03. 강의 제목.md": "week_2-day_4-03.-강의-제목",
      "Week_2/Day_4/[AI Math 6강] 확률론 맛보기.md": "week_2-day_4-[ai-math-6강]-확률론-맛보기",
      "alice/Week 8 (11.7~11.11)/Further_studies.md": "alice-week-8-(11.7~11.11)-further_studies",
      "alice/Week 8 (11.7~11.11)/느낀점.md": "alice-week-8-(11.7~11.11)-느낀점",
    });
  });

  it("gives a folder's name to the one file name every sibling folder repeats", () => {
    expect(
      slugsOf(["Week 7 (10.31~11.4)/Further_studies.md", "Week 8 (11.7~11.11)/Further_studies.md", "Week 8 (11.7~11.11)/느낀점.md", "index.md"]),
    ).toEqual({
      "Week 7 (10.31~11.4)/Further_studies.md": "week-7-(10.31~11.4)",
      "Week 8 (11.7~11.11)/Further_studies.md": "week-8-(11.7~11.11)",
      "Week 8 (11.7~11.11)/느낀점.md": "week-8-(11.7~11.11)-느낀점",
      // At the root an index is a note like any other: the root is the home page.
      "index.md": "index",
    });
  });

  it("keeps weekend notes that every week repeats as pages of their own", () => {
    const paths = ["level1/week01/day01.md", "level1/week01/saturday.md", "level1/week01/sunday.md", "level1/week02/day06.md", "level1/week02/saturday.md", "level1/week02/sunday.md"];
    expect(Object.values(slugsOf(paths))).toEqual([
      "level1-week01-day01",
      "level1-week01-saturday",
      "level1-week01-sunday",
      "level1-week02-day06",
      "level1-week02-saturday",
      "level1-week02-sunday",
    ]);
  });

  it("leaves Jekyll's _posts out and Notion's page ids off", () => {
    const id = "0123456789abcdef0123456789abcdef";
    expect(slugsOf(["_posts/2023-03-14-title.md", "_posts/ml/2023-03-20-attention.md", `강의 정리 ${id}.md`, `강의 정리 ${id}/하위 페이지 ${id}.md`])).toEqual({
      "_posts/2023-03-14-title.md": "2023-03-14-title",
      "_posts/ml/2023-03-20-attention.md": "ml-2023-03-20-attention",
      [`강의 정리 ${id}.md`]: "강의-정리",
      [`강의 정리 ${id}/하위 페이지 ${id}.md`]: "강의-정리-하위-페이지",
    });
  });
});

describe("slug parts", () => {
  it.each([
    ["Week 8 (11.7~11.11)", "week-8-(11.7~11.11)"],
    ["  Day 1 ", "day-1"],
    ["C# 정리", "c-정리"],
    ["100% 이해?", "100-이해"],
    ["a\\b", "a-b"],
    ["8주차".normalize("NFD"), "8주차"],
  ])("%j -> %j", (segment, part) => {
    expect(slugPart(segment)).toBe(part);
  });

  it("names folders as readers see them", () => {
    expect(displayName("강의 노트 0123456789abcdef0123456789abcdef.md")).toBe("강의 노트");
    expect(folderSlug("alice/_posts/ml")).toBe("alice-ml");
  });
});
