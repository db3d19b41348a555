import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContentErrors } from "@/lib/content/errors";
import { foreignFrontmatterKeys, knownFrontmatterKeys } from "@/lib/content/frontmatter";
import { keyPosition, readFrontmatter } from "@/lib/content/read-frontmatter";
import { errorsOf, loadFixture } from "../helpers";

const lines = (...rows: string[]) => rows.join("\n");
const yaml = (...rows: string[]) => lines("---", ...rows, "---", "# 제목", "");
const toml = (...rows: string[]) => lines("+++", ...rows, "+++", "# 제목", "");
const file = "content/note.md";

/** What a problem list prints: kind and message. */
const printed = (problems: readonly Error[]) => problems.map((problem) => `${problem.name} ${problem.message}`);

describe("readFrontmatter: dates", () => {
  it.each([
    ["a plain day", "date: 2023-03-14", "2023-03-14"],
    ["a quoted day", 'date: "2023-03-14"', "2023-03-14"],
    ["Jekyll's +0900, which js-yaml leaves as text", "date: 2023-03-14 21:05:00 +0900", "2023-03-14T21:05:00+09:00"],
    ["a YAML timestamp with offset, kept in the author's zone", "date: 2023-03-14T21:05:00+09:00", "2023-03-14T21:05:00+09:00"],
    ["a YAML timestamp with a space and offset", "date: 2023-03-14 21:05:00 +09:00", "2023-03-14T21:05:00+09:00"],
    ["day and minutes", "date: 2023-03-14 21:05", "2023-03-14T21:05"],
    ["Z", "date: 2023-03-14T12:05:00Z", "2023-03-14T12:05:00+00:00"],
    ["Obsidian's created", "created: 2023-03-14T21:05", "2023-03-14T21:05"],
    ["Hugo's publishDate", "publishDate: 2023-03-14", "2023-03-14"],
    ["Quartz's published", "published: 2023-03-14", "2023-03-14"],
  ])("%s", (_name, row, iso) => {
    const { frontmatter, warnings } = readFrontmatter(yaml(row), file);
    expect(frontmatter.date?.iso).toBe(iso);
    expect(warnings).toEqual([]);
  });

  it("prefers `date` over `created` and the other date keys", () => {
    expect(readFrontmatter(yaml("created: 2023-01-01", "date: 2023-03-14", "publishDate: 2023-02-01"), file).frontmatter.date?.date).toBe("2023-03-14");
  });

  it.each([
    ["last_modified_at", "last_modified_at: 2023-03-20T10:00:00+09:00", "2023-03-20T10:00:00+09:00"],
    ["lastmod", "lastmod: 2023-03-20", "2023-03-20"],
    ["updated", "updated: 2023-03-20 09:45", "2023-03-20T09:45"],
    ["modified", "modified: 2023-03-20", "2023-03-20"],
    ["Modified (any case, as Hugo reads keys)", "Modified: 2023-03-20", "2023-03-20"],
  ])("reads the update date from %s", (_name, row, iso) => {
    expect(readFrontmatter(yaml(row), file).frontmatter.updated?.iso).toBe(iso);
  });

  it("warns about a date that is not a calendar date, at its value, and ignores it", () => {
    const { frontmatter, warnings } = readFrontmatter(yaml("title: 제목", "date: 2022-13-45"), file);
    expect(frontmatter.date).toBeUndefined();
    expect(frontmatter.title).toBe("제목");
    expect(printed(warnings)).toEqual([
      'ContentError content/note.md:3:7 front matter `date` value "2022-13-45" is ignored; write a date such as `date: 2023-03-14` or `date: 2023-03-14 21:05:00 +0900`',
    ]);
  });
});

