import { describe, expect, it } from "vitest";
import { createTaskStore, SERVER_SNAPSHOT, STORAGE_KEY } from "@/lib/tasks/store";
import { FakeEvents, FakeStorage } from "./fake-storage";

function setup(prepare?: (storage: FakeStorage) => void) {
  const storage = new FakeStorage();
  prepare?.(storage);
  const events = new FakeEvents();
  let clock = 1000;
  const store = createTaskStore({ storage: () => storage, events, now: () => clock++ });
  return { storage, events, store };
}

const saved = (ticks: Record<string, { done: boolean; at: number }>) => JSON.stringify({ version: 1, ticks });

describe("task store", () => {
  it("starts empty and saves ticks under one versioned key", () => {
    const { storage, store } = setup();
    expect(store.getSnapshot().ticks.size).toBe(0);
    store.set(new Map([["w/a/1", true]]));
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? "")).toEqual({ version: 1, ticks: { "w/a/1": { done: true, at: 1000 } } });
    expect(store.getSnapshot().problem).toBeNull();
  });

  it("reads saved ticks back, keeping those of tasks no note shows any more", () => {
    const { store } = setup((storage) => storage.data.set(STORAGE_KEY, saved({ "w/a/1": { done: true, at: 5 }, "w/gone/2": { done: true, at: 6 } })));
    expect([...store.getSnapshot().ticks.keys()]).toEqual(["w/a/1", "w/gone/2"]);
    store.set(new Map([["w/a/3", true]]));
    expect(store.getSnapshot().ticks.get("w/gone/2")).toEqual({ done: true, at: 6 });
  });

  it("returns the same snapshot until something changes, and notifies subscribers", () => {
    const { store } = setup();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.set(new Map([["x", true]]));
    expect(calls).toBe(1);
    expect(store.getSnapshot()).not.toBe(first);
    stop();
  });

  it("serves the author's state on the server: an empty, stable snapshot", () => {
    const { store } = setup((storage) => storage.data.set(STORAGE_KEY, saved({ x: { done: true, at: 1 } })));
    expect(store.getServerSnapshot()).toBe(SERVER_SNAPSHOT);
    expect(SERVER_SNAPSHOT.ticks.size).toBe(0);
  });

  it.each([
    ["nothing saved", undefined],
    ["an empty saved document", saved({})],
  ])("with %s, gives the server's own snapshot, so hydration sees no change and re-renders nothing", (_case, raw) => {
    const { store } = setup((storage) => raw !== undefined && storage.data.set(STORAGE_KEY, raw));
    expect(store.getSnapshot()).toBe(store.getServerSnapshot());
    store.set(new Map([["x", true]]));
    expect(store.getSnapshot()).not.toBe(SERVER_SNAPSHOT);
    expect(SERVER_SNAPSHOT.ticks.size).toBe(0);
  });

  it.each([
    ["corrupt JSON", "{not json", "unreadable"],
    ["a wrong shape", JSON.stringify({ version: 1, ticks: { x: true } }), "unreadable"],
    ["a bare array", "[]", "unreadable"],
    ["a newer format", JSON.stringify({ version: 2, tasks: [] }), "unsupported"],
  ] as const)("on %s keeps working in memory, reports it, and leaves the stored value alone", (_case, raw, problem) => {
    const { storage, store } = setup((area) => area.data.set(STORAGE_KEY, raw));
    expect(store.getSnapshot()).toMatchObject({ problem });
    store.set(new Map([["x", true]]));
    expect(store.getSnapshot().ticks.get("x")?.done).toBe(true);
    expect(storage.data.get(STORAGE_KEY)).toBe(raw);
  });

  it("when storage is full keeps the tick in memory and reports it", () => {
    const { storage, store } = setup();
    storage.full = true;
    expect(() => store.set(new Map([["x", true]]))).not.toThrow();
    expect(store.getSnapshot().ticks.get("x")?.done).toBe(true);
    expect(store.getSnapshot().problem).toBe("unwritable");
    store.set(new Map([["y", true]]));
    expect(store.getSnapshot().ticks.size).toBe(2);
  });

  it("when storage is blocked (SecurityError) never throws and works in memory", () => {
    const { storage, store } = setup();
    storage.blocked = true;
    expect(store.getSnapshot().problem).toBe("unavailable");
    store.set(new Map([["x", true]]));
    expect(store.getSnapshot().ticks.get("x")?.done).toBe(true);
  });

  it("when even reaching localStorage throws, works in memory", () => {
    const store = createTaskStore({
      storage: () => {
        throw new DOMException("denied", "SecurityError");
      },
      events: null,
    });
    expect(store.getSnapshot().problem).toBe("unavailable");
    store.set(new Map([["x", true]]));
    expect(store.getSnapshot().ticks.get("x")?.done).toBe(true);
  });

  it("picks up another tab's write through the storage event, and ignores other keys", () => {
    const { storage, events, store } = setup();
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    expect(events.count).toBe(1);
    storage.data.set(STORAGE_KEY, saved({ x: { done: true, at: 9 } }));
    events.fire("unrelated");
    expect(calls).toBe(0);
    events.fire(STORAGE_KEY);
    expect(calls).toBe(1);
    expect(store.getSnapshot().ticks.get("x")?.done).toBe(true);
    stop();
    expect(events.count).toBe(0);
  });

  it("clear(prefix) forgets one week's ticks only", () => {
    const { store } = setup();
    store.set(
      new Map([
        ["week-08/a/1", true],
        ["week-08/b/2", false],
        ["week-09/a/1", true],
      ]),
    );
    store.clear("week-08/");
    expect([...store.getSnapshot().ticks.keys()]).toEqual(["week-09/a/1"]);
  });
});
