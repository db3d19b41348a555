/**
 * `npm run bench:load` (tsx bench/load.ts): issue #9's load run.
 *
 * Serves the production site with `node scripts/start.mjs` on 127.0.0.1:3320
 * (building first when `.next` is stale) and runs autocannon, 50 connections:
 *   1. valid pages (home, Week 8, a section page), 20 s;
 *   2. the same again, to see whether memory keeps growing (flat = the second
 *      run ends within 10 % or 32 MiB of the first's resident memory);
 *   3. valid pages mixed with unknown URLs, 20 s: unknown URLs must answer 404,
 *      valid ones 2xx, nothing 5xx.
 * Reports requests/s, latency p50/p99, errors, status counts and the server's
 * resident memory (whole process tree) before, after each run and after 5 s idle.
 * Exits non-zero on any connection error, timeout, 5xx, a valid page that is
 * not 2xx, an unknown URL that is not 404, or memory that is not flat.
 *
 *   --seconds=N      run length (default 20)
 *   --connections=N  (default 50)
 */
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startProcess, stopProcess, treeRss, waitForUrl } from "./lib/processes";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = 3320;
const BASE = `http://127.0.0.1:${PORT}`;
const VALID = ["/", "/weeks/week-08", "/weeks/week-08/lecture-2"];
const UNKNOWN = ["/weeks/week-99", "/weeks/week-08/no-such-section", "/no/such/page", "/weeks/..%2f..%2fetc%2fpasswd", `/weeks/${"x".repeat(300)}`];

type RunFigures = {
  name: string;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  total: number;
  errors: number;
  timeouts: number;
  status: Record<string, number>;
  /** Answers whose status was not the expected one for their URL, by `path -> status`. */
  unexpected: Record<string, number>;
  rssAfterMiB: number;
};

const value = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const SECONDS = Number(value("seconds") ?? 20);
const CONNECTIONS = Number(value("connections") ?? 50);

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

async function run(name: string, paths: readonly string[], serverPid: number): Promise<RunFigures> {
  const unexpected: Record<string, number> = {};
  const valid = new Set(VALID);
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    // Each connection cycles through the list, so every URL is asked about equally often.
    requests: paths.map((path) => ({
      method: "GET" as const,
      path,
      onResponse: (status: number) => {
        const ok = valid.has(path) ? status >= 200 && status < 300 : status === 404;
        if (!ok) unexpected[`${path} -> ${status}`] = (unexpected[`${path} -> ${status}`] ?? 0) + 1;
      },
    })),
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    status: { "1xx": result["1xx"], "2xx": result["2xx"], "3xx": result["3xx"], "4xx": result["4xx"], "5xx": result["5xx"] },
    unexpected,
    rssAfterMiB: mib(treeRss(serverPid)),
  };
}

async function main(): Promise<number> {
  const server = startProcess(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { PORT: String(PORT), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitForUrl(`${BASE}/`, server, 900_000);
    // Warm-up: every page once, so the first run does not pay for loading page code.
    for (const path of [...VALID, ...UNKNOWN]) await (await fetch(`${BASE}${path}`)).arrayBuffer();
    await sleep(2_000);
    const before = mib(treeRss(server.pid));
    console.error(`load: ${CONNECTIONS} connections, ${SECONDS} s per run, server RSS ${before} MiB`);
    const runs: RunFigures[] = [];
    runs.push(await run("valid pages", VALID, server.pid));
    runs.push(await run("valid pages, again", VALID, server.pid));
    runs.push(await run("valid pages + 404s", [...VALID, ...UNKNOWN], server.pid));
    await sleep(5_000);
    const idle = mib(treeRss(server.pid));

    const [first, second] = runs;
    const flat = first !== undefined && second !== undefined && second.rssAfterMiB <= Math.max(first.rssAfterMiB * 1.1, first.rssAfterMiB + 32);
    const problems: string[] = [];
    for (const figures of runs) {
      console.log(
        `${figures.name.padEnd(20)} ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${figures.latencyP50} ms  p99 ${figures.latencyP99} ms  ` +
          `${figures.total} requests  errors ${figures.errors}  timeouts ${figures.timeouts}  ` +
          `2xx ${figures.status["2xx"]}  4xx ${figures.status["4xx"]}  5xx ${figures.status["5xx"]}  RSS after ${figures.rssAfterMiB} MiB`,
      );
      if (figures.errors > 0 || figures.timeouts > 0) problems.push(`${figures.name}: ${figures.errors} errors, ${figures.timeouts} timeouts`);
      if ((figures.status["5xx"] ?? 0) > 0) problems.push(`${figures.name}: ${figures.status["5xx"]} answers 5xx`);
      const wrong = Object.entries(figures.unexpected);
      if (wrong.length > 0) problems.push(`${figures.name}: unexpected statuses ${wrong.map(([key, count]) => `${key} x${count}`).join(", ")}`);
    }
    console.log(
      `server RSS: ${before} MiB before, ${runs.map((figures) => figures.rssAfterMiB).join(" / ")} MiB after each run, ${idle} MiB after 5 s idle: ${flat ? "flat" : "GROWING"}`,
    );
    if (!flat) problems.push("memory kept growing from the first run to the second");
    for (const problem of problems) console.error(`load: ${problem}`);
    console.log(problems.length === 0 ? "load: ok" : `load: ${problems.length} problem(s)`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await stopProcess(server);
  }
}

process.exitCode = await main();