describe("readFrontmatter: tags and categories", () => {
  it.each<[string, string[], string[]]>([
    ["a flow list", ["tags: [mlops, serving]"], ["mlops", "serving"]],
    ["a block list", ["tags:", "  - mlops", "  - serving"], ["mlops", "serving"]],
    ["one string", ["tags: mlops"], ["mlops"]],
    ["a comma-separated string keeps spaces inside a tag", ["tags: 강화학습, 정책 경사"], ["강화학습", "정책 경사"]],
    ["a space-separated string (Jekyll)", ["tags: 자료구조 문법"], ["자료구조", "문법"]],
    ["nested lists, flattened", ["tags: [[a, b], [c, [d]]]"], ["a", "b", "c", "d"]],
    ["Obsidian's #tags", ['tags: ["#딥러닝", "#정규화/배치"]'], ["딥러닝", "정규화/배치"]],
    ["numbers as text", ["tags: [2023, 3]"], ["2023", "3"]],
    ["duplicates once", ["tags: [a, a, b]"], ["a", "b"]],
    ["Docusaurus { label, permalink } objects", ["tags:", "  - label: 비전", "    permalink: /vision"], ["비전"]],
    ["tag and keywords join tags, in that order", ["keywords: [b, a]", "tag: c", "tags: [a]"], ["a", "c", "b"]],
    ["an empty list", ["tags: []"], []],
  ])("%s", (_name, rows, tags) => {
    const { frontmatter, warnings } = readFrontmatter(yaml(...rows), file);
    expect(frontmatter.tags).toEqual(tags);
    expect(warnings).toEqual([]);
  });

  it.each<[string, string[], string[], string[]]>([
    [
      "Minimal Mistakes' `- []`, at its line",
      ["title: t", "tags:", "  - []", "  - ml"],
      ["ml"],
      ["ContentNotice content/note.md:4:5 front matter `tags` entry [] is empty and is left out; write each entry as text, such as `- mlops`, or remove it"],
    ],
    [
      "an entry with nothing after the dash",
      ["tags:", "  - a", "  -", "  - b"],
      ["a", "b"],
      ["ContentNotice content/note.md:4:4 front matter `tags` entry null is empty and is left out; write each entry as text, such as `- mlops`, or remove it"],
    ],
    [
      "a blank string in a flow list",
      ['tags: [a, " ", b]'],
      ["a", "b"],
      ['ContentNotice content/note.md:2:7 front matter `tags` entry " " is empty and is left out; write each entry as text, such as `- mlops`, or remove it'],
    ],
    [
      "an entry that is a mapping without label",
      ["categories:", "  - AI", "  - {a: 1}"],
      ["AI"],
      ['ContentNotice content/note.md:4:5 front matter `categories` entry {"a":1} is not text and is left out; write each entry as text, such as `- mlops`, or remove it'],
    ],
  ])("leaves out %s with a notice", (_name, rows, kept, messages) => {
    const { frontmatter, warnings } = readFrontmatter(yaml(...rows), file);
    expect([...(frontmatter.tags ?? []), ...(frontmatter.categories ?? [])]).toEqual(kept);
    expect(printed(warnings)).toEqual(messages);
  });

  it("reads categories from `categories` and Jekyll's `category`", () => {
    expect(readFrontmatter(yaml("categories: [AI, 부스트캠프]", "category: 강의"), file).frontmatter.categories).toEqual(["AI", "부스트캠프", "강의"]);
  });

  it("warns about tags that are a mapping", () => {
    const { frontmatter, warnings } = readFrontmatter(yaml("tags: {a: 1}"), file);
    expect(frontmatter.tags).toBeUndefined();
    expect(printed(warnings)).toEqual([
      'ContentError content/note.md:2:7 front matter `tags` value {"a":1} is ignored; write a list such as `tags: [mlops, serving]` or `tags: mlops, serving`',
    ]);
  });
});

