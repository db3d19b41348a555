import { Dictionary } from "./dictionary";
import { type DocInfo, DocTable, type DocTexts } from "./doc-table";
import type { SearchIndexData, WeekTextsData } from "./format";
import { Highlighter } from "./highlight";
import { matchTerm } from "./matching";
import { needles } from "./needles";
import { type ParsedQuery, parseQuery } from "./query";
import { type Hit, Ranking, type TextSource } from "./ranking";
import { type Suggestion, suggest } from "./suggestions";

export type { DocInfo, DocTexts, Hit, Suggestion, TextSource };

/** Everything a result list needs about a query. */
export type SearchOutcome = {
  query: ParsedQuery;
  /** Best first, at most `limit`. */
  hits: Hit[];
  /** How many documents matched in all (before `limit`). */
  total: number;
  /** Weeks whose texts are needed to check quoted phrases, most promising first; their documents are left out until given. */
  pending: number[];
  suggestion: Suggestion | null;
  /** Marks the query's matches in titles and texts. */
  highlighter: Highlighter;
};

export type SearchOptions = { limit?: number; texts?: TextSource };

/**
 * Search over a loaded index. Build once per index; `search` is synchronous and
 * allocation-light. The parts: the term dictionary (dictionary.ts), matching
 * query words to its terms (matching.ts, weights in weights.ts), ranking the
 * documents (ranking.ts), what to highlight (needles.ts) and suggestions when
 * nothing matched (suggestions.ts).
 */
export class SearchEngine {
  readonly data: SearchIndexData;
  private readonly dictionary: Dictionary;
  private readonly table: DocTable;
  private readonly ranking: Ranking;

  constructor(data: SearchIndexData) {
    this.data = data;
    this.dictionary = new Dictionary(data.terms);
    this.table = new DocTable(data);
    this.ranking = new Ranking(data, this.table);
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.table.size;
  }

  /** A document as results show it. */
  doc(index: number): DocInfo {
    return this.table.doc(index);
  }

  /** The texts of a document from its week's texts, or null when they are not given or do not fit this index. */
  docTexts(index: number, texts: WeekTextsData | undefined): DocTexts | null {
    return this.table.docTexts(index, texts);
  }

  /** Ranked documents for a query; every word must match (in any field). */
  search(input: string, options: SearchOptions = {}): SearchOutcome {
    const limit = options.limit ?? 50;
    const query = parseQuery(input);
    const matches = query.terms.map((term) => matchTerm(this.dictionary, term));
    const highlighter = new Highlighter(needles(this.dictionary, query, matches));
    if (matches.length === 0) return { query, hits: [], total: 0, pending: [], suggestion: null, highlighter };

    const { hits, pending } = this.ranking.rank(query, matches, options.texts);
    const suggestion = hits.length === 0 && pending.length === 0 ? suggest(this.dictionary, query, matches, (text) => this.finds(text)) : null;
    return { query, hits: hits.slice(0, limit), total: hits.length, pending, suggestion, highlighter };
  }

  /** Whether a query (a suggestion) finds anything, phrases aside. */
  private finds(text: string): boolean {
    const query = parseQuery(text);
    if (query.terms.length === 0) return false;
    return (
      this.ranking.rank(
        query,
        query.terms.map((term) => matchTerm(this.dictionary, term)),
        undefined,
      ).hits.length > 0
    );
  }
}
