/**
 * One page load's main-thread work, from the events of a Chromium performance
 * trace, in thread time (`tdur`): what the page's own thread ran, whatever
 * else the machine was doing. bench/main-thread.ts records the traces.
 */

const CPU_SLOWDOWN = 4;
const LONG_TASK_MS = 50;

export type WorkGroup = "script" | "style" | "layout" | "paint" | "parse" | "other";

/**
 * `layoutObjects` is the size of the largest tree a layout walked: with style
 * and layout apart, what says whether a page lays out slower per object or
 * just has more of them.
 */
export type MainThreadLoad = { totalMs: number; blockingMs: number; longestTaskMs: number; tasks: number; layoutObjects: number } & Record<
  WorkGroup,
  number
>;

export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; frame?: string; data?: { frame?: string }; beginData?: { totalObjects?: number } };
};

/** Part of a trace, in its own clock (microseconds): tasks that start at or after `from` and before `to`. */
export type TraceSpan = { from?: number; to?: number };

/** The trace event names of each group, after Lighthouse's main-thread-work-breakdown. */
const GROUPS: Record<Exclude<WorkGroup, "other">, readonly string[]> = {
  script: [
    "EvaluateScript",
    "FunctionCall",
    "RunMicrotasks",
    "TimerFire",
    "EventDispatch",
    "FireAnimationFrame",
    "v8.compile",
    "v8.compileModule",
    "v8.evaluateModule",
    "v8.run",
    "v8.callFunction",
    "CompileScript",
    "MinorGC",
    "MajorGC",
    "BlinkGC.AtomicPhase",
  ],
  style: ["UpdateLayoutTree", "RecalculateStyles", "ScheduleStyleRecalculation"],
  layout: ["Layout", "InvalidateLayout"],
  paint: ["PrePaint", "Paint", "PaintImage", "Layerize", "Commit", "UpdateLayer", "CompositeLayers", "Decode Image"],
  parse: ["ParseHTML", "ParseAuthorStyleSheet"],
};

const groupOf = new Map<string, WorkGroup>(Object.entries(GROUPS).flatMap(([group, names]) => names.map((name) => [name, group as WorkGroup])));

const ms = (microseconds: number) => microseconds / 1000;

/**
 * The page's main thread: of the renderers' main threads that parsed a
 * document, the one that ran the most. Another renderer (the blank page a
 * tab starts with) can be busier on a browser's first start, but parses none.
 */
function mainThreadKey(events: readonly TraceEvent[]): string | undefined {
  const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const parsing = new Set(events.filter((event) => event.name === "ParseHTML").map(key));
  const rendererMains = new Set(
    events
      .filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain" && parsing.has(key(event)))
      .map(key),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    if (event.ph === "X" && event.name === "RunTask" && rendererMains.has(key(event)))
      busy.set(key(event), (busy.get(key(event)) ?? 0) + (event.tdur ?? 0));
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const thread = mainThreadKey(events);
  return events.filter((event) => event.ph === "X" && `${event.pid}:${event.tid}` === thread && event.tdur !== undefined);
}

/**
 * When the page's `load` event fired, in the trace's clock: the `MarkLoad` of
 * the frame that painted the page (its `firstContentfulPaint`). The blank page a tab starts with, loaded in the same thread
 * just before, marks a load of its own, under another frame id. Null without one.
 */
export function loadEventTs(events: readonly TraceEvent[]): number | null {
  const painted = new Set(events.filter((event) => event.name === "firstContentfulPaint").map((event) => event.args?.frame));
  const marks = events.filter((event) => event.name === "MarkLoad" && painted.has(event.args?.data?.frame));
  return marks.length === 0 ? null : Math.min(...marks.map((event) => event.ts));
}

/**
 * One load's figures from its trace. Each event's own thread time (its `tdur`
 * less its children's) goes to its group, so nested events such as a forced
 * layout inside a script count once. With a span, only the tasks that start in it.
 */
export function summarizeTrace(events: readonly TraceEvent[], span: TraceSpan = {}): MainThreadLoad {
  const { from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY } = span;
  // A task that started outside the span is left out, and so are its children: with no task open, they count for nothing.
  const inSpan = mainThreadEvents(events).filter((event) => event.ts >= from && event.ts < to);
  // Parents before the children they contain: by start, the longer first.
  const main = inSpan.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const load: MainThreadLoad = {
    totalMs: 0,
    blockingMs: 0,
    longestTaskMs: 0,
    tasks: 0,
    layoutObjects: 0,
    script: 0,
    style: 0,
    layout: 0,
    paint: 0,
    parse: 0,
    other: 0,
  };
  const open: { event: TraceEvent; group: WorkGroup; childCpu: number }[] = [];
  const close = (until: number) => {
    for (let top = open.at(-1); top && top.event.ts + (top.event.dur ?? 0) <= until; top = open.at(-1)) {
      open.pop();
      const cpu = top.event.tdur ?? 0;
      load[top.group] += ms(Math.max(0, cpu - top.childCpu));
      const parent = open.at(-1);
      if (parent) parent.childCpu += cpu;
    }
  };
  for (const event of main) {
    close(event.ts);
    const parent = open.at(-1);
    if (!parent) {
      if (event.name !== "RunTask") continue;
      const cpu = ms(event.tdur ?? 0);
      load.tasks += 1;
      load.totalMs += cpu;
      load.longestTaskMs = Math.max(load.longestTaskMs, cpu);
      load.blockingMs += Math.max(0, cpu * CPU_SLOWDOWN - LONG_TASK_MS);
    }
    if (event.name === "Layout") load.layoutObjects = Math.max(load.layoutObjects, event.args?.beginData?.totalObjects ?? 0);
    open.push({ event, group: groupOf.get(event.name) ?? parent?.group ?? "other", childCpu: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return load;
}