describe("readFrontmatter: other keys", () => {
  it.each([
    ["description", "description: 한 줄"],
    ["excerpt (Jekyll)", "excerpt: 한 줄"],
    ["summary (Hugo)", "summary: 한 줄"],
    ["subtitle", "subtitle: 한 줄"],
  ])("reads the description from %s", (_name, row) => {
    expect(readFrontmatter(yaml(row), file).frontmatter.description).toBe("한 줄");
  });

  it("prefers `description` over `excerpt`, `summary` and `subtitle`", () => {
    expect(readFrontmatter(yaml("subtitle: 넷", "summary: 셋", "excerpt: 둘", "description: 하나"), file).frontmatter.description).toBe("하나");
  });

  it.each<[string, string[], boolean | undefined]>([
    ["draft: true", ["draft: true"], true],
    ["draft: false", ["draft: false"], false],
    ["Jekyll's published: false", ["published: false"], true],
    ["published: true", ["published: true"], false],
    ["Obsidian Publish's publish: false", ["publish: false"], true],
    ["draft: false but published: false", ["draft: false", "published: false"], true],
    ["a published date says nothing about drafts", ["published: 2023-03-14"], undefined],
    ["nothing", ["title: t"], undefined],
  ])("%s", (_name, rows, draft) => {
    expect(readFrontmatter(yaml(...rows), file).frontmatter.draft).toBe(draft);
  });

  it.each<[string, boolean | undefined]>([
    ["toc: false", false],
    ["toc: true", true],
    ["title: t", undefined],
  ])("%s", (row, toc) => {
    expect(readFrontmatter(yaml(row), file).frontmatter.toc).toBe(toc);
  });

  it.each([
    ["slug: model-serving", "model-serving"],
    ["slug: /weeks/cnn", "/weeks/cnn"],
    ['slug: " 8주차 "', "8주차"],
    ["slug: 2023", "2023"],
  ])("reads %s", (row, slug) => {
    expect(readFrontmatter(yaml(row), file).frontmatter.slug).toBe(slug);
  });

  it("reads a quoted week number and a numeric title", () => {
    expect(readFrontmatter(yaml('week: "8"', "title: 2023"), file).frontmatter).toEqual({ week: 8, title: "2023" });
  });

  it("treats keys written with nothing after them (template leftovers) as absent, silently", () => {
    const { frontmatter, warnings } = readFrontmatter(yaml("title:", "date:", "tags:", "draft:", "slug:"), file);
    expect(frontmatter).toEqual({});
    expect(warnings).toEqual([]);
  });

  it("accepts every other tool's key silently, whatever its value", () => {
    const rows = foreignFrontmatterKeys.map((key, index) => `${key}: ${index % 2 === 0 ? "{ nested: [1, 2] }" : "값"}`);
    const { frontmatter, warnings } = readFrontmatter(yaml("title: t", ...rows), file);
    expect(frontmatter).toEqual({ title: "t" });
    expect(warnings).toEqual([]);
  });

  it("keeps the lists of read and foreign keys apart, in lower case", () => {
    expect(knownFrontmatterKeys.filter((key) => foreignFrontmatterKeys.includes(key))).toEqual([]);
    for (const key of [...knownFrontmatterKeys, ...foreignFrontmatterKeys]) expect(key).toBe(key.toLowerCase());
    expect(new Set(foreignFrontmatterKeys).size).toBe(foreignFrontmatterKeys.length);
  });

  it("notes a key nobody knows, at its value, as a notice", () => {
    const { warnings } = readFrontmatter(yaml("title: t", "colour: red"), file);
    expect(printed(warnings)).toEqual([
      "ContentNotice content/note.md:3:9 unknown front matter key `colour` is ignored; the portal reads title, week, description, date, tags, categories, draft, toc, slug, other tools' names for them, and accepts other tools' own keys",
    ]);
  });

  it("warns about each unusable value at `file:line:col`, top to bottom, keeping the rest", () => {
    const text = yaml("week: \"팔\"", "title: 제목", "draft: maybe", "toc: 없음", "description: ''", "date: 어제");
    const { frontmatter, warnings } = readFrontmatter(text, file);
    expect(frontmatter).toEqual({ title: "제목" });
    expect(printed(warnings)).toEqual([
      'ContentError content/note.md:2:7 front matter `week` value "팔" is ignored; write a whole number such as `week: 8`',
      'ContentError content/note.md:4:8 front matter `draft` value "maybe" is ignored; write `true` or `false`',
      'ContentError content/note.md:5:6 front matter `toc` value "없음" is ignored; write `true` or `false`',
      'ContentError content/note.md:6:14 front matter `description` value "" is ignored; write one line of text',
      'ContentError content/note.md:7:7 front matter `date` value "어제" is ignored; write a date such as `date: 2023-03-14` or `date: 2023-03-14 21:05:00 +0900`',
    ]);
  });

  it("names a key as the author wrote it", () => {
    const { warnings } = readFrontmatter(yaml("Week: eight"), file);
    expect(printed(warnings)).toEqual(['ContentError content/note.md:2:7 front matter `Week` value "eight" is ignored; write a whole number such as `week: 8`']);
  });

  it("keeps the body's lines where they are in the file", () => {
    const { body } = readFrontmatter(yaml("title: t", "tags: [a]"), file);
    expect(body.split("\n").indexOf("# 제목")).toBe(4);
  });
});

