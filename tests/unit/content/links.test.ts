import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { missingNoteLinks, noteHref, noteLinks } from "@/lib/content/links";
import { loadWeeksFrom, slugFromFileName } from "@/lib/content/load";
import { buildNoteIndex, resolveNoteLink } from "@/lib/content/note-index";
import { NoteTree } from "@/lib/content/note-tree";
import { parseMarkdown } from "@/lib/content/parse";
import type { WeekSlug } from "@/lib/content/types";
import { flatIndex } from "../helpers";

const flat = flatIndex(["week-08", "week-09", "9주차", "8 주차", "week-10"]);

describe("resolveNoteLink in a flat folder", () => {
  it.each([
    ["./week-09.md", "week-09", ""],
    ["week-09.md", "week-09", ""],
    // Written from a repository whose notes sit in content/: only the file name can lead anywhere.
    ["../week-09.md", "week-09", ""],
    ["week-09.md#section", "week-09", "#section"],
    ["../content/Week-09.markdown#lecture-2", "week-09", "#lecture-2"],
    ["./week-09.md?plain=1#L10", "week-09", "#L10"],
    ["./9%EC%A3%BC%EC%B0%A8.md", "9주차", ""],
    ["8 주차.md", "8-주차", ""],
  ])("%s -> %s %s", (url, slug, hash) => {
    expect(resolveNoteLink(url, "week-10.md", flat)).toEqual({ kind: "note", slug, hash });
  });

  it.each(["https://github.com/x/y/blob/main/week-09.md", "/content/week-09.md", "#week-09.md", "./week-09.pdf", "./images/a.png", "mailto:a@b.md", ""])(
    "is not a note link: %j",
    (url) => {
      expect(resolveNoteLink(url, "week-10.md", flat)).toEqual({ kind: "other" });
    },
  );

  it("names notes the way the loader does", () => {
    for (const name of ["Week 09.md", "8주차.md".normalize("NFD"), "notes.markdown"]) {
      const slug = slugFromFileName(name);
      expect(resolveNoteLink(`./${name}`, "x.md", flatIndex([name.replace(/\.(?:md|markdown)$/u, "")]))).toMatchObject({ kind: "note", slug });
    }
  });
});

describe("resolveNoteLink in a repository", () => {
  const index = buildNoteIndex([
    { path: "Week_2/README.md", slug: "week_2" as WeekSlug, title: "2주차 소개" },
    { path: "Week_2/Day_2/README.md", slug: "week_2-day_2" as WeekSlug, title: "Day 2" },
    { path: "Week_2/Day_4/01. numpy.md", slug: "week_2-day_4-01.-numpy" as WeekSlug, title: "넘파이" },
    { path: "Week_2/Day_4/05. 강의.md", slug: "week_2-day_4-05.-강의" as WeekSlug, title: "강의" },
    { path: "alice/notes/attention.md", slug: "alice-notes-attention" as WeekSlug, title: "Attention Is All You Need" },
    { path: "bob/attention.md", slug: "bob-attention" as WeekSlug, title: "Bob의 어텐션" },
  ]);
  const from = "Week_2/Day_4/05. 강의.md";

  it.each([
    ["../Day_2/README.md", "week_2-day_2", ""],
    ["../README.md#목표", "week_2", "#목표"],
    ["./01.%20numpy.md", "week_2-day_4-01.-numpy", ""],
    ["01. numpy.md#배열", "week_2-day_4-01.-numpy", "#배열"],
    // Obsidian's "absolute path in vault".
    ["Week_2/Day_2/README.md", "week_2-day_2", ""],
    // Obsidian's shortest path and wiki links: by file name anywhere, then by title.
    ["numpy.md", null, ""],
    ["attention.md", "bob-attention", ""],
    ["Attention Is All You Need.md", "alice-notes-attention", ""],
  ])("%s -> %s", (url, slug, hash) => {
    expect(resolveNoteLink(url, from, index)).toMatchObject(slug === null ? { kind: "missing" } : { kind: "note", slug, hash });
  });

  it("picks the note of a shared name closest to the linking note", () => {
    expect(resolveNoteLink("attention.md", "alice/notes/other.md", index)).toMatchObject({ slug: "alice-notes-attention" });
    expect(resolveNoteLink("attention.md", "bob/other.md", index)).toMatchObject({ slug: "bob-attention" });
  });

  it("says a path that climbs out of the root and names no note is outside", () => {
    expect(resolveNoteLink("../../../../etc/passwd.md", from, index)).toEqual({ kind: "outside" });
    expect(resolveNoteLink("%2e%2e/%2e%2e/%2e%2e/secret.md", from, index)).toEqual({ kind: "outside" });
  });
});

describe("noteHref", () => {
  it("points at the week page and section, Korean slugs encoded", () => {
    expect(noteHref(slugFromFileName("week-09.md"), "#lecture-2")).toBe("/weeks/week-09#lecture-2");
    expect(noteHref(slugFromFileName("9주차.md"), "")).toBe("/weeks/9%EC%A3%BC%EC%B0%A8");
  });
});

describe("noteLinks and missingNoteLinks", () => {
  const markdown = ["# 노트", "", "[8주차](./week-08.md) 와 [99주차](week-99.md#a)", "", "[참조][w]", "", "[w]: ../week-98.md", "", "![그림](./week-97.md)", ""].join("\n");

  it("finds links and definitions to notes, in source order, with positions", () => {
    expect(noteLinks(parseMarkdown(markdown)).map((link) => [link.url, link.position?.start.line, link.position?.start.column])).toEqual([
      ["./week-08.md", 3, 1],
      ["week-99.md#a", 3, 23],
      ["../week-98.md", 7, 1],
    ]);
  });

  it("warns about each link to a note the site does not have, at file:line:col", () => {
    const week = { tree: new NoteTree(parseMarkdown(markdown)), path: "week-10.md", source: "content/week-10.md" };
    const warnings = missingNoteLinks(week, flatIndex(["week-08", "week-10"]));
    expect(warnings.map((warning) => warning.message)).toEqual([
      "content/week-10.md:3:23 link to a missing note: week-99.md#a",
      "content/week-10.md:7:1 link to a note outside the notes folder: ../week-98.md",
    ]);
  });
});

describe("loadWeeksFrom: links between notes", () => {
  let directory = "";
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  function folder(files: Record<string, string>): string {
    directory = mkdtempSync(path.join(tmpdir(), "links-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
    return directory;
  }

  it("warns about a link to a missing note without rendering anything", () => {
    const dir = folder({
      "week-08.md": "# Week 8\n\n[다음 주](./week-09.md) 와 [없는 주](./week-99.md)\n",
      "week-09.md": "# Week 9\n\n[지난 주](week-08.md#contents)\n",
    });
    const { warnings, errors } = loadWeeksFrom(dir, { includeDrafts: true });
    expect(errors).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toEqual([`${path.basename(dir)}/week-08.md:3:24 link to a missing note: ./week-99.md`]);
  });

  it("counts a draft that the site leaves out as missing", () => {
    const dir = folder({
      "week-08.md": "# Week 8\n\n[초안](./week-09.md)\n",
      "week-09.md": "---\ndraft: true\n---\n# Week 9\n",
    });
    expect(loadWeeksFrom(dir, { includeDrafts: false }).warnings.map((warning) => warning.reason)).toEqual(["link to a missing note: ./week-09.md"]);
    expect(loadWeeksFrom(dir, { includeDrafts: true }).warnings).toEqual([]);
  });
});
