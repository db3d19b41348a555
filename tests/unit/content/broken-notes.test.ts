import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toText } from "hast-util-to-text";
import { afterAll, describe, expect, it } from "vitest";
import { type LoadedWeeks, loadWeeksFrom } from "@/lib/content/load";
import { renderWeekBody } from "@/lib/render/process";

/**
 * Notes broken in the ways notes break: each must load into either a faithful
 * page (its text all there) or a `content/<file>.md:<line>:<col> <problem>;
 * <fix>` line. Never a bare stack trace, a hang, or text silently missing.
 */

const lines = (...rows: string[]) => rows.join("\n");
const made: string[] = [];
afterAll(() => {
  for (const directory of made) rmSync(directory, { recursive: true, force: true });
});

/** A temporary `content/` folder holding `files`, loaded as the site loads it. */
function load(files: Record<string, string | Uint8Array>): LoadedWeeks {
  const root = mkdtempSync(path.join(tmpdir(), "broken-notes-"));
  made.push(root);
  const directory = path.join(root, "content");
  mkdirSync(directory);
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(directory, name), data);
  return loadWeeksFrom(directory, { includeDrafts: true });
}

/** Problem lines must be located and carry a fix after `; `. */
const located = (file: string) => new RegExp(String.raw`^content/${file.replace(".", "\\.")}:\d+:\d+ \S.*; \S`, "u");

/** The rendered body's text, whitespace collapsed. */
async function renderedText(loaded: LoadedWeeks, slug: string): Promise<string> {
  const week = loaded.weeks.find((candidate) => candidate.slug === slug);
  if (!week) throw new Error(`${slug} was not loaded`);
  return `${week.title} ${toText(await renderWeekBody(week))}`.replace(/\s+/gu, " ");
}

/** Size of the big note: `BIG_NOTE_MB`, 1 by default. */
const bigNoteMegabytes = Number(process.env.BIG_NOTE_MB) > 0 ? Number(process.env.BIG_NOTE_MB) : 1;

const eucKr = Uint8Array.from([0x23, 0x20, 0xc7, 0xd1, 0xb1, 0xdb, 0x0a]); // "# 한글" in EUC-KR
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const utf16 = Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x5c, 0xd5]); // "# 한" in UTF-16 LE

describe("broken notes: refused with a located error and a fix", () => {
  it.each([
    ["invalid-yaml.md", "---\ntitle: [broken\n---\n# x\n", /^content\/invalid-yaml\.md:\d+:\d+ invalid YAML front matter: .*; quote values/u],
    ["bad-indent-yaml.md", "---\ntitle: a\n  week: 3\n---\n# x\n", /invalid YAML front matter/u],
    ["not-a-mapping.md", "---\n- a\n- b\n---\n# x\n", /^content\/not-a-mapping\.md:2:1 front matter must be `key: value` lines/u],
    ["empty.md", "", /^content\/empty\.md:1:1 the note has no content/u],
    ["blank.md", "\n \n\t\n", /the note has no content/u],
    ["frontmatter-only.md", "---\ntitle: 제목만\n---\n", /the note has no content/u],
    ["euc-kr.md", eucKr, /^content\/euc-kr\.md:1:3 the note is not valid UTF-8; re-save it with UTF-8/u],
    ["picture.md", png, /^content\/picture\.md:3:1 this is a binary file, not a Markdown note/u],
    ["utf-16.md", utf16, /^content\/utf-16\.md:1:\d+ this is a binary file/u],
  ])("%s", (name, data, expected) => {
    const loaded = load({ [name]: data });
    expect(loaded.weeks).toEqual([]);
    expect(loaded.errors.length).toBeGreaterThan(0);
    for (const error of loaded.errors) expect(error.message).toMatch(located(name));
    expect(loaded.errors[0]?.message).toMatch(expected);
  });

  it("refuses the second of two files with the same slug, keeping the first", () => {
    const loaded = load({ "Week-01.md": "# 하나\n", "week-01.md": "# 둘\n" });
    expect(loaded.weeks.map((week) => week.title)).toEqual(["하나"]);
    expect(loaded.errors.map((error) => error.message)).toEqual([
      'content/week-01.md:1:1 has the same slug "week-01" as content/Week-01.md; rename one of the two files or give one a `slug:` in its front matter',
    ]);
  });
});