describe("readFrontmatter: TOML (Hugo `+++`)", () => {
  it("reads keys, native datetimes with their offset, and tables of other tools", () => {
    const text = toml('title = "데이터 파이프라인"', "date = 2023-04-11T20:30:00+09:00", "lastmod = 2023-04-12", 'tags = ["airflow", "데이터"]', "draft = true", "", "[menu.main]", '  parent = "notes"');
    const { frontmatter, warnings, body } = readFrontmatter(text, file);
    expect(frontmatter).toEqual({
      title: "데이터 파이프라인",
      date: { kind: "zoned", date: "2023-04-11", time: "20:30:00", offset: "+09:00", iso: "2023-04-11T20:30:00+09:00" },
      updated: { kind: "day", date: "2023-04-12", iso: "2023-04-12" },
      tags: ["airflow", "데이터"],
      draft: true,
    });
    expect(warnings).toEqual([]);
    expect(body.split("\n").indexOf("# 제목")).toBe(10);
  });

  it("reads a TOML local datetime as the author's own clock", () => {
    expect(readFrontmatter(toml("date = 2023-04-11T20:30:00"), file).frontmatter.date).toEqual({ kind: "local", date: "2023-04-11", time: "20:30:00", iso: "2023-04-11T20:30:00" });
  });

  it("warns about an unusable TOML value at its `key = value` line", () => {
    const { warnings } = readFrontmatter(toml('title = "t"', "week = 8.5", "date = 11:00:00"), file);
    expect(printed(warnings)).toEqual([
      "ContentError content/note.md:3:8 front matter `week` value 8.5 is ignored; write a whole number such as `week: 8`",
      "ContentError content/note.md:4:8 front matter `date` value \"11:00:00.000\" is ignored; write a date such as `date: 2023-03-14` or `date: 2023-03-14 21:05:00 +0900`",
    ]);
  });

  it.each([
    ["an unquoted text value", ["title = 데이터"], 2, 9],
    ["an unquoted word in a list", ['title = "t"', "tags = [a, b]"], 3, 9],
    ["a key written twice", ['title = "a"', 'title = "b"'], 3, 1],
    ["a YAML line in TOML", ['title = "t"', "date: 2023-03-14"], 3, 5],
  ])("refuses invalid TOML at the file's line and column: %s", (_name, rows, line, column) => {
    const error = errorsOf(() => readFrontmatter(toml(...rows), file));
    expect(error.problems.map((problem) => [problem.line, problem.column])).toEqual([[line, column]]);
    expect(error.problems[0]?.reason).toMatch(/^invalid TOML front matter: \S.*; quote text values/u);
  });

  it("words the TOML error from smol-toml's headline only", () => {
    expect(errorsOf(() => readFrontmatter(toml("title = 데이터"), file)).message).toBe(
      'content/note.md:2:9 invalid TOML front matter: invalid value; quote text values (`title = "제목"`) and write one `key = value` per line',
    );
  });
});

describe("readFrontmatter: any front matter", () => {
  /** Either front matter read, or every problem located inside the file. */
  function readsOrLocates(text: string): void {
    try {
      readFrontmatter(text, file);
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      const count = text.split("\n").length;
      for (const problem of error.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual(count);
        expect(problem.column).toBeGreaterThanOrEqual(1);
      }
    }
  }

  const pieces = (words: string[]) => fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 5 })), { maxLength: 16 }).map((parts) => parts.join(""));

  it("reads any TOML-like text or locates its problem", () => {
    const words = ["title = ", "date = ", "tags = ", "week = ", "draft = ", "[menu]", "[[a]]", '"', "'", "[", "]", "{", "}", "=", "\n", "  ", "#", "2023-03-14T21:05:00+09:00", "2023-13-45", "true", "8.5", "+++"];
    fc.assert(fc.property(pieces(words), (body) => readsOrLocates(`+++\n${body}\n+++\n# 제목\n`)), { numRuns: 200 });
  });

  it("reads any tags-and-dates YAML or locates its problem", () => {
    const words = ["tags: ", "date: ", "last_modified_at: ", "categories: ", "published: ", "- ", "- []", "[", "]", ", ", "\n", "  ", "2023-03-14 21:05:00 +0900", "2023-02-30", "null", "~", "#x", "{label: a}"];
    fc.assert(fc.property(pieces(words), (body) => readsOrLocates(`---\n${body}\n---\n# 제목\n`)), { numRuns: 200 });
  });
});

describe("readFrontmatter: YAML errors stay errors", () => {
  it("refuses a YAML tag js-yaml's core schema does not know, at its line", () => {
    const error = errorsOf(() => readFrontmatter(yaml("title: t", "image: !!binary aGVsbG8="), file));
    expect(error.problems.map((problem) => [problem.line, problem.reason.startsWith("invalid YAML front matter: ")])).toEqual([[3, true]]);
  });

  it("refuses front matter that is a bare value", () => {
    expect(errorsOf(() => readFrontmatter(yaml("그냥 글"), file)).message).toBe(
      "content/note.md:2:1 front matter must be `key: value` lines; write it like `title: Week 8`, or remove the `---` lines",
    );
  });
});

