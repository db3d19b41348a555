import { describe, expect, it } from "vitest";
import { loadEventTs, summarizeTrace, type TraceEvent } from "../../../bench/lib/trace";

const RENDERER = { pid: 7, tid: 1 };
const BROWSER = { pid: 2, tid: 1 };
const BLANK = { pid: 9, tid: 1 };

const threadName = (where: { pid: number; tid: number }, name: string): TraceEvent => ({
  name: "thread_name",
  ph: "M",
  ts: 0,
  ...where,
  args: { name },
});

/** The page renderer's main thread, named and parsing (a zero-length ParseHTML outside any task counts for nothing). */
const pageThread = (): TraceEvent[] => [threadName(RENDERER, "CrRendererMain"), event("ParseHTML", 0, 0)];

/** A complete event: start and wall duration in ms, thread time in ms (defaults to the wall time). */
function event(name: string, startMs: number, wallMs: number, cpuMs = wallMs, where = RENDERER): TraceEvent {
  return { name, ph: "X", ts: startMs * 1000, dur: wallMs * 1000, tdur: cpuMs * 1000, ...where };
}

describe("summarizeTrace", () => {
  it("gives each nested event its own thread time, so a layout forced by a script counts once", () => {
    const load = summarizeTrace([
      ...pageThread(),
      event("RunTask", 100, 30),
      event("FunctionCall", 100, 30),
      event("Layout", 110, 8),
      event("UpdateLayoutTree", 110, 3),
    ]);
    expect(load.totalMs).toBe(30);
    expect(load.script).toBe(22);
    expect([load.layout, load.style]).toEqual([5, 3]);
    expect(load.other).toBe(0);
  });

  it("counts thread time, not the wall time a busy machine adds", () => {
    const load = summarizeTrace([...pageThread(), event("RunTask", 0, 90, 20), event("ParseHTML", 0, 90, 20)]);
    expect(load.totalMs).toBe(20);
    expect(load.parse).toBe(20);
    expect(load.longestTaskMs).toBe(20);
  });

  it("counts each task's part above 50 ms at 4x its CPU as blocking time", () => {
    const load = summarizeTrace([
      ...pageThread(),
      event("RunTask", 0, 40, 20),
      event("EvaluateScript", 0, 40, 20),
      event("RunTask", 60, 30),
      event("FunctionCall", 60, 30),
      event("RunTask", 100, 10),
    ]);
    // 4 x 20 - 50 = 30 and 4 x 30 - 50 = 70; the 10 ms task stays under 50 ms at 4x.
    expect(load.blockingMs).toBe(100);
    expect(load.tasks).toBe(3);
    expect(load.totalMs).toBe(60);
    expect(load.other).toBe(10);
  });

  it("reads the main thread of the renderer that parsed the page, however busy the others were", () => {
    const load = summarizeTrace([
      threadName(BROWSER, "CrBrowserMain"),
      threadName(RENDERER, "CrRendererMain"),
      threadName(BLANK, "CrRendererMain"),
      ...Array.from({ length: 5 }, (_, index) => event("RunTask", index * 100, 50, 50, BROWSER)),
      ...Array.from({ length: 5 }, (_, index) => event("RunTask", index * 100, 40, 40, BLANK)),
      event("RunTask", 10, 25),
      event("ParseHTML", 10, 5),
    ]);
    expect(load.tasks).toBe(1);
    expect(load.totalMs).toBe(25);
    expect(load.blockingMs).toBe(50);
  });

  it("counts only the tasks that start in a span (in the trace's microseconds), each with all its children", () => {
    const events = [
      ...pageThread(),
      event("RunTask", 100, 30),
      event("EvaluateScript", 100, 30),
      event("RunTask", 200, 40),
      event("FunctionCall", 200, 40),
      event("Layout", 245, 10),
      event("RunTask", 300, 5),
    ];
    const before = summarizeTrace(events, { to: 200_000 });
    const after = summarizeTrace(events, { from: 200_000 });
    expect([before.tasks, before.totalMs, before.script]).toEqual([1, 30, 30]);
    expect([after.tasks, after.totalMs, after.script]).toEqual([2, 45, 40]);
    // The task that starts before the span is left out, its child inside the span with it.
    const late = summarizeTrace(events, { from: 210_000 });
    expect([late.tasks, late.totalMs, late.layout]).toEqual([1, 5, 0]);
  });

  it("keeps the largest tree a layout walked, and style apart from layout", () => {
    const layout = (startMs: number, ms: number, totalObjects: number): TraceEvent => ({
      ...event("Layout", startMs, ms),
      args: { beginData: { totalObjects } },
    });
    const load = summarizeTrace([
      ...pageThread(),
      event("RunTask", 0, 20),
      event("UpdateLayoutTree", 0, 6),
      layout(6, 14, 234),
      event("RunTask", 100, 30),
      event("UpdateLayoutTree", 100, 9),
      layout(109, 21, 1528),
      event("RunTask", 200, 2),
      layout(200, 1, 1530),
    ]);
    expect(load.layoutObjects).toBe(1530);
    expect([load.style, load.layout]).toEqual([15, 36]);
  });
});

describe("loadEventTs", () => {
  const mark = (name: string, ms: number, frame: string): TraceEvent => ({ name, ph: "I", ts: ms * 1000, ...RENDERER, args: { data: { frame } } });
  const paint = (ms: number, frame: string): TraceEvent => ({ name: "firstContentfulPaint", ph: "R", ts: ms * 1000, ...RENDERER, args: { frame } });

  it("is the load of the frame that painted the page, not of the blank page before it or a later one", () => {
    const events = [
      ...pageThread(),
      mark("MarkLoad", 5, "BLANK"),
      paint(300, "PAGE"),
      mark("MarkLoad", 900, "PAGE"),
      mark("MarkLoad", 2000, "OTHER"),
    ];
    expect(loadEventTs(events)).toBe(900_000);
  });

  it("is null when the page never loaded", () => {
    expect(loadEventTs([...pageThread(), paint(300, "PAGE"), mark("MarkDOMContent", 600, "PAGE")])).toBeNull();
  });
});
