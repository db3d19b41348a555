import type { Root } from "hast";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeNoteLinks, { type Options } from "@/lib/render/rehype-note-links";
import { buildNoteIndex } from "@/lib/content/note-index";
import type { WeekSlug } from "@/lib/content/types";
import { flatIndex } from "../helpers";
import { elements, sanitizedHast } from "./parity-helpers";

const everyWeek = flatIndex(["week-08", "week-09", "9주차", "8 주차"]);

function run(markdown: string, options: Options = { index: everyWeek, fromPath: "week-10.md" }): Root {
  return unified().use(rehypeNoteLinks, options).runSync(sanitizedHast(markdown));
}

function anchors(tree: Root): [unknown, unknown, unknown][] {
  return elements(tree, "a").map((a) => [a.properties.href, a.properties.className ?? null, a.properties.title ?? null]);
}

describe("rehypeNoteLinks", () => {
  it.each([
    ["./week-09.md", "/weeks/week-09"],
    ["week-09.md", "/weeks/week-09"],
    ["../week-09.md", "/weeks/week-09"],
    // Markdown URLs arrive percent-encoded; the browser decodes the hash again.
    ["week-09.md#3강-mlops-serving", `/weeks/week-09#${encodeURIComponent("3강")}-mlops-serving`],
    ["./Week-09.markdown#lecture-2", "/weeks/week-09#lecture-2"],
    ["./9%EC%A3%BC%EC%B0%A8.md", `/weeks/${encodeURIComponent("9주차")}`],
    ["<./8 주차.md>", `/weeks/${encodeURIComponent("8-주차")}`],
  ])("rewrites [x](%s) to %s", (url, href) => {
    expect(anchors(run(`[x](${url})`))).toEqual([[href, null, null]]);
  });

  it.each(["https://github.com/a/b/blob/main/week-09.md", "/weeks/week-09", "#lecture-2", "./image.png", "mailto:a@b.c", "?q=week-09.md"])(
    "leaves %s alone",
    (url) => {
      expect(anchors(run(`[x](${url})`)).map(([href]) => href)).toEqual([url]);
    },
  );

  it("rewrites raw HTML links and reference-style links too", () => {
    expect(anchors(run('<a href="./week-09.md">html</a> [ref][w9]\n\n[w9]: week-09.md#day-1\n'))).toEqual([
      ["/weeks/week-09", null, null],
      ["/weeks/week-09#day-1", null, null],
    ]);
  });

  it("marks a link to a note the site does not have, keeping where it points", () => {
    expect(anchors(run("[있음](./week-08.md) [없음](./week-99.md)", { index: flatIndex(["week-08"]), fromPath: "week-10.md" }))).toEqual([
      ["/weeks/week-08", null, null],
      ["/weeks/week-99", ["note-link-missing"], "없는 노트"],
    ]);
  });

  it("resolves a link from the note's own folder", () => {
    const index = buildNoteIndex([
      { path: "Week_2/Day_2/README.md", slug: "week_2-day_2" as WeekSlug, title: "Day 2" },
      { path: "Week_2/Day_4/05. 강의.md", slug: "week_2-day_4-05.-강의" as WeekSlug, title: "강의" },
    ]);
    expect(
      anchors(
        run("[어제](../Day_2/README.md#복습) [../../../etc/passwd.md](../../../etc/passwd.md)", { index, fromPath: "Week_2/Day_4/05. 강의.md" }),
      ),
    ).toEqual([
      ["/weeks/week_2-day_2#%EB%B3%B5%EC%8A%B5", null, null],
      ["../../../etc/passwd.md", ["note-link-missing"], "없는 노트"],
    ]);
  });
});