describe("keyPosition", () => {
  it.each<[string, string, "yaml" | "toml", [number, number]]>([
    ["title: 제목", "title", "yaml", [2, 8]],
    ['"title": 제목', "title", "yaml", [2, 10]],
    ["tags:", "tags", "yaml", [2, 1]],
    ["tags: # 비었음", "tags", "yaml", [2, 1]],
    ['title = "제목"', "title", "toml", [2, 9]],
    ["[menu.main]", "menu", "toml", [2, 7]],
    ["other: 1", "title", "yaml", [1, 1]],
  ])("%j, key %j (%s) -> %j", (row, key, format, [line, column]) => {
    expect(keyPosition(lines("---", row, "---"), key, format)).toEqual({ line, column });
  });
});

describe("fixture notes of each tool (tests/fixtures/site/frontmatter)", () => {
  it.each([
    [
      "jekyll-chirpy.md",
      {
        title: "Week 3 : 어텐션과 트랜스포머",
        description: "셀프 어텐션부터 멀티헤드 어텐션까지 정리한 노트",
        date: "2023-03-14T21:05:00+09:00",
        updated: null,
        tags: ["transformer", "attention"],
        categories: ["AI", "부스트캠프"],
        draft: false,
        showToc: false,
        frontmatterSlug: null,
      },
    ],
    [
      "jekyll-minimal-mistakes.md",
      {
        title: "Week 4 : 추천 시스템 기초",
        description: "협업 필터링과 행렬 분해를 정리했다",
        date: "2023-03-21",
        updated: "2023-03-25T10:30:00+09:00",
        tags: ["협업필터링"],
        categories: ["RecSys"],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
    [
      "2023-03-14-jekyll-plain.md",
      {
        title: "Week 2 : 파이썬 기초 복습",
        description: null,
        date: "2023-03-14",
        updated: null,
        tags: ["자료구조", "문법"],
        categories: ["python", "기초"],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
    [
      "hugo-yaml.md",
      {
        title: "Week 5 : 모델 서빙",
        description: "FastAPI로 모델을 서빙하는 방법",
        date: "2023-04-04T09:00:00+09:00",
        updated: "2023-04-06T18:20:00+09:00",
        tags: ["serving", "fastapi", "배포", "API"],
        categories: ["MLOps"],
        draft: false,
        showToc: true,
        frontmatterSlug: "model-serving",
      },
    ],
    [
      "hugo-toml.md",
      {
        title: "Week 6 : 데이터 파이프라인",
        description: "Airflow로 배치 파이프라인을 만든다",
        date: "2023-04-11T20:30:00+09:00",
        updated: "2023-04-12",
        tags: ["airflow", "데이터"],
        categories: ["MLOps"],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
    [
      "obsidian.md",
      {
        title: "Week 7 : 배치 정규화",
        description: null,
        date: "2023-05-02T14:10",
        updated: "2023-05-03T09:45",
        tags: ["딥러닝", "정규화/배치"],
        categories: [],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
    [
      "docusaurus.md",
      {
        title: "Week 8 : 합성곱 신경망",
        description: "합성곱과 풀링을 정리한 문서",
        date: null,
        updated: null,
        tags: ["비전", "딥러닝", "CNN", "합성곱"],
        categories: [],
        draft: false,
        showToc: true,
        frontmatterSlug: "/weeks/cnn",
      },
    ],
    [
      "quartz.md",
      {
        title: "Week 9 : 정책 경사",
        description: "정책 경사 방법을 처음부터 정리",
        date: "2023-05-16",
        updated: "2023-05-20",
        tags: ["강화학습", "정책 경사"],
        categories: [],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
    [
      // Notion writes no front matter: its property lines stay body text (see the next test).
      "notion-export.md",
      {
        title: "Week 10 : 자연어 처리 응용",
        description: null,
        date: null,
        updated: null,
        tags: [],
        categories: [],
        draft: false,
        showToc: true,
        frontmatterSlug: null,
      },
    ],
  ])("%s", (name, expected) => {
    const week = loadFixture(`site/frontmatter/${name}`);
    const { title, description, date, updated, tags, categories, draft, showToc, frontmatterSlug } = week;
    expect({ title, description, date: date?.iso ?? null, updated: updated?.iso ?? null, tags, categories, draft, showToc, frontmatterSlug }).toEqual(expected);
    // The body is all there: two sections each.
    expect(week.sections).toHaveLength(2);
  });

  it("keeps Notion's property lines as the note's first paragraph, word for word", () => {
    const week = loadFixture("site/frontmatter/notion-export.md");
    const first = week.tree.root().children.find((node) => node.type === "paragraph");
    expect(first?.type === "paragraph" ? first.children.map((child) => (child.type === "text" ? child.value : "")).join("") : null).toBe(
      "Created: March 14, 2023 9:05 PM\nTags: NLP, 강의\nType: 강의 노트",
    );
  });
});
