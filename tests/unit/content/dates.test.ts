import { describe, expect, it } from "vitest";
import { compareNoteDates, dateFromFileName, koreanDate, type NoteDate, parseNoteDate, w3cDate } from "@/lib/content/dates";

describe("parseNoteDate", () => {
  it.each<[string, string, NoteDate]>([
    ["plain day", "2023-03-14", { kind: "day", date: "2023-03-14", iso: "2023-03-14" }],
    ["single-digit month and day (js-yaml, Jekyll)", "2023-3-4", { kind: "day", date: "2023-03-04", iso: "2023-03-04" }],
    ["dots, as Korean notes write it", "2023.03.14", { kind: "day", date: "2023-03-14", iso: "2023-03-14" }],
    ["slashes", "2023/03/14", { kind: "day", date: "2023-03-14", iso: "2023-03-14" }],
    ["day and minutes (Obsidian, Hexo)", "2023-03-14 21:05", { kind: "local", date: "2023-03-14", time: "21:05", iso: "2023-03-14T21:05" }],
    ["ISO local date-time", "2023-03-14T21:05:30", { kind: "local", date: "2023-03-14", time: "21:05:30", iso: "2023-03-14T21:05:30" }],
    [
      "Jekyll: space, seconds, +0900",
      "2023-03-14 21:05:00 +0900",
      { kind: "zoned", date: "2023-03-14", time: "21:05:00", offset: "+09:00", iso: "2023-03-14T21:05:00+09:00" },
    ],
    [
      "Chirpy with a colon in the offset",
      "2024-11-07 02:55:00 +09:00",
      { kind: "zoned", date: "2024-11-07", time: "02:55:00", offset: "+09:00", iso: "2024-11-07T02:55:00+09:00" },
    ],
    ["ISO with offset (Hugo)", "2023-04-04T09:00:00-05:00", { kind: "zoned", date: "2023-04-04", time: "09:00:00", offset: "-05:00", iso: "2023-04-04T09:00:00-05:00" }],
    ["ISO with Z and minutes only (Obsidian)", "2023-05-30T02:48Z", { kind: "zoned", date: "2023-05-30", time: "02:48", offset: "+00:00", iso: "2023-05-30T02:48+00:00" }],
    [
      "TOML datetime as smol-toml prints it",
      "2023-04-11T20:30:00.000+09:00",
      { kind: "zoned", date: "2023-04-11", time: "20:30:00", offset: "+09:00", iso: "2023-04-11T20:30:00+09:00" },
    ],
    ["hour-only offset", "2023-03-14 21:05:00 +09", { kind: "zoned", date: "2023-03-14", time: "21:05:00", offset: "+09:00", iso: "2023-03-14T21:05:00+09:00" }],
    ["a leap day", "2024-02-29", { kind: "day", date: "2024-02-29", iso: "2024-02-29" }],
    ["surrounding spaces", "  2023-03-14 ", { kind: "day", date: "2023-03-14", iso: "2023-03-14" }],
  ])("%s: %j", (_name, text, expected) => {
    expect(parseNoteDate(text)).toEqual(expected);
  });

  it.each([
    ["month 13", "2022-13-45"],
    ["February 30th", "2023-02-30"],
    ["February 29th of a common year", "2023-02-29"],
    ["1900 is not a leap year", "1900-02-29"],
    ["hour 24", "2023-03-14 24:00"],
    ["minute 60", "2023-03-14 21:60"],
    ["mixed separators", "2023-03/14"],
    ["a word", "어제"],
    ["an English date (Notion)", "March 14, 2023"],
    ["a time alone", "21:05:00"],
    ["offset hours 24", "2023-03-14 21:05:00 +2400"],
    ["empty", ""],
  ])("refuses %s: %j", (_name, text) => {
    expect(parseNoteDate(text)).toBeNull();
  });
});

describe("dateFromFileName", () => {
  it.each([
    ["content/_posts/2023-03-14-transformer.md", "2023-03-14"],
    ["2023-03-14-제목.markdown", "2023-03-14"],
    ["blog/2021-08-26-welcome/index.md", "2021-08-26"],
    ["notes\\2022-11-07-week.md", "2022-11-07"],
  ])("%j -> %j", (file, date) => {
    expect(dateFromFileName(file)?.date).toBe(date);
  });

  it.each([["content/week-08.md"], ["2023-13-01-bad-month.md"], ["20230314-compact.md"], ["blog/2021-08-26-welcome/other.md"], ["2023-03-14제목.md"]])("finds no date in %j", (file) => {
    expect(dateFromFileName(file)).toBeNull();
  });
});

describe("koreanDate and w3cDate", () => {
  it.each([
    ["2023-03-14", "2023년 3월 14일", "2023-03-14"],
    ["2023-10-01 21:05", "2023년 10월 1일", "2023-10-01"],
    ["2023-03-14 21:05:00 +0900", "2023년 3월 14일", "2023-03-14T21:05:00+09:00"],
    ["2023-12-31T23:59:59Z", "2023년 12월 31일", "2023-12-31T23:59:59+00:00"],
  ])("%j -> %j, sitemap %j", (text, korean, sitemap) => {
    const date = parseNoteDate(text);
    expect(date && koreanDate(date)).toBe(korean);
    expect(date && w3cDate(date)).toBe(sitemap);
  });
});

describe("compareNoteDates", () => {
  it("sorts by day, then by the written time, a bare day first", () => {
    const texts = ["2023-03-14 21:05:00 +0900", "2023-03-02", "2023-03-14", "2023-03-14T09:00", "2022-12-31 23:59"];
    const dates = texts.map((text) => parseNoteDate(text)).filter((date): date is NoteDate => date !== null);
    expect(dates.sort(compareNoteDates).map((date) => date.iso)).toEqual([
      "2022-12-31T23:59",
      "2023-03-02",
      "2023-03-14",
      "2023-03-14T09:00",
      "2023-03-14T21:05:00+09:00",
    ]);
  });
});
