/**
 * Dates as note-writing tools write them, kept as precise as the author wrote
 * them: Jekyll `2023-03-14 21:05:00 +0900`, Hugo `2023-03-14T21:05:00+09:00`,
 * Obsidian `2023-03-14T21:05`, a plain `2023-03-14`. Pure: no clock, no locale.
 */

/**
 * A date from a note. `date` is always `YYYY-MM-DD`; `time` is the author's
 * wall-clock `HH:MM` (or `HH:MM:SS` when seconds were written); `offset` is
 * `+HH:MM` (`Z` is `+00:00`). `iso` is ISO 8601 with exactly what was given.
 */
export type NoteDate =
  | { kind: "day"; date: string; iso: string }
  /** A time without offset: the author's own clock (Jekyll reads it in the site's time zone). */
  | { kind: "local"; date: string; time: string; iso: string }
  | { kind: "zoned"; date: string; time: string; offset: string; iso: string };

// Hand-written rather than `new Date(text)`: Date parsing is engine-specific for
// anything but strict ISO, turns `2023-02-30` into March 2nd, and drops the offset.
// The separators `-`, `/` and `.` are all seen in Korean notes (`2023.03.14`).
const dateForm =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[ \t]*(?:([Zz])|([+-])(\d{2}):?(\d{2})?))?)?$/u;

const pad = (value: number) => String(value).padStart(2, "0");

/** A note's date text -> `NoteDate`, or null when it is not a real calendar date (`2022-13-45`) or not a date at all. */
export function parseNoteDate(text: string): NoteDate | null {
  const match = dateForm.exec(text.trim());
  if (!match) return null;
  const [, yearText = "", , monthText = "", dayText = "", hourText, minuteText, secondText, zulu, sign, offsetHours, offsetMinutes] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${yearText}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined || minuteText === undefined) return { kind: "day", date, iso: date };

  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? null : Number(secondText);
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  const time = `${pad(hour)}:${pad(minute)}${second === null ? "" : `:${pad(second)}`}`;
  if (zulu === undefined && sign === undefined) return { kind: "local", date, time, iso: `${date}T${time}` };

  const zoneHours = Number(offsetHours ?? "0");
  const zoneMinutes = Number(offsetMinutes ?? "0");
  if (zoneHours > 23 || zoneMinutes > 59) return null;
  const offset = `${sign ?? "+"}${pad(zoneHours)}:${pad(zoneMinutes)}`;
  return { kind: "zoned", date, time, offset, iso: `${date}T${time}${offset}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Jekyll posts are `_posts/2023-03-14-title.md`; Docusaurus blog posts may be `2023-03-14-title/index.md`.
const fileNameDate = /^(\d{4}-\d{2}-\d{2})(?:-|$)/u;
const folderNoteNames = /^(?:index|readme)\.(?:md|markdown)$/iu;

/** The date a Jekyll-style file name (`2023-03-14-title.md`, or its folder for `index.md`) starts with, if any. */
export function dateFromFileName(file: string): NoteDate | null {
  const parts = file.normalize("NFC").split(/[\\/]/u);
  const name = parts.at(-1) ?? "";
  const named = folderNoteNames.test(name) ? (parts.at(-2) ?? "") : name;
  const match = fileNameDate.exec(named);
  return match?.[1] === undefined ? null : parseNoteDate(match[1]);
}

/** `2023년 3월 14일`: the date as the site shows it. The time and offset are not shown; the day is the author's own. */
export function koreanDate(value: NoteDate): string {
  const [year = "", month = "", day = ""] = value.date.split("-");
  return `${Number(year)}년 ${Number(month)}월 ${Number(day)}일`;
}

/**
 * The date for a sitemap `<lastmod>` (W3C Datetime): a time is allowed only
 * with its offset, so a time without one falls back to the day.
 */
export function w3cDate(value: NoteDate): string {
  return value.kind === "zoned" ? value.iso : value.date;
}

/**
 * Oldest first, by the author's calendar day and then wall-clock time. Offsets
 * are not converted: a local time has no instant to compare with, and notes of
 * one course share a time zone.
 */
export function compareNoteDates(a: NoteDate, b: NoteDate): number {
  const time = (value: NoteDate) => (value.kind === "day" ? "" : value.time);
  return a.date.localeCompare(b.date) || time(a).localeCompare(time(b));
}
