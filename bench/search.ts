/**
 * Search benchmark: `npm run bench:search` (or `npx tsx bench/search.ts`).
 *
 * For Week 8 and for 100 synthetic weeks made from it (bench/synthetic-weeks.ts),
 * prints the index size (raw and gzip) next to the notes' gzip size, the texts
 * served for snippets, the build time, the time to load the index in an engine,
 * and p50/p95 query time over a fixed list of queries (each run 20 times after
 * a warm-up, snippets of the shown results included), as wall-clock time and
 * as process CPU time (the latter is what a busy shared machine cannot inflate).
 * Target: p95 < 5 ms for 100 weeks, index gzip < 1/3 of the notes' gzip.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parseWeek, slugFromFileName } from "../lib/content/load";
import { normalizeSource } from "../lib/content/source";
import type { Week } from "../lib/content/types";
import { buildSearch } from "../lib/search/build";
import { SearchEngine } from "../lib/search/engine";
import { parseSearchIndex, type WeekTextsData } from "../lib/search/format";
import { syntheticWeeks } from "./synthetic-weeks";

/** The fixed query list: Korean with particles and spacing variants, 초성, English prefixes, typos, phrases, misses. */
export const BENCH_QUERIES = [
  "마스크",
  "마스크를",
  "문제 정의",
  "문제정의",
  "ㅁㅅㅋ",
  "ㅁㅅㄹㄴ",
  "serving",
  "Serv",
  "strem",
  "dokcer",
  "Voila 버전",
  '"문제 정의"',
  '"batch serving"',
  "머신러닝 모델",
  "지연시간",
  "웹 서비스",
  "ㄷㅇㅌ",
  "docker",
  "m",
  "모",
  "프로젝트 라이프 사이클",
  "diffusion model",
  "latency",
  "확산",
  "kubernetes",
  "aktmzm",
  "특강",
  "이활석",
  "data drift",
  "api",
] as const;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REPEATS = 20;

function gzip(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

function bytes(text: string): number {
  return Buffer.byteLength(text);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function kib(count: number): string {
  return `${(count / 1024).toFixed(1)} KiB`;
}

type Report = {
  name: string;
  weeks: number;
  documents: number;
  terms: number;
  notesGzip: number;
  indexRaw: number;
  indexGzip: number;
  textsRaw: number;
  textsGzip: number;
  buildMs: number;
  loadMs: number;
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
};

function measure(name: string, weeks: readonly Week[], notes: readonly string[]): Report {
  // Build: best of three, so a garbage collection in one run does not count.
  const builds = [0, 1, 2].map(() => time(() => buildSearch(weeks)));
  const built = builds[0]?.value ?? buildSearch(weeks);
  const buildMs = Math.min(...builds.map((build) => build.ms));
  const json = JSON.stringify(built.index);
  const texts = built.texts.map((week) => JSON.stringify(week));

  // Load as the browser does: parse the JSON, validate it, build the engine.
  const loaded = time(() => new SearchEngine(parseSearchIndex(JSON.parse(json))));
  const engine = loaded.value;
  const byWeek = new Map<number, WeekTextsData>(built.texts.map((week, index) => [index, week]));
  const source = (week: number) => byWeek.get(week);

  const run = (query: string) => {
    const outcome = engine.search(query, { limit: 20, texts: source });
    // What a result list does next: a snippet for every shown result.
    let snippets = 0;
    for (const hit of outcome.hits) {
      const own = engine.docTexts(hit.doc, source(engine.doc(hit.doc).weekIndex));
      if (own && (outcome.highlighter.snippet(own.body) ?? outcome.highlighter.snippet(own.tasks))) snippets += 1;
    }
    return { outcome, snippets };
  };
  for (const query of BENCH_QUERIES) run(query);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    for (const query of BENCH_QUERIES) {
      const { ms, cpuMs } = time(() => run(query));
      timings.push(ms);
      cpuTimings.push(cpuMs);
      byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
    }
  }
  timings.sort((a, b) => a - b);
  cpuTimings.sort((a, b) => a - b);
  if (process.argv.includes("--verbose")) {
    for (const [query, list] of byQuery) {
      const sorted = list.sort((a, b) => a - b);
      console.log(`  ${query.padEnd(18)} p50 ${percentile(sorted, 50).toFixed(2)}  max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`);
    }
  }

  return {
    name,
    weeks: weeks.length,
    documents: built.index.docs.length,
    terms: built.index.terms.split(" ").length,
    notesGzip: notes.reduce((total, note) => total + gzip(note), 0),
    indexRaw: bytes(json),
    indexGzip: gzip(json),
    textsRaw: texts.reduce((total, text) => total + bytes(text), 0),
    textsGzip: texts.reduce((total, text) => total + gzip(text), 0),
    buildMs,
    loadMs: loaded.ms,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    max: timings.at(-1) ?? 0,
    cpuP50: percentile(cpuTimings, 50),
    cpuP95: percentile(cpuTimings, 95),
  };
}

function print(report: Report): void {
  const ratio = report.indexGzip / report.notesGzip;
  console.log(`\n${report.name}: ${report.weeks} week(s), ${report.documents} documents, ${report.terms} terms`);
  console.log(`  notes gzip            ${kib(report.notesGzip)} (each file gzipped, summed)`);
  console.log(
    `  index raw / gzip      ${kib(report.indexRaw)} / ${kib(report.indexGzip)}  = ${(ratio * 100).toFixed(0)}% of the notes' gzip (target < 33%)`,
  );
  console.log(`  snippet texts         ${kib(report.textsRaw)} / ${kib(report.textsGzip)} gzip, one file per week, fetched only for shown results`);
  console.log(`  build                 ${report.buildMs.toFixed(1)} ms`);
  console.log(`  load (parse+engine)   ${report.loadMs.toFixed(1)} ms`);
  console.log(
    `  query p50 / p95 / max ${report.p50.toFixed(2)} / ${report.p95.toFixed(2)} / ${report.max.toFixed(2)} ms wall clock, ${BENCH_QUERIES.length} queries x ${REPEATS} with snippets (target p95 < 5 ms)`,
  );
  console.log(
    `  query CPU p50 / p95   ${report.cpuP50.toFixed(2)} / ${report.cpuP95.toFixed(2)} ms (process CPU time: unaffected by other load on a shared machine)`,
  );
}

function main(): void {
  const file = "content/week-08.md";
  const markdown = normalizeSource(readFileSync(`${ROOT}${file}`), file);
  const week8 = parseWeek(markdown, file, slugFromFileName("week-08.md")).week;
  print(measure("Week 8", [week8], [readFileSync(`${ROOT}${file}`, "utf8")]));

  const synthetic = syntheticWeeks(markdown, 100);
  const weeks = synthetic.map(({ slug, markdown: text }) => parseWeek(text, `bench/${slug}.md`, slugFromFileName(`${slug}.md`)).week);
  print(
    measure(
      "100 synthetic weeks",
      weeks.reverse(),
      synthetic.map(({ markdown: text }) => text),
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