describe("broken notes: rendered faithfully, with a warning where text would be hidden", () => {
  it("notes an unknown front matter key and still renders the note", async () => {
    const loaded = load({ "unknown.md": "---\ntitle: 제목\nauthr: 나\n---\n본문 텍스트\n" });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map((warning) => warning.message)).toEqual([
      "content/unknown.md:3:8 unknown front matter key `authr` is ignored; the portal reads title, week, description, date, tags, categories, draft, toc, slug, other tools' names for them, and accepts other tools' own keys",
    ]);
    expect(await renderedText(loaded, "unknown")).toContain("본문 텍스트");
  });

  it("warns about every unusable front matter value at once, ignores them, and still renders the note", async () => {
    const loaded = load({ "types.md": "---\nweek: eight\ndraft: maybe\ntags: {a: 1}\n---\n# 제목\n\n본문\n" });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map((warning) => `${warning.line}:${warning.column} ${/^front matter `(\w+)`/u.exec(warning.reason)?.[1] ?? ""}`)).toEqual(["2:7 week", "3:8 draft", "4:7 tags"]);
    for (const warning of loaded.warnings) expect(warning.message).toMatch(located("types.md"));
    expect(await renderedText(loaded, "types")).toBe("제목 본문");
  });

  it("reads front matter whose closing --- is missing as part of the note, losing nothing", async () => {
    const loaded = load({ "open-frontmatter.md": "---\ntitle: 닫히지 않음\n\n# 제목\n\n본문\n" });
    expect(loaded.errors.every((error) => located("open-frontmatter.md").test(error.message))).toBe(true);
    if (loaded.errors.length === 0) expect(await renderedText(loaded, "open-frontmatter")).toMatch(/닫히지 않음.*본문/u);
  });

  it("shows the rest of the note as code after a fence that is never closed, and warns", async () => {
    const loaded = load({ "fence.md": lines("# 제목", "", "앞 문단", "", "```python", "x = 1", "", "## 다음 절", "", "뒤 문단", "") });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map((warning) => warning.message)).toEqual([
      "content/fence.md:5:1 code fence is never closed, so the rest of the note is shown as code; add a closing ``` line after the code",
    ]);
    expect(await renderedText(loaded, "fence")).toMatch(/앞 문단 x = 1 ## 다음 절 뒤 문단/u);
  });

  it("keeps every text around unclosed HTML tags", async () => {
    const note = lines("# 제목", "", "<div>", "<b>굵게 시작", "", "본문 <span>계속", "", "<details>", "<summary>요약", "", "접힌 내용", "", "<iframe>", "", "<noscript>", "", "마지막 문단", "");
    const loaded = load({ "html.md": note });
    expect(loaded.errors).toEqual([]);
    const text = await renderedText(loaded, "html");
    for (const word of ["굵게 시작", "본문", "계속", "요약", "접힌 내용", "마지막 문단"]) expect(text).toContain(word);
  });

  it("warns where an unclosed comment or <script> hides the rest of the note", () => {
    const loaded = load({
      "comment.md": lines("# 제목", "", "보이는 문단", "", "<!-- 메모", "", "숨은 문단", ""),
      "script.md": lines("# 제목", "", "<script>", "", "숨은 문단", ""),
    });
    expect(loaded.warnings.map((warning) => warning.message)).toEqual([
      "content/comment.md:5:1 HTML comment `<!--` is never closed, so the rest of the note (4 line(s)) is hidden; add `-->` where it should end",
      "content/script.md:3:1 `<script>` is never closed, so the rest of the note (4 line(s)) is hidden; add `</script>` where it should end",
    ]);
  });

  it("renders a list nested 200 deep with every item", async () => {
    const note = `# 깊은 목록\n\n${Array.from({ length: 200 }, (_, depth) => `${"  ".repeat(depth)}- [ ] 깊이${depth}`).join("\n")}\n`;
    const loaded = load({ "deep.md": note });
    expect(loaded.errors).toEqual([]);
    const text = await renderedText(loaded, "deep");
    expect(Array.from({ length: 200 }, (_, depth) => `깊이${depth}`).filter((word) => !text.includes(word))).toEqual([]);
  });

  it("renders quotes and HTML nested 200 deep", async () => {
    const note = `# 깊은 인용\n\n${"> ".repeat(200)}인용 끝\n\n${"<div>".repeat(200)}\n\nHTML 끝\n\n${"</div>".repeat(200)}\n\n마지막\n`;
    const loaded = load({ "nested.md": note });
    expect(loaded.errors).toEqual([]);
    const text = await renderedText(loaded, "nested");
    for (const word of ["인용 끝", "HTML 끝", "마지막"]) expect(text).toContain(word);
  });

  // A pasted log makes most of the size; the sections around it exercise every per-heading and per-image step.
  // Parsing is linear but not fast (micromark reads every character): `npm test` renders 1 MB, `npm run fuzz` 5 MB.
  it(`renders a ${bigNoteMegabytes} MB note without blowing up`, { timeout: 300_000 }, async () => {
    const section = (at: number) =>
      lines(
        `## (${(at % 12) + 1}강) 절 ${at}`,
        "",
        `문단 ${at}: 모델 **서빙** \`code\` [링크](https://example.com/${at}) $x^${at % 9}$`,
        "",
        `- [ ] 할 일 ${at}`,
        `  - 하위 ${at}`,
        "",
        `![그림 ${at}](https://example.com/${at}.png)`,
        "",
        `| 열 | 값 |\n|---|---|\n| 셀 ${at} | ${at} |`,
        "",
      );
    const sections = Array.from({ length: 300 }, (_, at) => section(at)).join("\n");
    const logLine = "2022-11-07 12:00:01 INFO 모델 서버가 요청을 처리했습니다 status=200\n";
    const log = logLine.repeat(Math.ceil((bigNoteMegabytes * 1024 * 1024 - Buffer.byteLength(sections)) / Buffer.byteLength(logLine)));
    const note = `# 큰 노트\n\n처음 문단\n\n${sections}\n\`\`\`\n${log}\`\`\`\n\n마지막 문단\n`;
    expect(Buffer.byteLength(note)).toBeGreaterThan(bigNoteMegabytes * 1024 * 1024);
    const loaded = load({ "big.md": note });
    expect(loaded.errors).toEqual([]);
    const week = loaded.weeks[0];
    expect(week?.sections).toHaveLength(300);
    expect(week?.images).toHaveLength(300);
    const text = await renderedText(loaded, "big");
    for (const word of ["처음 문단", "절 149", "셀 299", "마지막 문단"]) expect(text).toContain(word);
  });
});
