import { describe, expect, it } from "vitest";
import { LAST_READ_KEY, nextOpenTask, readLastRead, writeLastRead } from "@/lib/tasks/resume";
import { entryProgressLabel, readingWeek, weekTasks } from "@/lib/tasks/week-tasks";
import { loadWeek8 } from "../helpers";
import { FakeStorage } from "./fake-storage";

const week8 = loadWeek8();
const reading = readingWeek(week8, []);

describe("Week 8 for the resume card", () => {
  it("lists the 13 tasks in TOC order under their lecture anchors", () => {
    expect(weekTasks(week8)).toHaveLength(13);
    expect(reading.tasks.map((task) => task.anchor)).toEqual([
      ...Array(4).fill("lecture-2"),
      ...Array(2).fill("lecture-3"),
      ...Array(4).fill("lecture-4"),
      ...Array(3).fill("lecture-5"),
    ]);
    const lecture2 = week8.parts[0]?.entries[1];
    expect(lecture2 && entryProgressLabel(lecture2)).toBe("(2강) MLOPs 개론 진행률");
  });

  it("next open task: the first open one at or after the place read, else the first open one", () => {
    const ticks = new Map(reading.tasks.slice(0, 5).map((task) => [task.node.id, { done: true, at: 1 }]));
    expect(nextOpenTask(reading, null, new Map())?.node.id).toBe(reading.tasks[0]?.node.id);
    expect(nextOpenTask(reading, "lecture-2", ticks)?.node.id).toBe(reading.tasks[5]?.node.id);
    expect(nextOpenTask(reading, "lecture-4", new Map())?.node.id).toBe(reading.tasks[6]?.node.id);
    // After the last lecture with tasks: wrap to the first open task.
    expect(nextOpenTask(reading, "special-3", ticks)?.node.id).toBe(reading.tasks[5]?.node.id);
    const all = new Map(reading.tasks.map((task) => [task.node.id, { done: true, at: 1 }]));
    expect(nextOpenTask(reading, null, all)).toBeNull();
  });
});

describe("last read place", () => {
  it("round-trips through storage", () => {
    const storage = new FakeStorage();
    writeLastRead(() => storage, { slug: "week-08", anchor: "lecture-3", at: 7 });
    expect(readLastRead(() => storage)).toEqual({ version: 1, slug: "week-08", anchor: "lecture-3", at: 7 });
  });

  it("is null, never an exception, when storage is blocked or holds garbage", () => {
    const storage = new FakeStorage();
    storage.data.set(LAST_READ_KEY, "{oops");
    expect(readLastRead(() => storage)).toBeNull();
    storage.blocked = true;
    expect(readLastRead(() => storage)).toBeNull();
    expect(() => writeLastRead(() => storage, { slug: "w", anchor: null, at: 1 })).not.toThrow();
  });
});
