import { describe, expect, it } from "vitest";
import { authoringWarnings } from "@/lib/content/authoring";
import { weekFrom } from "../helpers";

const lines = (...rows: string[]) => rows.join("\n");
const hints = (markdown: string) => authoringWarnings(weekFrom(markdown)).map((warning) => warning.message);

describe("authoringWarnings", () => {
  it("names a Contents entry without notes, at the entry", () => {
    const note = lines("# Week 1", "", "## Contents", "", "- (1강) 시작", "- (2강) 다음", "", "## (1강) 시작", "", "본문");
    expect(hints(note)).toEqual([
      "content/fixture.md:6:1 Contents entry \"(2강) 다음\" has no notes in the body; add a heading `## (2강) 다음` with its notes, or remove the entry",
    ]);
  });

  it("names a lecture heading missing from Contents, but not a practice of a listed lecture or a note without Contents", () => {
    const note = lines("## Contents", "", "- (1강) 시작", "", "## (1강) 시작", "", "### (1강-실습) 실습", "", "## (3강) 빠진 강의", "", "본문");
    expect(hints(note)).toEqual([
      "content/fixture.md:9:1 heading \"(3강) 빠진 강의\" is a lecture missing from Contents; add `- (3강) 빠진 강의` to the Contents list so it gets a TOC entry and its tasks",
    ]);
    expect(hints(lines("## (3강) 강의", "", "본문"))).toEqual([]);
  });

  it("names images without alt text, Markdown and HTML, but not an explicit alt=\"\"", () => {
    expect(hints(lines("## (2강) 제목", "", "![](https://a.example/x.png)", "", '<img src="y.png">', "", '<img src="z.png" alt="">', "", "![설명](w.png)"))).toEqual([
      'content/fixture.md:3:1 image without alt text: https://a.example/x.png; describe it as `![설명](...)` or `alt="설명"` (readers now get "(2강) 이미지 1")',
      'content/fixture.md:5:1 image without alt text: y.png; describe it as `![설명](...)` or `alt="설명"` (readers now get "(2강) 이미지 2")',
    ]);
  });
});
