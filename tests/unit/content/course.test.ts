import { describe, expect, it } from "vitest";
import { compactTree } from "@/components/course/CourseTree";
import { allFolders, type CourseFolder, courseTree, crumbsAbove, readingOrder } from "@/lib/content/course";
import type { Week, WeekSlug } from "@/lib/content/types";
import { weekFrom } from "../helpers";

/** A note at `path`, its slug made the way the loader makes it for a lone path. */
function noteAt(path: string, slug: string): Week {
  return { ...weekFrom(`# ${path}\n\n본문\n`, slug), path, slug: slug as WeekSlug };
}

/** The tree as nested names, for a readable comparison. */
function shape(folder: CourseFolder): unknown[] {
  return folder.children.map((child) => (child.kind === "note" ? child.week.path : { [`${child.name}${child.index ? ` <- ${child.index.path}` : ""}`]: shape(child) }));
}

describe("courseTree", () => {
  const weeks = [
    noteAt("Week_10/README.md", "week_10"),
    noteAt("Week_2/Day_4/README.md", "week_2-day_4"),
    noteAt("Week_2/Day_4/03. 강의.md", "week_2-day_4-03.-강의"),
    noteAt("Week_2/README.md", "week_2"),
    noteAt("Week_2/Day_1/2. Vector.md", "week_2-day_1-2.-vector"),
    noteAt("Week_2/Day_1/10. Matrix.md", "week_2-day_1-10.-matrix"),
    noteAt("stage/day-10.md", "stage-day-10"),
    noteAt("stage/day-01-05.md", "stage-day-01-05"),
    noteAt("stage/day-9.md", "stage-day-9"),
    noteAt("week-08.md", "week-08"),
  ];
  const course = courseTree(weeks);

  it("puts folders and notes in the order a person reads them, introductions as the folder", () => {
    expect(shape(course)).toEqual([
      { stage: ["stage/day-01-05.md", "stage/day-9.md", "stage/day-10.md"] },
      { "Week_2 <- Week_2/README.md": [{ Day_1: ["Week_2/Day_1/2. Vector.md", "Week_2/Day_1/10. Matrix.md"] }, { "Day_4 <- Week_2/Day_4/README.md": ["Week_2/Day_4/03. 강의.md"] }] },
      "week-08.md",
      { "Week_10 <- Week_10/README.md": [] },
    ]);
  });

  it("reads depth first, each introduction before its folder's notes", () => {
    expect(readingOrder(course).map((week) => week.path)).toEqual([
      "stage/day-01-05.md",
      "stage/day-9.md",
      "stage/day-10.md",
      "Week_2/README.md",
      "Week_2/Day_1/2. Vector.md",
      "Week_2/Day_1/10. Matrix.md",
      "Week_2/Day_4/README.md",
      "Week_2/Day_4/03. 강의.md",
      "week-08.md",
      "Week_10/README.md",
    ]);
    expect(allFolders(course).map((folder) => folder.slug)).toEqual(["stage", "week_2", "week_2-day_1", "week_2-day_4", "week_10"]);
  });

  it("gives breadcrumbs down to a note, ending above a folder's own introduction", () => {
    const lecture = weeks[2];
    const dayIntro = weeks[1];
    const day1 = allFolders(course).find((folder) => folder.slug === "week_2-day_1");
    if (!lecture || !dayIntro || !day1) throw new Error("fixture notes missing");
    expect(crumbsAbove(course, { kind: "note", week: lecture })).toEqual([
      { label: "Week_2", slug: "week_2" },
      { label: "Day_4", slug: "week_2-day_4" },
    ]);
    expect(crumbsAbove(course, { kind: "note", week: dayIntro })).toEqual([{ label: "Week_2", slug: "week_2" }]);
    expect(crumbsAbove(course, { kind: "folder", folder: day1 })).toEqual([{ label: "Week_2", slug: "week_2" }]);
  });
});

describe("compactTree", () => {
  /** A course of `members` folders of `weeks` folders of `notes` notes. */
  function course(members: number, weeks: number, notes: number) {
    const all = Array.from({ length: members * weeks * notes }, (_, index) => {
      const member = Math.floor(index / (weeks * notes)) + 1;
      const week = Math.floor((index % (weeks * notes)) / notes) + 1;
      return noteAt(`m${member}/w${week}/n${(index % notes) + 1}.md`, `m${member}-w${week}-n${(index % notes) + 1}`);
    });
    return courseTree(all);
  }

  it("opens folders breadth first while the budget lasts, so the page lists a bounded number of entries", () => {
    const tree = course(10, 4, 5);
    const layout = compactTree(tree, 60);
    if (layout.kind !== "compact") throw new Error("compact layout expected");
    // 10 members, their 40 weeks, then the notes of the first two weeks: 60 entries; the other 190 notes wait on their folder pages.
    expect([...layout.expanded]).toEqual([...Array.from({ length: 10 }, (_, index) => `m${index + 1}`), "m1/w1", "m1/w2"]);
  });

  it("opens everything of a small course", () => {
    const layout = compactTree(course(2, 2, 3), 150);
    expect(layout.kind === "compact" ? layout.expanded.size : -1).toBe(6);
  });
});
