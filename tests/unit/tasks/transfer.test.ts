import { describe, expect, it } from "vitest";
import { exportFileName, exportProgress, mergeTicks, parseProgressFile } from "@/lib/tasks/transfer";
import type { Tick } from "@/lib/tasks/tree";

const ticks = (entries: Record<string, Tick>) => new Map(Object.entries(entries));

describe("export and import", () => {
  const mine = ticks({ "w/a/1": { done: true, at: 10 }, "w/a/2": { done: false, at: 20 } });

  it("round-trips the ticks through the file", () => {
    const text = exportProgress(mine, new Date("2026-11-30T12:00:00Z"));
    expect(parseProgressFile(text)).toEqual({ ok: true, ticks: mine });
    expect(JSON.parse(text)).toMatchObject({ format: "study-portal-task-progress", version: 1, exportedAt: "2026-11-30T12:00:00.000Z" });
    expect(exportFileName(new Date("2026-11-30T12:00:00Z"))).toBe("study-portal-progress-2026-11-30.json");
  });

  it.each([
    ["not JSON", "hello", /JSON 파일이 아니어서/],
    ["another JSON file", JSON.stringify({ name: "package" }), /과제 진행 상황 파일이 아니어서/],
    [
      "a wrong tick shape",
      JSON.stringify({ format: "study-portal-task-progress", version: 1, exportedAt: "x", ticks: { a: true } }),
      /과제 진행 상황 파일이 아니어서/,
    ],
    ["a newer version", JSON.stringify({ format: "study-portal-task-progress", version: 3, ticks: {} }), /버전 3/],
  ])("refuses %s with a Korean message", (_case, text, message) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("merges: the later tick of a task wins, ties keep this browser's, nothing is lost", () => {
    const incoming = ticks({
      "w/a/1": { done: false, at: 5 },
      "w/a/2": { done: true, at: 30 },
      "w/b/9": { done: true, at: 1 },
    });
    expect(Object.fromEntries(mergeTicks(mine, incoming))).toEqual({
      "w/a/1": { done: true, at: 10 },
      "w/a/2": { done: true, at: 30 },
      "w/b/9": { done: true, at: 1 },
    });
    expect(mergeTicks(mine, ticks({ "w/a/1": { done: false, at: 10 } })).get("w/a/1")).toEqual({ done: true, at: 10 });
  });
});
