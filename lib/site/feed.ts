import type { NoteDate } from "@/lib/content/dates";
import { weekDescription } from "@/lib/content/describe";
import { lastDate, type NoteDates } from "@/lib/content/note-dates";
import { sectionHref } from "@/lib/urls";
import type { Week } from "@/lib/content/types";
import { type SiteNotes, xmlText } from "./site-files";

/**
 * `/feed.xml`: the notes as an Atom feed (RFC 4287), newest first, for feed
 * readers. Like sitemap.xml it is a route handler: `next start` answers it per
 * request with the request's host when SITE_URL is unset (route.served.ts), a
 * static export writes it once with SITE_URL (route.export.ts). Written as a
 * string like sitemap.xml (every value through `xmlText`): the feed has a
 * fixed shape and the project has no XML serializer among its dependencies.
 */

/** The site's name, as the feed and its author. */
const SITE_TITLE = "AI 스터디 노트";

/** Feed readers show the latest entries; a course of a thousand notes keeps the feed small. */
export const FEED_ENTRIES = 50;

/** One entry of the feed. */
export type FeedEntry = { week: Week; dates: NoteDates; updated: NoteDate };

/**
 * The notes with a date, newest written first (then newest changed, then
 * course order). A note with no date at all (no front matter date, no commit)
 * is left out: Atom requires `updated`, and the build time would change the
 * feed on every build.
 */
export function feedEntries(weeks: readonly Week[], datesOf: (week: Week) => NoteDates): FeedEntry[] {
  const entries = weeks.flatMap((week) => {
    const dates = datesOf(week);
    const updated = lastDate(dates);
    return updated === null ? [] : [{ week, dates, updated }];
  });
  const instant = (date: NoteDate | null) => (date === null ? "" : rfc3339(date));
  return entries
    .map((entry, order) => ({ entry, order, published: instant(entry.dates.published ?? entry.updated), updated: instant(entry.updated) }))
    .sort((a, b) => compareInstants(b.published, a.published) || compareInstants(b.updated, a.updated) || a.order - b.order)
    .slice(0, FEED_ENTRIES)
    .map(({ entry }) => entry);
}

/**
 * A note's date as RFC 3339 (Atom's date construct needs seconds and an
 * offset): a day is its midnight, and a time written without an offset is
 * read as UTC, so the day shown stays the author's.
 */
export function rfc3339(date: NoteDate): string {
  if (date.kind === "day") return `${date.date}T00:00:00Z`;
  const time = date.time.length === 5 ? `${date.time}:00` : date.time;
  return `${date.date}T${time}${date.kind === "zoned" ? (date.offset === "+00:00" ? "Z" : date.offset) : "Z"}`;
}

function compareInstants(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}

/** The feed as XML for a site at `origin`. */
export function feedXml(origin: string, entries: readonly FeedEntry[]): string {
  const updated = entries.reduce((latest, entry) => {
    const value = rfc3339(entry.updated);
    return compareInstants(value, latest) > 0 ? value : latest;
  }, "1970-01-01T00:00:00Z");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">`,
    `<id>${xmlText(`${origin}/`)}</id>`,
    `<title>${xmlText(SITE_TITLE)}</title>`,
    `<subtitle>${xmlText("주차별 강의 노트의 새 글과 수정된 글")}</subtitle>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(`${origin}/feed.xml`)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(`${origin}/`)}"/>`,
    `<author><name>${xmlText(SITE_TITLE)}</name></author>`,
    ...entries.map((entry) => entryXml(origin, entry)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

function entryXml(origin: string, { week, dates, updated }: FeedEntry): string {
  const url = `${origin}${sectionHref(week.slug)}`;
  return [
    "<entry>",
    `<id>${xmlText(url)}</id>`,
    `<title>${xmlText(week.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
    dates.published ? `<published>${rfc3339(dates.published)}</published>` : "",
    `<updated>${rfc3339(updated)}</updated>`,
    `<summary>${xmlText(weekDescription(week))}</summary>`,
    ...week.tags.map((tag) => `<category term="${xmlText(tag)}"/>`),
    "</entry>",
  ].join("");
}

/** The Atom response for a site at `origin`, of the notes its route hands in. */
export function feedResponse(origin: string, { weeks, datesOf }: Pick<SiteNotes, "weeks" | "datesOf">): Response {
  return new Response(feedXml(origin, feedEntries(weeks, datesOf)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
