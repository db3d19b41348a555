/**
 * One page load's main-thread work, from the events of a Chromium performance
 * trace, in thread time (`tdur`): what the page's own thread ran, whatever
 * else the machine was doing. bench/main-thread.ts records the traces.
 */

const CPU_SLOWDOWN = 4;
const LONG_TASK_MS = 50;

export type WorkGroup = "script" | "styleLayout" | "paint" | "parse" | "other";

export type MainThreadLoad = { totalMs: number; blockingMs: number; longestTaskMs: number; tasks: number } & Record<WorkGroup, number>;

export type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };

/** The trace event names of each group, after Lighthouse's main-thread-work-breakdown. */
const GROUPS: Record<Exclude<WorkGroup, "other">, readonly string[]> = {
  script: ["EvaluateScript", "FunctionCall", "RunMicrotasks", "TimerFire", "EventDispatch", "FireAnimationFrame", "v8.compile", "v8.compileModule", "v8.evaluateModule", "v8.run", "v8.callFunction", "CompileScript", "MinorGC", "MajorGC", "BlinkGC.AtomicPhase"],
  styleLayout: ["UpdateLayoutTree", "RecalculateStyles", "Layout", "InvalidateLayout", "ScheduleStyleRecalculation"],
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
function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const parsing = new Set(events.filter((event) => event.name === "ParseHTML").map(key));
  const rendererMains = new Set(
    events.filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain" && parsing.has(key(event))).map(key),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    if (event.ph === "X" && event.name === "RunTask" && rendererMains.has(key(event))) busy.set(key(event), (busy.get(key(event)) ?? 0) + (event.tdur ?? 0));
  }
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((event) => event.ph === "X" && key(event) === thread && event.tdur !== undefined);
}

/**
 * One load's figures from its trace. Each event's own thread time (its `tdur`
 * less its children's) goes to its group, so nested events such as a forced
 * layout inside a script count once.
 */
export function summarizeTrace(events: readonly TraceEvent[]): MainThreadLoad {
  // Parents before the children they contain: by start, the longer first.
  const main = mainThreadEvents(events).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const load: MainThreadLoad = { totalMs: 0, blockingMs: 0, longestTaskMs: 0, tasks: 0, script: 0, styleLayout: 0, paint: 0, parse: 0, other: 0 };
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
    open.push({ event, group: groupOf.get(event.name) ?? parent?.group ?? "other", childCpu: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return load;
}
