import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectPath } from "../helpers";

function lintContent(
  files: Record<string, string>,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string; datesWarning: string[] } {
  const directory = path.join(mkdtempSync(path.join(tmpdir(), "lint-content-")), "content");
  mkdirSync(directory);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  const result = spawnSync(projectPath("node_modules/.bin/tsx"), [projectPath("scripts/lint-content.ts")], {
    env: { ...process.env, STRICT_CONTENT: "", ...env, CONTENT_DIR: directory },
    encoding: "utf8",
  });
  // A temporary folder is outside any git repository: the one line about note dates is checked by its own test.
  const stderr = result.stderr
    .split("\n")
    .filter((line) => !line.startsWith(DATES_WARNING))
    .join("\n");
  return {
    status: result.status,
    stdout: result.stdout,
    stderr,
    datesWarning: result.stderr.split("\n").filter((line) => line.startsWith(DATES_WARNING)),
  };
}

const DATES_WARNING = "warning note dates:";

// Each case spawns tsx (twice for the strict case); on a loaded 2-core machine that takes tens of seconds.
describe("npm run lint:content", { timeout: 60_000 }, () => {
  it("says once that note dates come from the notes alone outside a git repository, without failing", () => {
    const result = lintContent({ "week-01.md": "# Week 1\n\n본문\n" }, { STRICT_CONTENT: "1" });
    expect(result.status).toBe(0);
    expect(result.datesWarning).toEqual([expect.stringMatching(/^warning note dates: content is not in a git repository/u)]);
  });

  it("prints one file:line:col line per problem across files and exits 1", () => {
    const result = lintContent({
      "week-01.md": "---\ntitle: 첫 주\nweek: one\n---\n# 첫 주\n",
      "week-02.md": "",
      "week-03.md": "---\ntitle: [broken\n---\n# x\n",
      "week-04.md": "---\nweek: 4\nautor: 나\n---\n# 넷째 주\n",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "error content/week-02.md:1:1 the note has no content; write a `# title` and your notes, or delete the file",
      expect.stringMatching(/^error content\/week-03\.md:\d+:\d+ invalid YAML front matter: /u),
      'warning content/week-01.md:3:7 front matter `week` value "one" is ignored; write a whole number such as `week: 8`',
      "notice content/week-04.md:3:8 unknown front matter key `autor` is ignored; the portal reads title, week, description, date, tags, categories, draft, toc, slug, other tools' names for them, and accepts other tools' own keys",
    ]);
    expect(result.stdout).toContain("2 note(s) read, 2 error(s), 2 warning(s).");
  });

  it("reports a missing image and a link to a missing file as warnings, and fails on them with STRICT_CONTENT=1", () => {
    const files = { "week-01.md": "# Week 1\n\n![구조](./images/missing.png) [자료](./files/none.pdf)\n" };
    const relaxed = lintContent(files);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr.trim().split("\n")).toEqual([
      "warning content/week-01.md:3:1 image not found: ./images/missing.png; add the file next to the note or fix the path",
      "warning content/week-01.md:3:29 link to a missing file: ./files/none.pdf; add the file or fix the path",
    ]);
    const strict = lintContent(files, { STRICT_CONTENT: "1" });
    expect(strict.status).toBe(1);
    expect(strict.stderr.trim().split("\n")).toEqual([
      "error content/week-01.md:3:1 image not found: ./images/missing.png; add the file next to the note or fix the path",
      "error content/week-01.md:3:29 link to a missing file: ./files/none.pdf; add the file or fix the path",
    ]);
  });

  it("adds authoring hints after the build's problems, as warnings even with STRICT_CONTENT=1", () => {
    const note = [
      "## Contents",
      "",
      "- (1강) 시작",
      "- (2강) 빈 강의",
      "",
      "## (1강) 시작",
      "",
      "![](https://a.example/x.png)",
      "",
      "## (3강) 목차에 없음",
      "",
    ].join("\n");
    const result = lintContent({ "week-01.md": note }, { STRICT_CONTENT: "1" });
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      'warning content/week-01.md:4:1 Contents entry "(2강) 빈 강의" has no notes in the body; add a heading `## (2강) 빈 강의` with its notes, or remove the entry',
      'warning content/week-01.md:8:1 image without alt text: https://a.example/x.png; describe it as `![설명](...)` or `alt="설명"` (readers now get "(1강) 이미지 1")',
      'warning content/week-01.md:10:1 heading "(3강) 목차에 없음" is a lecture missing from Contents; add `- (3강) 목차에 없음` to the Contents list so it gets a TOC entry and its tasks',
    ]);
    expect(result.stdout).toContain("1 note(s) read, 0 error(s), 3 warning(s).");
  });

  it("exits 0 for good notes", () => {
    const result = lintContent({ "week-01.md": "# Week 1\n\n본문\n" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1 note(s) read, 0 error(s), 0 warning(s).");
  });
});
