import type { DocInfo, SearchEngine, SearchOutcome } from "./engine";
import type { WeekTextsData } from "./format";
import { Highlighter, type Range, type Snippet } from "./highlight";
import { sectionHref } from "../urls";

/** One result as a list shows it. */
export type ResultItem = {
  doc: number;
  href: string;
  title: string;
  titleRanges: Range[];
  /** Headings between the lecture and this section, ` › ` joined; empty for the lecture itself. */
  path: string;
  /** Null while the week's texts are loading (or the section has no text). */
  snippet: Snippet | null;
};

/** Results of one lecture (or top-level section) of one week, in rank order. */
export type ResultGroup = {
  key: string;
  week: DocInfo["week"];
  /** Whether this is the first group of its week in the list (show the week's name above it). */
  firstOfWeek: boolean;
  label: string;
  labelRanges: Range[];
  /** The lecture's (or section's) own anchor. */
  href: string;
  items: ResultItem[];
};

/**
 * Hits grouped by week and, within a week, by lecture: weeks in the order of
 * their best hit, groups likewise, so a week's results stay together. Titles
 * and snippets come highlighted (snippet from the body, then tasks, then code;
 * the opening of the section when only its title matched).
 */
export function groupResults(engine: SearchEngine, outcome: SearchOutcome, texts: (weekIndex: number) => WeekTextsData | undefined): ResultGroup[] {
  const weeks = new Map<number, Map<string, ResultGroup>>();
  const { highlighter } = outcome;
  for (const hit of outcome.hits) {
    const doc = engine.doc(hit.doc);
    const key = `${doc.weekIndex}:${doc.group.index}`;
    let groups = weeks.get(doc.weekIndex);
    if (!groups) {
      groups = new Map();
      weeks.set(doc.weekIndex, groups);
    }
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        week: doc.week,
        firstOfWeek: groups.size === 0,
        label: doc.group.label,
        labelRanges: highlighter.ranges(doc.group.label),
        href: sectionHref(doc.week.slug, doc.group.id),
        items: [],
      };
      groups.set(key, group);
    }
    const own = engine.docTexts(hit.doc, texts(doc.weekIndex));
    group.items.push({
      doc: hit.doc,
      href: doc.href,
      title: doc.title,
      titleRanges: highlighter.ranges(doc.title),
      path: doc.path,
      snippet: own ? snippetOf(highlighter, own) : null,
    });
  }
  return [...weeks.values()].flatMap((groups) => [...groups.values()]);
}

function snippetOf(highlighter: Highlighter, own: { body: string; code: string; tasks: string }): Snippet | null {
  return (
    highlighter.snippet(own.body) ??
    highlighter.snippet(own.tasks) ??
    highlighter.snippet(own.code) ??
    Highlighter.opening(own.body) ??
    Highlighter.opening(own.tasks)
  );
}
