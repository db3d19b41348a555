import { at, present } from "./at";
import type { DocKind, IndexWeek, SearchIndexData, WeekTextsData } from "./format";
import { sectionHref } from "../urls";

/** A document as a result shows it. */
export type DocInfo = {
  index: number;
  week: IndexWeek;
  weekIndex: number;
  /** The group (lecture or top-level section) this document is listed under. */
  group: { index: number; id: string; label: string };
  id: string;
  title: string;
  /** Headings between the group's heading and the document's, joined with ` › `. */
  path: string;
  kind: DocKind;
  /** `/weeks/<slug>#<id>`. */
  href: string;
};

/** The searchable texts of one document. */
export type DocTexts = { body: string; code: string; tasks: string };

/**
 * The index's documents: what a result shows, and where a document's texts
 * sit in its week's texts file (a week's documents are contiguous, in index order).
 */
export class DocTable {
  private readonly data: SearchIndexData;
  private readonly docWeek: Int32Array;
  /** Index of each week's first document; -1 for a week without documents, then the document count. */
  private readonly weekStart: Int32Array;

  constructor(data: SearchIndexData) {
    this.data = data;
    this.docWeek = new Int32Array(data.docs.length);
    this.weekStart = new Int32Array(data.weeks.length + 1).fill(-1);
    for (const [index, [group]] of data.docs.entries()) {
      const [week] = at(data.groups, group);
      this.docWeek[index] = week;
      if (present(this.weekStart[week], week) < 0) this.weekStart[week] = index;
    }
    this.weekStart[data.weeks.length] = data.docs.length;
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.data.docs.length;
  }

  /** The week a document belongs to. */
  weekOf(doc: number): number {
    return present(this.docWeek[doc], doc);
  }

  /** The document's place among its week's documents, which is its place in the week's texts. */
  positionInWeek(doc: number): number {
    const week = this.weekOf(doc);
    return doc - present(this.weekStart[week], week);
  }

  /** A document as results show it. */
  doc(index: number): DocInfo {
    const [groupIndex, id, title, path, kind] = at(this.data.docs, index);
    const [weekIndex, groupId, groupLabel] = at(this.data.groups, groupIndex);
    const week = at(this.data.weeks, weekIndex);
    const href = sectionHref(week.slug, id);
    return { index, week, weekIndex, group: { index: groupIndex, id: groupId, label: groupLabel }, id, title, path, kind, href };
  }

  /** The texts of a document from its week's texts, or null when they are not given or do not fit this index. */
  docTexts(index: number, texts: WeekTextsData | undefined): DocTexts | null {
    if (!texts) return null;
    // The texts may be older or newer than the index: a missing entry or another id means they do not fit.
    const entry = texts.docs[this.positionInWeek(index)];
    const [, expected] = at(this.data.docs, index);
    if (!entry || entry[0] !== expected || texts.slug !== at(this.data.weeks, this.weekOf(index)).slug) return null;
    return { body: entry[1], code: entry[2], tasks: entry[3] };
  }
}
