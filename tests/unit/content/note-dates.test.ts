import { describe, expect, it } from "vitest";
import { type NoteDate, parseNoteDate } from "@/lib/content/dates";
import { lastDate, noteDates, showsModified } from "@/lib/content/note-dates";

const date = (text: string): NoteDate => {
  const parsed = parseNoteDate(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return parsed;
};
const git = { created: date("2022-11-18T21:05:00+09:00"), modified: date("2022-12-01T09:30:00+09:00") };

describe("noteDates", () => {
  it.each<[string, { date: string | null; updated: string | null }, typeof git | undefined, string | null, string | null]>([
    ["git only", { date: null, updated: null }, git, "2022-11-18T21:05:00+09:00", "2022-12-01T09:30:00+09:00"],
    ["the author's date wins for 작성, git's last commit for 수정", { date: "2022-11-14", updated: "2022-11-20" }, git, "2022-11-14", "2022-12-01T09:30:00+09:00"],
    ["front matter only (no repository)", { date: "2023-03-14", updated: "2023-04-01" }, undefined, "2023-03-14", "2023-04-01"],
    ["nothing at all", { date: null, updated: null }, undefined, null, null],
    ["a last commit before the author's date is not a modification", { date: "2023-01-01", updated: null }, git, "2023-01-01", null],
  ])("%s", (_name, written, history, published, modified) => {
    const dates = noteDates({ date: written.date === null ? null : date(written.date), updated: written.updated === null ? null : date(written.updated) }, history);
    expect(dates.published?.iso ?? null).toBe(published);
    expect(dates.modified?.iso ?? null).toBe(modified);
  });

  it("shows 수정 only on another day than 작성, and the latest date is the modification", () => {
    const sameDay = noteDates({ date: null, updated: null }, { created: date("2022-11-18T09:00:00+09:00"), modified: date("2022-11-18T23:00:00+09:00") });
    expect(showsModified(sameDay)).toBe(false);
    const dates = noteDates({ date: null, updated: null }, git);
    expect(showsModified(dates)).toBe(true);
    expect(lastDate(dates)?.iso).toBe("2022-12-01T09:30:00+09:00");
    expect(lastDate(noteDates({ date: date("2023-03-14"), updated: null }, undefined))?.iso).toBe("2023-03-14");
  });
});
