import type { Week } from "../content/types";
import { type SearchDocument, type SearchWeek, searchWeek, weekDocuments } from "./documents";
import { encodeNumber, Field, INDEX_VERSION, type IndexDoc, type IndexGroup, type SearchIndexData, type WeekTextsData } from "./format";
import { indexTerms } from "./tokenize";

/** A week and its documents, the builder's input. */
export type WeekInput = { week: SearchWeek; documents: SearchDocument[] };

/** The index and, per week, the texts for snippets: everything search serves. */
export type BuiltSearch = { index: SearchIndexData; texts: WeekTextsData[] };

/** Body terms seen this often in one document set the `frequent` bit. */
const FREQUENT = 3;

/** Builds the index and texts for every week (newest first, as the site lists them). */
export function buildSearch(weeks: readonly Week[]): BuiltSearch {
  return buildSearchFrom(weeks.map((week) => ({ week: searchWeek(week), documents: weekDocuments(week) })));
}

/** Builds the index and texts from documents. Pure and deterministic: the same notes give the same bytes. */
export function buildSearchFrom(inputs: readonly WeekInput[]): BuiltSearch {
  const groups: IndexGroup[] = [];
  const docs: IndexDoc[] = [];
  const postings = new Map<string, number[]>();
  const texts: WeekTextsData[] = [];

  for (const [weekIndex, { week, documents }] of inputs.entries()) {
    const groupIndex = new Map<string, number>();
    for (const document of documents) {
      let group = groupIndex.get(document.group.id);
      if (group === undefined) {
        group = groups.length;
        groupIndex.set(document.group.id, group);
        groups.push([weekIndex, document.group.id, document.group.label]);
      }
      const docIndex = docs.length;
      docs.push([group, document.id, document.title, document.trail.join(" › "), document.kind]);
      for (const [term, mask] of documentTerms(document)) {
        let list = postings.get(term);
        if (!list) {
          list = [];
          postings.set(term, list);
        }
        list.push(docIndex, mask);
      }
    }
    texts.push({
      version: INDEX_VERSION,
      slug: week.slug,
      docs: documents.map((document) => [document.id, document.body, document.code, document.tasks]),
    });
  }

  const terms = [...postings.keys()].sort(compareTerms);
  const masks = masksByFrequency(postings.values());
  const rank = new Map(masks.map((mask, index) => [mask, index]));
  const encoded = terms.map((term) => {
    const list = postings.get(term) ?? [];
    let text = "";
    let previous = 0;
    for (let index = 0; index < list.length; index += 2) {
      const doc = list[index] ?? 0;
      text += encodeNumber(doc - previous) + encodeNumber(rank.get(list[index + 1] ?? 0) ?? 0);
      previous = doc;
    }
    return text;
  });

  return {
    index: {
      version: INDEX_VERSION,
      weeks: inputs.map(({ week }) => week),
      groups,
      docs,
      terms: terms.join(" "),
      postings: encoded.join(" "),
      masks,
    },
    texts,
  };
}

/** Code-unit order, the order the engine's binary search assumes. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every term of a document with the fields it occurs in. */
function documentTerms(document: SearchDocument): Map<string, number> {
  const masks = new Map<string, number>();
  const add = (text: string, field: number) => {
    for (const term of indexTerms(text)) masks.set(term, (masks.get(term) ?? 0) | field);
  };
  add(document.title, Field.title);
  add(document.lecture, Field.lecture);
  add(document.path.join("\n"), Field.path);
  add(document.tasks, Field.tasks);
  add(document.code, Field.code);
  const counts = new Map<string, number>();
  for (const term of indexTerms(document.body)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, count] of counts) {
    masks.set(term, (masks.get(term) ?? 0) | Field.body | (count >= FREQUENT ? Field.frequent : 0));
  }
  return masks;
}

/** Distinct field masks, most used first, so the common ones encode in one digit. */
function masksByFrequency(lists: Iterable<number[]>): number[] {
  const counts = new Map<number, number>();
  for (const list of lists) {
    for (let index = 1; index < list.length; index += 2) {
      const mask = list[index] ?? 0;
      counts.set(mask, (counts.get(mask) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([mask]) => mask);
}
