import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { missingNoteLinks, noteHref, noteLinks, noteLinkTarget } from "@/lib/content/links";
import { loadWeeksFrom, slugFromFileName } from "@/lib/content/load";
import { parseMarkdown } from "@/lib/content/parse";

describe("noteLinkTarget", () => {
  it.each([
    ["./week-09.md", "week-09", ""],
    ["week-09.md", "week-09", ""],
    ["../week-09.md", "week-09", ""],
    ["week-09.md#section", "week-09", "#section"],
    ["../content/Week-09.markdown#lecture-2", "week-09", "#lecture-2"],
    ["./week-09.md?plain=1#L10", "week-09", "#L10"],
    ["./9%EC%A3%BC%EC%B0%A8.md", "9주차", ""],
    ["8 주차.md", "8-주차", ""],
  ])("%s -> %s %s", (url, slug, hash) => {
    expect(noteLinkTarget(url)).toEqual({ slug, hash });
  });

  it.each(["https://github.com/x/y/blob/main/week-09.md", "/content/week-09.md", "#week-09.md", "./week-09.pdf", "./images/a.png", "mailto:a@b.md", ""])(
    "is null for %j",
    (url) => {
      expect(noteLinkTarget(url)).toBeNull();
    },
  );

  it("names notes the way the loader does", () => {
    for (const name of ["Week 09.md", "8주차.md".normalize("NFD"), "notes.markdown"]) {
      expect(noteLinkTarget(`./${name}`)?.slug).toBe(slugFromFileName(name));
    }
  });
});

describe("noteHref", () => {
  it("points at the week page and section, Korean slugs encoded", () => {
    expect(noteHref({ slug: slugFromFileName("week-09.md"), hash: "#lecture-2" })).toBe("/weeks/week-09#lecture-2");
    expect(noteHref({ slug: slugFromFileName("9주차.md"), hash: "" })).toBe("/weeks/9%EC%A3%BC%EC%B0%A8");
  });
});

describe("noteLinks and missingNoteLinks", () => {
  const markdown = ["# 노트", "", "[8주차](./week-08.md) 와 [99주차](week-99.md#a)", "", "[참조][w]", "", "[w]: ../week-98.md", "", "![그림](./week-97.md)", ""].join("\n");

  it("finds links and definitions to notes, in source order, with positions", () => {
    expect(noteLinks(parseMarkdown(markdown)).map((link) => [link.url, link.target.slug, link.position?.start.line, link.position?.start.column])).toEqual([
      ["./week-08.md", "week-08", 3, 1],
      ["week-99.md#a", "week-99", 3, 23],
      ["../week-98.md", "week-98", 7, 1],
    ]);
  });

  it("warns about each link to a note the site does not have, at file:line:col", () => {
    const warnings = missingNoteLinks(parseMarkdown(markdown), "content/week-10.md", new Set(["week-08", "week-10"]));
    expect(warnings.map((warning) => warning.message)).toEqual([
      "content/week-10.md:3:23 link to a missing note: week-99.md#a",
      "content/week-10.md:7:1 link to a missing note: ../week-98.md",
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
