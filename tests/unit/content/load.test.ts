import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadWeeksFrom, type ParseCache, parseWeek, slugFromFileName } from "@/lib/content/load";
import type { WeekSlug } from "@/lib/content/types";
import { errorsOf } from "../helpers";

const slug = "bad" as WeekSlug;

const lines = (...rows: string[]) => rows.join("\n");

describe("slugFromFileName", () => {
  it.each([
    ["week-08.md", "week-08"],
    ["Week-08.md", "week-08"],
    ["notes.markdown", "notes"],
    ["8 주차.md", "8-주차"],
    ["8주차.md".normalize("NFD"), "8주차".normalize("NFC")],
  ])("%j -> %j", (name, expected) => {
    expect(slugFromFileName(name)).toBe(expected);
  });
});

describe("parseWeek", () => {
  it("reads a note without front matter", () => {
    const { week, warnings } = parseWeek("# Week 3 : 시작\n\n본문\n", "content/w.md", "w" as WeekSlug);
    expect({ title: week.title, number: week.number, description: week.description, draft: week.draft, tags: week.tags }).toEqual({
      title: "Week 3 : 시작",
      number: 3,
      description: null,
      draft: false,
      tags: [],
    });
    expect(warnings).toEqual([]);
  });

  it("reads every front matter field", () => {
    const text = lines(
      "---",
      'title: "제목: 부제"',
      "week: 12",
      "description: 한 줄 설명",
      "date: 2022-11-07",
      "tags: [mlops, serving]",
      "draft: true",
      "---",
      "본문",
    );
    const { week } = parseWeek(text, "content/w.md", "w" as WeekSlug);
    expect({ title: week.title, number: week.number, description: week.description, date: week.date, tags: week.tags, draft: week.draft }).toEqual({
      title: "제목: 부제",
      number: 12,
      description: "한 줄 설명",
      date: { kind: "day", date: "2022-11-07", iso: "2022-11-07" },
      tags: ["mlops", "serving"],
      draft: true,
    });
  });

  it("reports invalid YAML at the file's line and column", () => {
    const text = lines("---", "title: Week 1", "foo: a: b", "---", "# Week 1", "");
    const error = errorsOf(() => parseWeek(text, "content/bad.md", slug));
    expect(error.problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([{ file: "content/bad.md", line: 3, column: 7 }]);
    expect(error.message).toMatchInlineSnapshot(`"content/bad.md:3:7 invalid YAML front matter: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line; quote values that contain \`:\` or \`#\` and indent lists consistently"`);
  });

  it.each([
    ["a second colon on line 2", lines("---", "title: a: b", "---", "x"), 2, 9],
    ["after a comment and a blank line", lines("---", "# 주석", "", "title: a: b", "---", "x"), 4, 9],
    ["a bad indentation on line 4", lines("---", "title: ok", "description: x", "  bad: indent: y", "---", "x"), 4, 6],
    ["an unclosed list, at the end of its last line", lines("---", "title: ok", "tags: [a, b", "---", "x"), 3, 12],
  ])("locates invalid YAML: %s", (_name, text, line, column) => {
    const [problem] = errorsOf(() => parseWeek(text, "content/bad.md", slug)).problems;
    expect(problem?.reason).toMatch(/^invalid YAML front matter: /u);
    expect([problem?.line, problem?.column]).toEqual([line, column]);
  });

  // Found by the fuzz properties (seed -1085319574): js-yaml marked this error at column -7.
  it("never reports a YAML error before the start of its line", () => {
    const error = errorsOf(() => parseWeek(lines("---", "title: []title: ", "---", "# 제목"), "content/bad.md", slug));
    expect(error.problems.map(({ line, column }) => [line, column])).toEqual([[2, 1]]);
    expect(error.problems[0]?.reason).toMatch(/^invalid YAML front matter: .*; quote values/u);
  });

  it("warns about a value it cannot use on the line of its key, ignores it, and still reads the note", () => {
    const text = lines("---", "title: Week 8", "", "week: eight", "---", "# Week 8");
    const { week, warnings } = parseWeek(text, "content/bad.md", slug);
    expect(week.title).toBe("Week 8");
    expect(week.number).toBe(8);
    expect(warnings.map((warning) => warning.message)).toEqual(['content/bad.md:4:7 front matter `week` value "eight" is ignored; write a whole number such as `week: 8`']);
  });

  it("warns about every unusable value at once, keeping the usable ones", () => {
    const text = lines("---", "title: ''", "week: -1", "draft: yes please", "description: 남는 설명", "---", "x");
    const { week, warnings } = parseWeek(text, "content/bad.md", slug);
    expect(warnings.map(({ line, reason }) => [line, /^front matter `(\w+)`/u.exec(reason)?.[1]])).toEqual([
      [2, "title"],
      [3, "week"],
      [4, "draft"],
    ]);
    expect({ title: week.title, number: week.number, draft: week.draft, description: week.description }).toEqual({ title: "bad", number: null, draft: false, description: "남는 설명" });
  });

  it("rejects front matter that is not a mapping", () => {
    const error = errorsOf(() => parseWeek(lines("---", "- a", "- b", "---", "x"), "content/bad.md", slug));
    expect(error.message).toBe("content/bad.md:2:1 front matter must be `key: value` lines; write it like `title: Week 8`, or remove the `---` lines");
  });

  it("notes an unknown key, naming its line, and still reads the note", () => {
    const text = lines("---", "title: Week 2", "autor: 홍길동", "---", "# Week 2");
    const { week, warnings } = parseWeek(text, "content/w.md", "w" as WeekSlug);
    expect(week.title).toBe("Week 2");
    expect(warnings.map((warning) => [warning.name, warning.message])).toEqual([
      [
        "ContentNotice",
        "content/w.md:3:8 unknown front matter key `autor` is ignored; the portal reads title, week, description, date, tags, categories, draft, toc, slug, other tools' names for them, and accepts other tools' own keys",
      ],
    ]);
  });

  it.each([
    ["an empty file", "", 1],
    ["only blank lines", "\n\n\n", 4],
    ["front matter and nothing else", lines("---", "title: t", "---", ""), 4],
  ])("rejects %s", (_name, text, line) => {
    const error = errorsOf(() => parseWeek(text, "content/empty.md", slug));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toBe(`content/empty.md:${line}:1 the note has no content; write a \`# title\` and your notes, or delete the file`);
  });

  it("keeps body positions equal to file lines when front matter exists", () => {
    const text = lines("---", "title: Week 5", "week: 5", "---", "", "intro", "## 정리", "", "- item");
    const { week } = parseWeek(text, "content/w.md", "w" as WeekSlug);
    const [section] = week.sections;
    expect(section?.title).toBe("정리");
    expect(section?.position?.start).toEqual({ line: 7, column: 1, offset: expect.any(Number) });
    const list = week.tree.root().children.find((node) => node.type === "list");
    expect(list?.position?.start.line).toBe(9);
  });

  it("keeps positions when the closing --- has trailing spaces", () => {
    const text = lines("---", "title: t", "---  ", "## 하나");
    const { week } = parseWeek(text, "content/w.md", "w" as WeekSlug);
    expect(week.sections[0]?.position?.start.line).toBe(4);
  });
});

describe("loadWeeksFrom", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  /** A temporary notes folder holding `files`. */
  function folder(files: Record<string, string | Uint8Array>): string {
    const directory = mkdtempSync(path.join(tmpdir(), "notes-"));
    made.push(directory);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
    return directory;
  }

  const note = (title: string, extra = "") => lines("---", `title: ${title}`, ...(extra ? [extra] : []), "---", `# ${title}`, "", "본문");

  it("sorts weeks in course order and ignores files that are not notes", () => {
    const directory = folder({
      "week-02.md": note("Week 2"),
      "week-10.md": note("Week 10"),
      "week-08.md": note("Week 8"),
      "readme.txt": "not a note",
    });
    const { weeks, errors, warnings } = loadWeeksFrom(directory, { includeDrafts: false });
    expect(weeks.map((week) => [week.slug, week.number])).toEqual([
      ["week-02", 2],
      ["week-08", 8],
      ["week-10", 10],
    ]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("orders file names naturally: numbers by value, Hangul before Latin as a Korean reader sorts", () => {
    const directory = folder({ "week-10.md": "# 10\n", "b.md": "# B\n", "a.md": "# A\n", "week-9.md": "# 9\n", "나.md": "# 나\n", "가.md": "# 가\n" });
    const { weeks } = loadWeeksFrom(directory, { includeDrafts: false });
    expect(weeks.map((week) => week.slug)).toEqual(["가", "나", "a", "b", "week-9", "week-10"]);
  });

  it("leaves drafts out unless asked for them", () => {
    const directory = folder({ "week-01.md": note("Week 1"), "week-02.md": note("Week 2", "draft: true") });
    expect(loadWeeksFrom(directory, { includeDrafts: false }).weeks.map((week) => week.slug)).toEqual(["week-01"]);
    expect(loadWeeksFrom(directory, { includeDrafts: true }).weeks.map((week) => week.slug)).toEqual(["week-01", "week-02"]);
  });

  it("reports two files with the same slug, naming both", () => {
    const directory = folder({ "Week-08.md": note("Week 8"), "week-08.md": note("Week 8") });
    const base = path.basename(directory);
    const { weeks, errors } = loadWeeksFrom(directory, { includeDrafts: false });
    expect(weeks.map((week) => week.slug)).toEqual(["week-08"]);
    expect(errors.map((error) => error.message)).toEqual([
      `${base}/week-08.md:1:1 has the same slug "week-08" as ${base}/Week-08.md; rename one of the two files or give one a \`slug:\` in its front matter`,
    ]);
  });

  it("collects the problems of every file instead of stopping at the first", () => {
    const directory = folder({
      "a.md": lines("---", "week: [eight", "---", "x"),
      "b.md": "",
      "c.md": Uint8Array.from([0x23, 0x20, 0x00]),
      "d.md": note("Week 4", "colour: red"),
    });
    const base = path.basename(directory);
    const { weeks, errors, warnings } = loadWeeksFrom(directory, { includeDrafts: false });
    expect(weeks.map((week) => week.slug)).toEqual(["d"]);
    expect(errors.map((error) => `${error.file}:${error.line}:${error.column}`)).toEqual([
      `${base}/a.md:2:13`,
      `${base}/b.md:1:1`,
      `${base}/c.md:1:3`,
    ]);
    expect(warnings.map((warning) => `${warning.file}:${warning.line}`)).toEqual([`${base}/d.md:3`]);
  });
});

describe("loadWeeksFrom with a parse cache", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it("parses again only the notes whose text changed, and keeps reporting a broken one", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "cache-"));
    made.push(directory);
    writeFileSync(path.join(directory, "a.md"), "# A\n\n본문\n");
    writeFileSync(path.join(directory, "b.md"), "---\ntitle: [\n---\n# B\n");
    const cache: ParseCache = new Map();
    const first = loadWeeksFrom(directory, { includeDrafts: false, cache });
    const firstA = first.weeks.find((week) => week.slug === "a");
    expect(first.errors.map((error) => error.file)).toEqual([`${path.basename(directory)}/b.md`]);

    const again = loadWeeksFrom(directory, { includeDrafts: false, cache });
    // The same parsed tree: nothing was parsed again.
    expect(again.weeks.find((week) => week.slug === "a")?.tree).toBe(firstA?.tree);
    expect(again.errors.map((error) => error.file)).toEqual([`${path.basename(directory)}/b.md`]);

    writeFileSync(path.join(directory, "a.md"), "# A 고침\n\n본문\n");
    const edited = loadWeeksFrom(directory, { includeDrafts: false, cache });
    expect(edited.weeks.find((week) => week.slug === "a")?.title).toBe("A 고침");
  });
});
