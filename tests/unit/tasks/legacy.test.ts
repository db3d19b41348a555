import { describe, expect, it } from "vitest";
import { LEGACY_STORAGE_KEY, migrateLegacyTicks } from "@/lib/tasks/legacy";
import { createTaskStore, STORAGE_KEY } from "@/lib/tasks/store";
import { FakeEvents, FakeStorage } from "./fake-storage";

const A = "week-08/lecture-2/1aem564";
const B = "week-08/lecture-2/14b16r9";

describe("migrateLegacyTicks", () => {
  it.each([
    [
      "a plain array of done ids",
      [A, B],
      [
        [A, { done: true, at: 7 }],
        [B, { done: true, at: 7 }],
      ],
    ],
    [
      "a record of id -> done",
      { [A]: true, [B]: false },
      [
        [A, { done: true, at: 7 }],
        [B, { done: false, at: 7 }],
      ],
    ],
    [
      "a record of id -> { done, at }",
      { [A]: { done: true, at: 3 }, [B]: { done: false } },
      [
        [A, { done: true, at: 3 }],
        [B, { done: false, at: 7 }],
      ],
    ],
    ["{ version: 0, done: [...] }", { version: 0, done: [A] }, [[A, { done: true, at: 7 }]]],
    ["{ version: 0, ticks: {...} }", { version: 0, ticks: { [B]: true } }, [[B, { done: true, at: 7 }]]],
    ["an empty array", [], []],
  ] as const)("reads %s", (_case, value, expected) => {
    expect([...(migrateLegacyTicks(value, 7) ?? new Map()).entries()]).toEqual(expected);
    expect(migrateLegacyTicks(value, 7)).not.toBeNull();
  });

  it.each([
    ["null", null],
    ["a number", 3],
    ["a string", "week-08"],
    ["an array with a number", [A, 3]],
    ["an array with an empty id", [A, " "]],
    ["a record with a string value", { [A]: "yes" }],
    ["a record with a bad tick", { [A]: { done: "yes" } }],
    ["version 0 without ticks", { version: 0 }],
    ["a v1 document", { version: 1, ticks: {} }],
  ] as const)("refuses %s (nothing half-migrated)", (_case, value) => {
    expect(migrateLegacyTicks(value, 7)).toBeNull();
  });

  it("keeps a non-finite time out of the ticks", () => {
    expect(migrateLegacyTicks({ [A]: { done: true, at: Number.NaN } }, 7)?.get(A)).toEqual({ done: true, at: 7 });
  });
});

describe("task store: progress saved by an older build", () => {
  function setup(legacy: string, prepare?: (storage: FakeStorage) => void) {
    const storage = new FakeStorage();
    storage.data.set(LEGACY_STORAGE_KEY, legacy);
    prepare?.(storage);
    const store = createTaskStore({ storage: () => storage, events: new FakeEvents(), now: () => 42 });
    return { storage, store };
  }

  it("moves a plain array of ids to the v1 document and drops the old key", () => {
    const { storage, store } = setup(JSON.stringify([A]));
    expect(store.getSnapshot()).toEqual({ ticks: new Map([[A, { done: true, at: 42 }]]), problem: null });
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? "")).toEqual({ version: 1, ticks: { [A]: { done: true, at: 42 } } });
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false);
    store.set(new Map([[B, true]]));
    expect(Object.keys(JSON.parse(storage.data.get(STORAGE_KEY) ?? "").ticks)).toEqual([A, B]);
  });

  it("prefers an existing v1 document and leaves the old key alone", () => {
    const v1 = JSON.stringify({ version: 1, ticks: { [B]: { done: true, at: 1 } } });
    const { storage, store } = setup(JSON.stringify([A]), (area) => area.data.set(STORAGE_KEY, v1));
    expect([...store.getSnapshot().ticks.keys()]).toEqual([B]);
    expect(storage.data.get(STORAGE_KEY)).toBe(v1);
    expect(storage.data.get(LEGACY_STORAGE_KEY)).toBe(JSON.stringify([A]));
  });

  it.each(["{not json", JSON.stringify({ [A]: "yes" })])("ignores an old value of no known shape (%s), keeping it, and saves as usual", (legacy) => {
    const { storage, store } = setup(legacy);
    expect(store.getSnapshot()).toEqual({ ticks: new Map(), problem: null });
    store.set(new Map([[A, true]]));
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
    expect(storage.data.get(LEGACY_STORAGE_KEY)).toBe(legacy);
  });

  it("when storage is full, shows the old ticks in memory, reports it and keeps the old key", () => {
    const { storage, store } = setup(JSON.stringify({ [A]: true }), (area) => {
      area.full = true;
    });
    expect(store.getSnapshot()).toEqual({ ticks: new Map([[A, { done: true, at: 42 }]]), problem: "unwritable" });
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(true);
  });
});
