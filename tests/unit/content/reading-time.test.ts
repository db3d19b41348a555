import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/parse";
import { parseWeek, slugFromFileName } from "@/lib/content/load";
import {
  noteReadingMinutes,
  type ReadingCounts,
  readingCounts,
  readingMinutes,
  readingSeconds,
  readingTimeLabel,
  sectionReadingMinutes,
} from "@/lib/content/reading-time";

const counts = (markdown: string): ReadingCounts => readingCounts(parseMarkdown(markdown).children);
const none: ReadingCounts = { hangul: 0, latinWords: 0, codeLines: 0, formulas: 0, images: 0 };

describe("readingCounts", () => {
  it.each<[string, string, Partial<ReadingCounts>]>([
    ["Hangul by syllable, not by word", "모델 서빙은 어렵다.", { hangul: 8 }],
    ["Latin by word, glued particles apart", "MLOps가 필요한 이유 2023", { hangul: 6, latinWords: 2 }],
    ["Hanja and kana count as wide characters", "人工知能 カタカナ", { hangul: 8 }],
    ["inline code is one word", "`pip install bentoml` 실행", { hangul: 2, latinWords: 1 }],
    ["code blocks by non-blank line", "```python\nimport os\n\nprint(os.name)\n```", { codeLines: 2 }],
    ["block math is a formula, inline math a word", "$$\na^2+b^2\n$$\n\n값은 $x$ 이다", { formulas: 1, hangul: 4, latinWords: 1 }],
    ["Markdown and HTML images (alt text is not read)", '![그림](a.png)\n\n<p align="center"><img src="b.png"> <img src="c.png"></p>', { images: 3 }],
    ["link text is text, its URL is not", "[공식 문서](https://docs.bentoml.org/en/latest)", { hangul: 4 }],
    ["tables and lists are read", "| 이름 | 값 |\n| --- | --- |\n| batch | 32 |\n\n- 하나\n- 둘", { hangul: 6, latinWords: 2 }],
  ])("%s", (_name, markdown, expected) => {
    expect(counts(markdown)).toEqual({ ...none, ...expected });
  });
});

describe("readingSeconds and readingMinutes", () => {
  it.each<[string, Partial<ReadingCounts>, number, number]>([
    ["nothing to read", {}, 0, 0],
    ["500 Hangul characters are a minute", { hangul: 500 }, 60, 1],
    ["200 Latin words are a minute", { latinWords: 200 }, 60, 1],
    ["3000 Hangul characters are six minutes", { hangul: 3000 }, 360, 6],
    ["a short note still takes a minute", { hangul: 20 }, 2.4, 1],
    ["30 code lines are a minute", { codeLines: 30 }, 60, 1],
    ["a formula is ten seconds", { formulas: 6 }, 60, 1],
    ["images: 12 s, then one less each, never under 3", { images: 12 }, 12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 3 + 3, 2],
    ["everything adds up, rounded up", { hangul: 2500, latinWords: 100, codeLines: 15, images: 1 }, 300 + 30 + 30 + 12, 7],
  ])("%s", (_name, partial, seconds, minutes) => {
    const input = { ...none, ...partial };
    expect(readingSeconds(input)).toBeCloseTo(seconds, 6);
    expect(readingMinutes(input)).toBe(minutes);
  });

  it("labels minutes as the TOC shows them", () => {
    expect(readingTimeLabel(6)).toBe("약 6분");
  });
});

describe("note and lecture reading time", () => {
  // 900 + 2 (실습) + 400 characters in the first lecture: 157 seconds.
  const lecture = "가".repeat(900);
  const note = [
    "# 4주차",
    "",
    "## (1강) 강의 소개",
    "",
    lecture,
    "",
    "### 실습",
    "",
    "나".repeat(400),
    "",
    "## (2강) 모델 서빙",
    "",
    "다".repeat(600),
    "",
  ].join("\n");
  const { week } = parseWeek(note, "content/week-04.md", slugFromFileName("week-04.md"));

  it("counts the body of the note", () => {
    expect(noteReadingMinutes(week)).toBe(4);
  });

  it("a lecture counts its sub-sections and stops at the next lecture", () => {
    const [first, practice, second] = week.sections;
    expect(first && sectionReadingMinutes(week.tree.root(), first)).toBe(3);
    expect(practice && sectionReadingMinutes(week.tree.root(), practice)).toBe(1);
    expect(second && sectionReadingMinutes(week.tree.root(), second)).toBe(2);
  });
});
