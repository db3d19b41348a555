import { compareNoteDates, type NoteDate } from "./dates";
import type { NoteHistory } from "./git-history";
import type { Week } from "./types";

/**
 * The dates a note's page shows (`2022년 11월 18일 작성 · 2022년 12월 1일 수정`),
 * its feed entry and sitemap `<lastmod>` carry, and `article:published_time` /
 * `article:modified_time` name. Pure.
 *
 * - 작성 (published): the date the author wrote (front matter `date`, or the
 *   Jekyll file name's), else the first commit of the file. An author's date
 *   wins because a first commit says when the file entered this repository: a
 *   blog moved into a study repository would otherwise be "written" on the day
 *   of the move, and `/notes` orders by the author's date too.
 * - 수정 (modified): the last commit of the file, else the front matter's
 *   `updated`/`last_modified_at` (an author rarely keeps that one up to date; git does).
 */
export type NoteDates = { published: NoteDate | null; modified: NoteDate | null };

export function noteDates(week: Pick<Week, "date" | "updated">, history: Pick<NoteHistory, "created" | "modified"> | undefined): NoteDates {
  const published = week.date ?? history?.created ?? null;
  const modified = history?.modified ?? week.updated ?? null;
  // A note changed before the date its author gave it (a date set ahead, a rebased commit) was not modified since.
  return { published, modified: modified !== null && published !== null && compareNoteDates(modified, published) < 0 ? null : modified };
}

/** Whether the page says 수정 at all: only when it falls on another day than 작성. */
export function showsModified(dates: NoteDates): dates is { published: NoteDate | null; modified: NoteDate } {
  return dates.modified !== null && dates.modified.date !== dates.published?.date;
}

/** The latest date a note has, for `<lastmod>` and a feed entry's `updated`. */
export function lastDate(dates: NoteDates): NoteDate | null {
  return dates.modified ?? dates.published;
}
