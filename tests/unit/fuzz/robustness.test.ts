import { flatIndex } from "../helpers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseWeek } from "@/lib/content/load";
import { normalizeSource } from "@/lib/content/source";
import type { WeekSlug } from "@/lib/content/types";
import { renderWeekBody } from "@/lib/render/process";
import { fuzzParameters, fuzzTimeout, soup } from "./arbitraries";
import { ids, isContentProblem, readGenerated, unsafeAttributes } from "./render-helpers";

/** Read bytes as a note file; a refusal must be one of our located problems, never a crash. */
function readBytes(bytes: Uint8Array): void {
  try {
    const text = normalizeSource(bytes, "content/bytes.md");
    parseWeek(text, "content/bytes.md", "bytes" as WeekSlug);
  } catch (error) {
    if (!isContentProblem(error)) throw error;
    expect(String(error instanceof Error ? error.message : error)).toMatch(/^content\/bytes\.md:\d+:\d+ \S/u);
  }
}

describe("fuzz: any input", { timeout: fuzzTimeout(40) }, () => {
  beforeAll(async () => {
    await renderWeekBody(readGenerated("# 준비\n\n```python\nx = 1\n```\n"));
  });

  it("reads any bytes (binary, broken UTF-8, any text) into a week or a located problem", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 200 }).map((value) => new TextEncoder().encode(value));
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), text), readBytes), fuzzParameters(300, 5));
  });

  it("reads any front matter into a week or a located problem", () => {
    const yaml = fc.array(
      fc.oneof(
        fc.constantFrom(
          "title: ",
          "week: ",
          "draft: ",
          "tags: ",
          "date: ",
          "- ",
          "[",
          "]",
          "{",
          "}",
          ":",
          '"',
          "'",
          "\n",
          "  ",
          "\t",
          "#",
          "&a",
          "*a",
          "!!binary ",
          "2022-13-45",
          "---",
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(yaml, (parts) => readBytes(new TextEncoder().encode(`---\n${parts.join("")}\n---\n# 제목\n\n본문\n`))),
      fuzzParameters(300, 5),
    );
  });

  it("renders any mix of Markdown and HTML fragments without crashing, with unique ids and nothing executable", async () => {
    await fc.assert(
      fc.asyncProperty(soup, async (markdown) => {
        let week;
        try {
          week = readGenerated(markdown);
        } catch (error) {
          // Only an empty note is refused: the rest is Markdown, however odd.
          if (isContentProblem(error)) return;
          throw error;
        }
        const tree = await renderWeekBody(week, { index: flatIndex([week.slug]) });
        const all = ids(tree);
        expect(all.filter((id, at) => all.indexOf(id) !== at)).toEqual([]);
        expect(unsafeAttributes(tree)).toEqual([]);
      }),
      fuzzParameters(40),
    );
  });
});
