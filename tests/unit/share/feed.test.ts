import { describe, expect, it } from "vitest";
import { FEED_ENTRIES, feedEntries, feedXml, rfc3339 } from "@/lib/site/feed";
import { type NoteDate, parseNoteDate } from "@/lib/content/dates";
import { parseWeek, slugFromFileName } from "@/lib/content/load";
import type { NoteDates } from "@/lib/content/note-dates";
import type { Week } from "@/lib/content/types";

const date = (text: string): NoteDate => {
  const parsed = parseNoteDate(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return parsed;
};

function note(name: string, title: string, tags: string[] = []): Week {
  const front = tags.length > 0 ? `---\ntags: [${tags.join(", ")}]\n---\n` : "";
  return parseWeek(`${front}# ${title}\n\n${title} 본문 & <꺾쇠>\n`, `content/${name}.md`, slugFromFileName(`${name}.md`)).week;
}

describe("rfc3339", () => {
  it.each<[string, string]>([
    ["2023-03-14", "2023-03-14T00:00:00Z"],
    ["2023-03-14 21:05", "2023-03-14T21:05:00Z"],
    ["2023-03-14T21:05:30+09:00", "2023-03-14T21:05:30+09:00"],
    ["2023-05-30T02:48Z", "2023-05-30T02:48:00Z"],
  ])("%s -> %s", (written, expected) => {
    expect(rfc3339(date(written))).toBe(expected);
  });
});

describe("feedEntries", () => {
  const weeks = [note("a", "가"), note("b", "나"), note("c", "다"), note("d", "라")];
  const dates: Record<string, NoteDates> = {
    a: { published: date("2022-11-18T21:05:00+09:00"), modified: date("2022-12-01T09:30:00+09:00") },
    b: { published: date("2023-01-02"), modified: null },
    c: { published: null, modified: null },
    d: { published: date("2022-11-18T21:05:00+09:00"), modified: date("2023-02-01T10:00:00+09:00") },
  };
  const entries = feedEntries(weeks, (week) => dates[week.slug] ?? { published: null, modified: null });

  it("orders by the date written, newest first, then by the last change; leaves out notes without any date", () => {
    expect(entries.map((entry) => entry.week.slug)).toEqual(["b", "d", "a"]);
    expect(entries.map((entry) => entry.updated.iso)).toEqual(["2023-01-02", "2023-02-01T10:00:00+09:00", "2022-12-01T09:30:00+09:00"]);
  });

  it(`keeps the newest ${FEED_ENTRIES}`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, index) => note(`n-${index}`, `노트 ${index}`));
    const listed = feedEntries(many, (week) => ({
      published: date(`2023-01-01T00:00:${String(Number(week.slug.slice(2)) % 60).padStart(2, "0")}Z`),
      modified: null,
    }));
    expect(listed).toHaveLength(FEED_ENTRIES);
  });

  it("writes every required Atom element with absolute URLs and escaped text", () => {
    const xml = feedXml(
      "https://notes.example.com",
      feedEntries([note("week-08", "Week 8 & <서빙>", ["mlops"])], () => dates.a ?? { published: null, modified: null }),
    );
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">');
    expect(xml).toContain("<id>https://notes.example.com/</id>");
    expect(xml).toContain("<updated>2022-12-01T09:30:00+09:00</updated>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://notes.example.com/feed.xml"/>');
    expect(xml).toContain("<author><name>AI 스터디 노트</name></author>");
    expect(xml).toContain(
      '<entry><id>https://notes.example.com/weeks/week-08</id><title>Week 8 &amp; &lt;서빙&gt;</title><link rel="alternate" type="text/html" href="https://notes.example.com/weeks/week-08"/><published>2022-11-18T21:05:00+09:00</published><updated>2022-12-01T09:30:00+09:00</updated>',
    );
    expect(xml).toContain('<category term="mlops"/></entry>');
  });

  it("an empty course still has a valid feed-level updated", () => {
    expect(feedXml("https://notes.example.com", [])).toContain("<updated>1970-01-01T00:00:00Z</updated>");
  });
});
