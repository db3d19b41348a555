/** A matched stretch of text: `[start, end)` in UTF-16 offsets. */
export type Range = [start: number, end: number];

/** A window of a document's text around its best matches. */
export type Snippet = {
  /** The window, newlines as spaces. */
  text: string;
  /** Matches inside `text`. */
  ranges: Range[];
  /** Whether text was cut before / after the window (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/** What to mark: a query word, a word it matched, or a quoted phrase. */
export type Needle =
  /** Marked anywhere, syllables possibly split by a space (`문제정의` marks `문제 정의`). */
  | { kind: "hangul"; text: string }
  /** Marked at the start of a word, through the rest of its Latin letters (`serv` marks `Serving`). */
  | { kind: "latin"; text: string }
  /** The words in order with any whitespace between them. */
  | { kind: "phrase"; words: string[] };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function pattern(needle: Needle): string {
  switch (needle.kind) {
    case "hangul":
      return [...needle.text].map(escape).join("[^\\S\\n]?");
    case "latin":
      return `(?<![\\p{L}\\p{N}])${escape(needle.text)}[a-z0-9]*`;
    case "phrase":
      return needle.words.map(escape).join("[^\\S\\n]+");
  }
}

/** Finds and marks matches of a query's needles in texts; one compiled pattern per query. */
export class Highlighter {
  private readonly pattern: RegExp | null;

  constructor(needles: readonly Needle[]) {
    const sources = [...new Set(needles.map(pattern))].sort((a, b) => b.length - a.length);
    this.pattern = sources.length > 0 ? new RegExp(sources.join("|"), "giu") : null;
  }

  /** The matches in `text` (the first `max`), in order, not overlapping. */
  ranges(text: string, max = 500): Range[] {
    if (!this.pattern) return [];
    const ranges: Range[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match; match = this.pattern.exec(text)) {
      if (match[0].length === 0) {
        this.pattern.lastIndex += 1;
        continue;
      }
      ranges.push([match.index, match.index + match[0].length]);
      if (ranges.length >= max) break;
    }
    return ranges;
  }

  /**
   * About `length` characters of `text` around the stretch that holds the most
   * different matches (the earliest among equals), cut at spaces; null when
   * nothing in the text matches.
   */
  snippet(text: string, length = 150): Snippet | null {
    const ranges = this.ranges(text);
    if (ranges.length === 0) return null;
    // Windows start a little before each match; slide over them counting the distinct matches inside.
    const keys = ranges.map(([start, end]) => text.slice(start, end).toLowerCase());
    const counts = new Map<string, number>();
    let best = { start: 0, distinct: 0, count: 0 };
    let end = 0;
    for (let index = 0; index < ranges.length; index += 1) {
      const start = Math.max(0, (ranges[index]?.[0] ?? 0) - Math.floor(length / 4));
      while (end < ranges.length && (ranges[end]?.[1] ?? Infinity) <= start + length) {
        const key = keys[end] ?? "";
        counts.set(key, (counts.get(key) ?? 0) + 1);
        end += 1;
      }
      const count = end - index;
      if (counts.size > best.distinct || (counts.size === best.distinct && count > best.count)) {
        best = { start, distinct: counts.size, count };
      }
      const leaving = keys[index] ?? "";
      const left = (counts.get(leaving) ?? 0) - 1;
      if (left > 0) counts.set(leaving, left);
      else counts.delete(leaving);
      if (end <= index) end = index + 1;
    }
    return window(text, ranges, best.start, length);
  }

  /** The start of `text` when nothing in it matches (a title-only hit still shows what the section says). */
  static opening(text: string, length = 150): Snippet | null {
    return text.trim() === "" ? null : window(text, [], 0, length);
  }
}

function window(text: string, ranges: readonly Range[], from: number, length: number): Snippet {
  let start = from;
  if (start > 0) {
    // Start after a space near the cut, unless that skips the first match.
    const space = text.slice(start, start + 12).search(/\s/u);
    const firstMatch = ranges.find(([, end]) => end > start)?.[0] ?? Infinity;
    if (space >= 0 && start + space + 1 <= firstMatch) start += space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const tail = text.slice(Math.max(start, end - 12), end);
    const space = tail.search(/\s\S*$/u);
    if (space >= 0) end = Math.max(start, end - 12) + space;
  }
  // A match cut by the window end is kept whole.
  for (const [matchStart, matchEnd] of ranges) {
    if (matchStart < end && matchEnd > end) end = matchEnd;
  }
  const inside: Range[] = ranges
    .filter(([matchStart, matchEnd]) => matchStart >= start && matchEnd <= end)
    .map(([matchStart, matchEnd]) => [matchStart - start, matchEnd - start]);
  return {
    text: text.slice(start, end).replace(/\s/gu, " "),
    ranges: inside,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

/** Splits text at ranges: pieces in order with their offsets, for rendering with <mark>. */
export function pieces(text: string, ranges: readonly Range[]): { start: number; text: string; marked: boolean }[] {
  const result: { start: number; text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) result.push({ start: at, text: text.slice(at, start), marked: false });
    result.push({ start, text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) result.push({ start: at, text: text.slice(at), marked: false });
  return result;
}
