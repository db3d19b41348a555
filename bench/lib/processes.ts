/**
 * Child processes for the benchmark: servers started on loopback and stopped
 * as a whole process group, builds timed with their peak memory, and the
 * resident memory of a process tree read from /proc (Linux only).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export type Started = { child: ChildProcess; pid: number; log: () => string };

/** Starts `command` in its own process group, so stopping it ends its children too. */
export function startProcess(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    // Only the tail is worth showing when something fails.
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  return { child, pid: child.pid, log: () => output };
}

/** Waits until `url` answers (any status), or throws with the server's output after `timeoutMs`. */
export async function waitForUrl(url: string, started: Started, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`server exited (${started.child.exitCode}) before ${url} answered:\n${started.log()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${started.log()}`);
}

/** Stops a started process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(started: Started): Promise<void> {
  const { child, pid } = started;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!stopped) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone between the check and the kill.
    }
    await exited;
  }
}

/** Parent pid -> children, from /proc. */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      const list = map.get(parent) ?? [];
      list.push(Number(name));
      map.set(parent, list);
    } catch {
      // The process ended while we read the table.
    }
  }
  return map;
}

/** A `<name>: <n> kB` line of a /proc file, in bytes; 0 when the process is gone. */
function procKiB(pid: number, file: "status" | "smaps_rollup", name: string): number {
  try {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "mu").exec(readFileSync(`/proc/${pid}/${file}`, "utf8"));
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** A process and all its descendants. */
function tree(root: number): number[] {
  const children = childrenByParent();
  const pids: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (pid === undefined) break;
    pids.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return pids;
}

/** Resident memory of a process and all its descendants, in bytes (pages they share are counted once per process). */
export function treeRss(root: number): number {
  return tree(root).reduce((sum, pid) => sum + procKiB(pid, "status", "VmRSS"), 0);
}

/**
 * Memory of a process tree in bytes, from one walk of /proc: summed RSS;
 * summed proportional set size, what the machine pays (a page shared by n
 * processes counts 1/n in each); and the largest single process's RSS.
 */
function treeMemory(root: number): { rss: number; pss: number; largestRss: number } {
  const pids = tree(root);
  const rss = pids.map((pid) => procKiB(pid, "status", "VmRSS"));
  return {
    rss: rss.reduce((sum, bytes) => sum + bytes, 0),
    pss: pids.reduce((sum, pid) => sum + procKiB(pid, "smaps_rollup", "Pss"), 0),
    largestRss: Math.max(0, ...rss),
  };
}

/**
 * Runs a command to completion, sampling its process tree's memory every
 * 200 ms: the peaks of the tree's summed RSS (which counts shared pages once
 * per process, so overstates), of its summed PSS (what the machine pays) and
 * of its largest process's RSS (what /usr/bin/time would report).
 */
export async function timedRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ seconds: number; peakRss: number; peakPss: number; peakProcessRss: number; code: number; log: string }> {
  const started = performance.now();
  const run = startProcess(command, args, options);
  let peakRss = 0;
  let peakPss = 0;
  let peakProcessRss = 0;
  const sampler = setInterval(() => {
    const memory = treeMemory(run.pid);
    peakRss = Math.max(peakRss, memory.rss);
    peakPss = Math.max(peakPss, memory.pss);
    peakProcessRss = Math.max(peakProcessRss, memory.largestRss);
  }, 200);
  const code = await new Promise<number>((resolve) => {
    run.child.on("exit", (exitCode) => resolve(exitCode ?? 1));
    run.child.on("error", () => resolve(1));
  });
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakRss, peakPss, peakProcessRss, code, log: run.log() };
}
