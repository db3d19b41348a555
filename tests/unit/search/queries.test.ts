import { describe, expect, it } from "vitest";
import { sharedEngine } from "./fixtures";

/**
 * The query table: what a reader types -> the section that must come first
 * (`first`), or be among the results (`includes`). Week 8 is `week-08`, our
 * own fixture `week-03` (tests/unit/search/fixtures.ts).
 */
type Case = { query: string; first?: string; includes?: string[]; why: string };

const cases: Case[] = [
  // Particles and endings
  { query: "마스크", first: "week-08#lecture-5", why: "마스크를, 마스크 착용 in the (5강,6강) notes and a 5강 task" },
  { query: "마스크를", first: "week-08#lecture-5", why: "the particle of the query is stripped too" },
  { query: "서울", first: "week-03#lecture-1", why: "서울은 (Pagefind misses this)" },
  { query: "서울은", first: "week-03#lecture-1", why: "query with a particle, title without" },
  { query: "경복궁", first: "week-03#lecture-1", why: "경복궁에서" },
  { query: "우산", first: "week-03#준비물", why: "우산을, in a sub-section" },
  { query: "정확도", first: "week-03#lecture-3", why: "도 ends the noun here: the index keeps it" },
  { query: "고양이", first: "week-03#잡담", why: "이 ends the noun; 고양이가" },
  { query: "지연시간", first: "week-08#lecture-3", why: "지연시간(Latency)" },
  // Spacing variants
  { query: "문제 정의", first: "week-08#lecture-4", includes: ["week-08#lecture-1", "week-03#lecture-3"], why: "문제 정의 and 문제정의가" },
  {
    query: "문제정의",
    first: "week-03#lecture-3",
    includes: ["week-08#lecture-4", "week-08#lecture-1"],
    why: "문제정의가 as written; 문제 정의 with a space too",
  },
  { query: "지연 시간", first: "week-08#lecture-3", why: "a space in the query, none in the notes" },
  { query: "웹서버", first: "week-08#lecture-3", why: "웹서버에서" },
  { query: "웹 서비스", first: "week-08#lecture-5", why: "(6강) 웹 서비스 형태 - Streamlit is held by the (5강,6강) section" },
  // 초성
  { query: "ㅁㅅㅋ", first: "week-08#lecture-5", why: "마스크" },
  { query: "ㅁㅅㄹㄴ", first: "week-08#lecture-4", why: "머신러닝, in the 4강 title" },
  {
    query: "ㅁㄹㄴ",
    includes: ["week-08#lecture-4"],
    why: "머신러닝 with 신 skipped (fuzzy), as the issue writes it; 몰랐는데 matches as typed and ranks first",
  },
  { query: "ㄱㅂㄱ", first: "week-03#lecture-1", why: "경복궁" },
  { query: "ㄱㅇㅇ", includes: ["week-03#잡담", "week-08#lecture-1"], why: "고양이, and 강의의 in Week 8" },
  { query: "ㄱㅁ", includes: ["week-08#lecture-5"], why: "two 초성: words they begin (고민, 개마…) or hold" },
  // Latin: case, prefix, typos
  { query: "serving", first: "week-08#lecture-3", includes: ["week-08#lecture-2"], why: "title above body mentions" },
  { query: "SERVING", first: "week-08#lecture-3", why: "case-insensitive" },
  { query: "Serv", first: "week-08#lecture-3", why: "prefix" },
  { query: "react", first: "week-03#lecture-2", includes: ["week-03#잡담"], why: "the lecture above an incidental mention" },
  { query: "reac", first: "week-03#lecture-2", why: "prefix" },
  { query: "usestate", first: "week-03#lecture-2", why: "code and prose" },
  { query: "strem", first: "week-08#lecture-5", why: "typo (prefix of streamlit, one letter off)" },
  { query: "streamlt", first: "week-08#lecture-5", why: "one letter missing" },
  { query: "dokcer", first: "week-08#lecture-8", why: "two letters swapped; a lecture without notes" },
  { query: "useEfect", first: "week-03#lecture-2", why: "one letter missing, camel case" },
  { query: "ipywidgets", first: "week-08#lecture-5", why: "plural of ipywidget" },
  // Mixed scripts
  { query: "Voila 버전", first: "week-08#lecture-5", why: "voila 의 버전 문제" },
  { query: "mlops 개론", first: "week-08#lecture-2", why: "lecture title" },
  { query: "MLOps가", first: "week-08#lecture-2", why: "a particle glued to a Latin word is dropped" },
  { query: "matplotlib 그래프", first: "week-03#lecture-3", why: "matplotlib로, 그래프를" },
  { query: "3강", first: "week-08#lecture-3", includes: ["week-03#lecture-3"], why: "lecture labels" },
  // Phrases
  { query: '"문제 정의"', first: "week-08#lecture-4", includes: ["week-08#lecture-1"], why: "exact phrase" },
  { query: '"batch serving"', includes: ["week-08#lecture-2", "week-08#lecture-3"], why: "phrase, any case" },
  { query: '"React 컴포넌트"', first: "week-03#lecture-2", why: "mixed-script phrase" },
  // People, parts, other sections
  { query: "이활석", first: "week-08#special-1", why: "speaker of a special lecture" },
  { query: "diffusion", first: "week-08#논문-스터디---about-diffusion-model", why: "a section the Contents never names" },
  { query: "Rules of Machine Learning", first: "week-08#lecture-3", why: "a task and body text" },
];

