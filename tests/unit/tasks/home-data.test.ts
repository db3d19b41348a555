import { describe, expect, it } from "vitest";
import { parseProgressData, parseReadingWeek, type ProgressData, tasksIn } from "@/lib/tasks/home-data";
import { readingWeek, toTaskNode, weekTasks } from "@/lib/tasks/week-tasks";
import { sectionsOutsideContents } from "@/lib/content/stats";
import { loadWeek8 } from "../helpers";

const leaf = (id: string) => ({ id, done: false, children: [] });

describe("tasksIn", () => {
  const data: ProgressData = {
    notes: [
      { slug: "a", folder: "alice/Week_2", tasks: [leaf("a/1"), leaf("a/2")] },
      { slug: "b", folder: "alice/Week_2/Day_1", tasks: [leaf("b/1")] },
      { slug: "c", folder: "alice/Week_20", tasks: [leaf("c/1")] },
      { slug: "d", folder: "", tasks: [leaf("d/1")] },
    ],
  };

  it("counts a folder with its sub-folders, never a folder whose name only starts the same", () => {
    expect(tasksIn(data, { kind: "folder", folder: "alice/Week_2" }).map((task) => task.id)).toEqual(["a/1", "a/2", "b/1"]);
    expect(tasksIn(data, { kind: "note", slug: "c" }).map((task) => task.id)).toEqual(["c/1"]);
    expect(tasksIn(data, { kind: "all" })).toHaveLength(5);
  });
});

describe("reading the home page's lazy files back", () => {
  it("takes what the routes write, through JSON, unchanged", () => {
    const week = loadWeek8();
    const reading = readingWeek(week, sectionsOutsideContents(week));
    expect(parseReadingWeek(JSON.parse(JSON.stringify(reading)))).toEqual(reading);
    const progress: ProgressData = { notes: [{ slug: week.slug, folder: "", tasks: weekTasks(week).map(toTaskNode) }] };
    expect(parseProgressData(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
  });

  it.each([
    null,
    [],
    { slug: "x" },
    { slug: "x", title: "t", anchors: [{ id: 1 }], tasks: [] },
    { slug: "x", title: "t", anchors: [], tasks: [{ anchor: "a", text: "t", node: { id: "x" } }] },
  ])("refuses %j as a reading week", (value) => {
    expect(parseReadingWeek(value)).toBeNull();
  });

  it("refuses a progress file of another shape", () => {
    expect(parseProgressData({ notes: [{ slug: "a", folder: "", tasks: [{ id: "x", done: "no", children: [] }] }] })).toBeNull();
    expect(parseProgressData({})).toBeNull();
  });
});
