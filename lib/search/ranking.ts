import { at, present } from "./at";
import type { DocTable } from "./doc-table";
import { decodeNumbers, Field, type SearchIndexData, type WeekTextsData } from "./format";
import type { TermMatch } from "./matching";
import type { ParsedQuery } from "./query";
import { ALL_WORDS_IN_TITLE, FIELD_SCORES, KIND_BOOST, MATCH_WEIGHTS } from "./weights";

/** A ranked result: a document of the index and its score. */
export type Hit = {
  doc: number;
  score: number;
  /** How many query words this document matches only fuzzily (typo, skipped 초성); fewer ranks first. */
  fuzzy: number;
};

/** Supplies a week's texts if they are at hand (loaded in the browser, always on the server). */
export type TextSource = (weekIndex: number) => WeekTextsData | undefined;

/** A term's postings, decoded: per document holding it, the field score and whether it is in the title. */
type Postings = { docs: Int32Array; scores: Float32Array; titles: Uint8Array };

/**
 * Scores documents for matched query words: per word, the best of its matches
 * (match weight × field score) times its idf, summed; documents missing a word
 * are out, fuzzy ones go last. Quoted phrases are checked in the week's texts.
 */
export class Ranking {
  private readonly data: SearchIndexData;
  private readonly table: DocTable;
  private readonly postingText: string[];
  /** Field mask rank -> the sum of the mask's field scores. */
  private readonly maskScores: Float32Array;
  private readonly postingCache = new Map<number, Postings>();
  private readonly haystacks = new WeakMap<WeekTextsData, string[]>();

  constructor(data: SearchIndexData, table: DocTable) {
    this.data = data;
    this.table = table;
    this.postingText = data.postings === "" ? [] : data.postings.split(" ");
    this.maskScores = Float32Array.from(data.masks, (mask) => FIELD_SCORES.reduce((total, [field, score]) => total + (mask & field ? score : 0), 0));
  }

  /** Documents matching every word (and phrase), best first, and the weeks whose texts a phrase check still waits for. */
  rank(query: ParsedQuery, matches: readonly TermMatch[], texts: TextSource | undefined): { hits: Hit[]; pending: number[] } {
    const count = this.table.size;
    const total = new Float64Array(count);
    const titleTerms = new Uint8Array(count);
    const matchedTerms = new Uint8Array(count);
    const fuzzyTerms = new Uint8Array(count);
    for (const match of matches) {
      const { scores, inTitle, exact } = this.termScores(match);
      let df = 0;
      for (let doc = 0; doc < count; doc += 1) if (present(scores[doc], doc) > 0) df += 1;
      if (df === 0) return { hits: [], pending: [] };
      const idf = Math.log(1 + count / df);
      for (let doc = 0; doc < count; doc += 1) {
        const score = present(scores[doc], doc);
        if (score <= 0) continue;
        total[doc] = present(total[doc], doc) + score * idf;
        matchedTerms[doc] = present(matchedTerms[doc], doc) + 1;
        if (inTitle[doc]) titleTerms[doc] = present(titleTerms[doc], doc) + 1;
        if (!exact[doc]) fuzzyTerms[doc] = present(fuzzyTerms[doc], doc) + 1;
      }
    }
    const phrases = query.phrases.map((phrase) => phrase.words.join(" ").toLowerCase());
    const hits: Hit[] = [];
    // Weeks whose texts a phrase check still needs, with the best score waiting on each.
    const pending = new Map<number, number>();
    for (let doc = 0; doc < count; doc += 1) {
      if (matchedTerms[doc] !== matches.length) continue;
      const kind = present(this.data.docs[doc], doc)[4];
      const score = present(total[doc], doc) * KIND_BOOST[kind] * (titleTerms[doc] === matches.length ? ALL_WORDS_IN_TITLE : 1);
      if (phrases.length > 0) {
        const week = this.table.weekOf(doc);
        const haystack = this.haystack(doc, texts?.(week));
        if (haystack === null) {
          // A week no document waited on yet: scores are positive, so 0 is below any.
          pending.set(week, Math.max(pending.get(week) ?? 0, score));
          continue;
        }
        if (!phrases.every((phrase) => haystack.includes(phrase))) continue;
      }
      hits.push({ doc, score, fuzzy: present(fuzzyTerms[doc], doc) });
    }
    hits.sort((a, b) => a.fuzzy - b.fuzzy || b.score - a.score || a.doc - b.doc);
    return { hits, pending: [...pending.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([week]) => week) };
  }

