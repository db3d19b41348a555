import { describe, expect, it } from "vitest";
import {
  authorProgress,
  authorState,
  checkState,
  isDone,
  parseTaskNode,
  parseTaskNodes,
  progress,
  type TaskNode,
  setDone,
  type Ticks,
  toggle,
} from "@/lib/tasks/tree";

const leaf = (id: string, done = false): TaskNode => ({ id, done, children: [] });
const parent: TaskNode = { id: "p", done: false, children: [leaf("a"), leaf("b"), { id: "c", done: false, children: [leaf("c1"), leaf("c2")] }] };

function ticks(entries: Record<string, boolean>): Ticks {
  return new Map(Object.entries(entries).map(([id, done]) => [id, { done, at: 1 }]));
}

describe("task state", () => {
  it("is the author's default until the reader ticks, then the reader's", () => {
    expect(isDone(leaf("x", true), ticks({}))).toBe(true);
    expect(isDone(leaf("x", true), ticks({ x: false }))).toBe(false);
    expect(isDone(leaf("x"), ticks({ x: true }))).toBe(true);
  });

  it("of a parent follows its children: unchecked, mixed, checked", () => {
    expect(checkState(parent, ticks({}))).toBe("unchecked");
    expect(checkState(parent, ticks({ a: true }))).toBe("mixed");
    expect(checkState(parent, ticks({ c1: true }))).toBe("mixed");
    expect(checkState(parent, ticks({ a: true, b: true, c1: true, c2: true }))).toBe("checked");
    // A stale tick on the parent itself never contradicts its children.
    expect(checkState(parent, ticks({ p: true }))).toBe("unchecked");
  });

  it("before any tick is the author's: a parent with some [x] children is mixed", () => {
    expect(authorState(leaf("x", true))).toBe("checked");
    expect(authorState({ id: "p", done: false, children: [leaf("a", true), leaf("b")] })).toBe("mixed");
    expect(authorState(parent)).toBe("unchecked");
    expect(authorProgress([leaf("x", true), { id: "p", done: false, children: [leaf("a", true), leaf("b")] }])).toEqual({ done: 2, total: 4 });
  });

  it("toggling a parent ticks every task under it; toggling a mixed parent completes it", () => {
    expect([...toggle(parent, ticks({}))]).toEqual(["p", "a", "b", "c", "c1", "c2"].map((id) => [id, true]));
    expect([...toggle(parent, ticks({ a: true })).values()].every(Boolean)).toBe(true);
    const all = ticks({ a: true, b: true, c1: true, c2: true });
    expect([...toggle(parent, all).values()].every((done) => !done)).toBe(true);
  });

  it("setting a task's state sets every task under it, whatever they were", () => {
    expect([...setDone(parent, false)]).toEqual(["p", "a", "b", "c", "c1", "c2"].map((id) => [id, false]));
    expect([...setDone(leaf("a"), true)]).toEqual([["a", true]]);
  });

  it("toggling a child changes only the child", () => {
    expect([...toggle(leaf("a"), ticks({}))]).toEqual([["a", true]]);
  });

  it("progress counts parents and children once each", () => {
    // c1 and c2 done make their parent c done too.
    expect(progress([parent], ticks({ c1: true, c2: true }))).toEqual({ done: 3, total: 6 });
    expect(progress([leaf("x"), leaf("x"), leaf("y", true)], ticks({}))).toEqual({ done: 1, total: 2 });
  });
});

describe("parseTaskNode", () => {
  it("reads back what JSON.stringify wrote", () => {
    expect(parseTaskNode(JSON.stringify(parent))).toEqual(parent);
    expect(parseTaskNodes(JSON.stringify([parent, leaf("z", true)]))).toEqual([parent, leaf("z", true)]);
  });

  it.each(["", "{", "null", '{"id":1,"done":false,"children":[]}', '{"id":"a","done":false,"children":[{"id":"b"}]}'])("refuses %j", (json) => {
    expect(parseTaskNode(json)).toBeNull();
  });

  it("refuses a list with one bad node", () => {
    expect(parseTaskNodes('[{"id":"a","done":false,"children":[]}, 3]')).toBeNull();
    expect(parseTaskNodes('{"id":"a"}')).toBeNull();
  });
});