describe("search finds the right section", () => {
  const { ids } = sharedEngine();

  it.each(cases)("$query -> $first ($why)", ({ query, first, includes }) => {
    const found = ids(query);
    if (first) expect(found[0], `results: ${found.join(", ")}`).toBe(first);
    for (const id of includes ?? []) expect(found).toContain(id);
  });

  it("the table has at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("특강 lists all five special lectures above the week's description", () => {
    const found = ids("특강");
    expect(found.slice(0, 5).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `week-08#special-${n}`));
  });
});

describe("queries that must return nothing", () => {
  const { ids } = sharedEngine();

  it.each([
    ["확산", "a Korean word that is not in the notes"],
    ["kubernetes", "an English word that is not in the notes"],
    ["부산", "a place that is not in the notes"],
    ["vue", "three letters: no typo tolerance"],
    ["xyzzy", "nonsense"],
    ["ㅋㅋㅋㅋ", "초성 of no word"],
    ['"serving batch"', "the words occur, but never in this order (and not across two list items)"],
    ['"컴포넌트 React"', "a phrase in the wrong order"],
    ["마스크 kubernetes", "every word must match"],
    ["쿠버네티스", "a transliteration that is not written anywhere"],
    ["   ", "only spaces"],
    ['""', "an empty phrase"],
  ])("%j (%s)", (query) => {
    expect(ids(query)).toEqual([]);
  });
});

describe("suggestions when nothing matches", () => {
  const { search } = sharedEngine();

  it.each([
    ["aktmzm", "마스크", "keyboard"],
    ["ㄴㄷㄱ퍄ㅜㅎ", "serving", "keyboard"],
    ["마스커", "마스크", "spelling"],
    ["kuberflow", null, null],
    ["dokkr", "docker", "spelling"],
    ["머신러녕", "머신러닝", "spelling"],
  ])("%j -> %j", (query, suggested, reason) => {
    const outcome = search(query);
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion?.query ?? null).toBe(suggested);
    expect(outcome.suggestion?.reason ?? null).toBe(reason);
  });

  it("no suggestion when something matched", () => {
    expect(search("마스크").suggestion).toBeNull();
  });
});

describe("snippets and highlights", () => {
  const { search, engine, texts } = sharedEngine();

  function firstSnippet(query: string) {
    const outcome = search(query);
    const hit = outcome.hits[0];
    if (!hit) throw new Error(`no result for ${query}`);
    const own = engine.docTexts(hit.doc, texts(engine.doc(hit.doc).weekIndex));
    if (!own) throw new Error("texts do not fit the index");
    const snippet = outcome.highlighter.snippet(own.body) ?? outcome.highlighter.snippet(own.tasks);
    if (!snippet) throw new Error(`no snippet for ${query}`);
    return snippet.ranges.map(([start, end]) => snippet.text.slice(start, end));
  }

  it.each([
    ["마스크", ["마스크"]],
    ["serving", ["Serving"]],
    ["Serv", ["Serving"]],
    ["strem", ["streamlit"]],
    ["ㅁㅅㅋ", ["마스크"]],
    ['"문제 정의"', ["문제 정의"]],
    ["Voila 버전", ["voila", "버전"]],
  ])("%j marks %j", (query, marked) => {
    const found = firstSnippet(query);
    for (const text of marked) expect(found).toContain(text);
  });

  it("marks the title too", () => {
    const outcome = search("serving");
    expect(outcome.highlighter.ranges("(3강) MLOPs Serving")).toEqual([[11, 18]]);
  });

  it("marks a compound typed without its space where the notes have one", () => {
    const outcome = search("문제정의");
    expect(outcome.highlighter.ranges("직접 문제 정의를 하며")).toEqual([[3, 8]]);
  });
});

describe("phrases without texts at hand (the browser before a week's texts arrive)", () => {
  const { engine, built } = sharedEngine();

  it("leaves candidates out and names the weeks to fetch, most promising first", () => {
    const waiting = engine.search('"문제 정의"');
    expect(waiting.hits).toEqual([]);
    expect(waiting.suggestion).toBeNull();
    expect(waiting.pending.map((week) => built.index.weeks[week]?.slug)).toEqual(["week-08", "week-03"]);
    const checked = engine.search('"문제 정의"', { texts: (week) => (week === 0 ? built.texts[0] : undefined) });
    expect(checked.hits.length).toBeGreaterThan(0);
    expect(checked.pending.map((week) => built.index.weeks[week]?.slug)).toEqual(["week-03"]);
  });

  it("does not wait for anything without a phrase", () => {
    expect(engine.search("문제 정의").pending).toEqual([]);
  });
});
