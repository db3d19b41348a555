import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { ContentNotice } from "@/lib/content/notice";
import { readFrontmatter } from "@/lib/content/read-frontmatter";
import { contentReport } from "@/lib/content/report";

const error = new ContentError("content/a.md", 2, 1, "invalid YAML front matter: x; fix it");
const warning = new ContentError("content/b.md", 3, 7, 'front matter `week` value "팔" is ignored; write a whole number such as `week: 8`');
const notice = new ContentNotice("content/c.md", 4, 9, "unknown front matter key `colour` is ignored; see the README");
const hint = new ContentError("content/d.md", 5, 1, "image without alt text: x.png; describe it");

describe("contentReport", () => {
  it("prints errors, then warnings, then notices, then hints; only errors fail a relaxed run", () => {
    expect(contentReport({ errors: [error], warnings: [notice, warning] }, false, [hint])).toEqual({
      lines: [
        { level: "error", text: error.message },
        { level: "warning", text: warning.message },
        { level: "notice", text: notice.message },
        { level: "warning", text: hint.message },
      ],
      failed: true,
    });
  });

  it("turns warnings into errors in a strict run, but never notices or hints", () => {
    expect(contentReport({ errors: [], warnings: [warning, notice] }, true, [hint])).toEqual({
      lines: [
        { level: "error", text: warning.message },
        { level: "notice", text: notice.message },
        { level: "warning", text: hint.message },
      ],
      failed: true,
    });
    expect(contentReport({ errors: [], warnings: [notice] }, true, [hint]).failed).toBe(false);
  });

  it.each([false, true])("a note of another tool's keys and an empty tag passes (strict: %s)", (strict) => {
    const text = ["---", "layout: post", "toc_sticky: true", "tags:", "  - []", "colour: red", "---", "# 제목", ""].join("\n");
    const { warnings } = readFrontmatter(text, "content/mm.md");
    const report = contentReport({ errors: [], warnings }, strict);
    expect(report.lines.map((line) => `${line.level} ${line.text}`)).toEqual([
      "notice content/mm.md:5:5 front matter `tags` entry [] is empty and is left out; write each entry as text, such as `- mlops`, or remove it",
      "notice content/mm.md:6:9 unknown front matter key `colour` is ignored; the portal reads title, week, description, date, tags, categories, draft, toc, slug, other tools' names for them, and accepts other tools' own keys",
    ]);
    expect(report.failed).toBe(false);
  });

  it.each([
    [false, "warning", false],
    [true, "error", true],
  ])("a value it cannot use is a warning, an error in a strict run (strict: %s)", (strict, level, failed) => {
    const { warnings } = readFrontmatter(["---", "week: 팔", "---", "# 제목", ""].join("\n"), "content/w.md");
    const report = contentReport({ errors: [], warnings }, strict);
    expect(report.lines).toEqual([{ level, text: 'content/w.md:2:7 front matter `week` value "팔" is ignored; write a whole number such as `week: 8`' }]);
    expect(report.failed).toBe(failed);
  });
});