  /**
   * A document's text for phrase checks: lower case, spaces collapsed, one block
   * per line (a phrase never spans two list items); null without its week's texts.
   */
  private haystack(doc: number, texts: WeekTextsData | undefined): string | null {
    if (!texts) return null;
    let cached = this.haystacks.get(texts);
    if (!cached) {
      cached = [];
      this.haystacks.set(texts, cached);
    }
    const position = this.table.positionInWeek(doc);
    // A hole: this document's text has not been asked for yet.
    const known = cached[position];
    if (known !== undefined) return known;
    const own = this.table.docTexts(doc, texts);
    if (!own) return null;
    const [, , title, path] = at(this.data.docs, doc);
    const text = [title, path, own.body, own.tasks, own.code]
      .join("\n")
      .toLowerCase()
      .replace(/[^\S\n]+/gu, " ");
    cached[position] = text;
    return text;
  }

  /** Per document: the best score of any of the word's matches, whether it is in the title, whether any match is not fuzzy. */
  private termScores(match: TermMatch): { scores: Float64Array; inTitle: Uint8Array; exact: Uint8Array } {
    const count = this.table.size;
    const scores = new Float64Array(count);
    const inTitle = new Uint8Array(count);
    const exact = new Uint8Array(count);
    this.accumulate(match.words, scores, inTitle, exact);
    for (const split of match.splits) {
      const left = new Float64Array(count);
      const right = new Float64Array(count);
      const ignored = new Uint8Array(count);
      this.accumulate(split.left, left, ignored, ignored);
      this.accumulate(split.right, right, ignored, ignored);
      for (let doc = 0; doc < count; doc += 1) {
        const a = present(left[doc], doc);
        const b = present(right[doc], doc);
        if (a <= 0 || b <= 0) continue;
        scores[doc] = Math.max(present(scores[doc], doc), MATCH_WEIGHTS.split.pair * Math.min(a, b));
        exact[doc] = 1;
      }
    }
    this.accumulate(match.fuzzy, scores, inTitle, null);
    return { scores, inTitle, exact };
  }

  private accumulate(words: ReadonlyMap<number, number>, scores: Float64Array, inTitle: Uint8Array, exact: Uint8Array | null): void {
    for (const [id, weight] of words) {
      const postings = this.postings(id);
      for (let index = 0; index < postings.docs.length; index += 1) {
        const doc = present(postings.docs[index], index);
        if (exact) exact[doc] = 1;
        const score = weight * present(postings.scores[index], index);
        if (score > present(scores[doc], doc)) {
          scores[doc] = score;
          inTitle[doc] = present(postings.titles[index], index);
        }
      }
    }
  }

  /** A term's postings, decoded on first use; throws on postings that point past the index's tables. */
  private postings(id: number): Postings {
    const cached = this.postingCache.get(id);
    if (cached) return cached;
    const numbers = decodeNumbers(at(this.postingText, id));
    const length = numbers.length >> 1;
    const docs = new Int32Array(length);
    const scores = new Float32Array(length);
    const titles = new Uint8Array(length);
    let doc = 0;
    for (let index = 0; index < length; index += 1) {
      doc += at(numbers, index * 2);
      const rank = at(numbers, index * 2 + 1);
      // The index comes over the network and its postings are decoded only here: refuse what does not fit, as parseSearchIndex does.
      if (doc >= this.table.size || rank >= this.data.masks.length) {
        throw new Error(`search index: the postings of term ${id} point past the documents or field masks`);
      }
      docs[index] = doc;
      scores[index] = present(this.maskScores[rank], rank);
      titles[index] = at(this.data.masks, rank) & Field.title ? 1 : 0;
    }
    const result = { docs, scores, titles };
    this.postingCache.set(id, result);
    return result;
  }
}
