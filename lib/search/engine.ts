import { bitCount, editDistance, signature } from "./distance";
import { DocKind, decodeNumbers, Field, type IndexWeek, type SearchIndexData, type WeekTextsData } from "./format";
import { choseong, hangulToLatinKeys, isParticle, latinKeysToHangul, toJamo } from "./hangul";
import { Highlighter, type Needle } from "./highlight";
import { type ParsedQuery, parseQuery, type QueryTerm } from "./query";

/** A ranked result: a document of the index and its score. */
export type Hit = {
  doc: number;
  score: number;
  /** How many query words this document matches only fuzzily (typo, skipped 초성); fewer ranks first. */
  fuzzy: number;
};

/** A query that would have found something, offered when nothing matched. */
export type Suggestion = {
  query: string;
  /** `keyboard`: typed with the wrong input mode; `spelling`: a close word; `choseong`: a word with the same 초성. */
  reason: "keyboard" | "spelling" | "choseong";
};

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

/** Supplies a week's texts if they are at hand (loaded in the browser, always on the server). */
export type TextSource = (weekIndex: number) => WeekTextsData | undefined;

export type SearchOptions = { limit?: number; texts?: TextSource };

/** Weight of a match by field; the body counts more when the word recurs. */
const FIELD_SCORES: readonly [number, number][] = [
  [Field.title, 10],
  [Field.lecture, 6],
  [Field.tasks, 3],
  [Field.path, 2],
  [Field.body, 1.5],
  [Field.code, 0.8],
  [Field.frequent, 0.9],
];

const KIND_BOOST: Readonly<Record<DocKind, number>> = {
  [DocKind.other]: 1,
  [DocKind.lecture]: 1.3,
  [DocKind.sub]: 1.1,
  [DocKind.week]: 1,
};

/**
 * A query word's matches: dictionary terms with how well each matches, and
 * splits across a space. Fuzzy matches (typos, a skipped 초성) rank below every
 * document that matches the word as written, whatever the field.
 */
type TermMatch = {
  term: QueryTerm;
  words: Map<number, number>;
  fuzzy: Map<number, number>;
  /** `지연시간` written `지연 시간`: both halves must occur (in the same document). */
  splits: { left: Map<number, number>; right: Map<number, number> }[];
};

/** Most dictionary terms one query word may expand to (a one-letter prefix would match thousands). */
const MAX_EXPANSION = 200;

/** Search over a loaded index. Build once per index; `search` is synchronous and allocation-light. */
export class SearchEngine {
  readonly data: SearchIndexData;
  private readonly terms: string[];
  private readonly postingText: string[];
  private readonly termIds = new Map<string, number>();
  private readonly hangulIds: number[] = [];
  private readonly latinIds: number[] = [];
  private choseongs: string[] | null = null;
  private jamos: string[] | null = null;
  private latinSignatures: Int32Array | null = null;
  private jamoSignatures: Int32Array | null = null;
  private readonly haystacks = new WeakMap<WeekTextsData, string[]>();
  private readonly postingCache = new Map<number, { docs: Int32Array; scores: Float32Array; titles: Uint8Array }>();
  private readonly docWeek: Int32Array;
  private readonly weekStart: Int32Array;
  private readonly maskScores: Float32Array;

  constructor(data: SearchIndexData) {
    this.data = data;
    this.terms = data.terms === "" ? [] : data.terms.split(" ");
    this.postingText = data.postings === "" ? [] : data.postings.split(" ");
    for (const [id, term] of this.terms.entries()) {
      this.termIds.set(term, id);
      const code = term.charCodeAt(0);
      if (code >= 0xac00 && code <= 0xd7a3) this.hangulIds.push(id);
      else this.latinIds.push(id);
    }
    this.docWeek = new Int32Array(data.docs.length);
    this.weekStart = new Int32Array(data.weeks.length + 1).fill(-1);
    for (const [index, [group]] of data.docs.entries()) {
      const week = data.groups[group]?.[0] ?? 0;
      this.docWeek[index] = week;
      if ((this.weekStart[week] ?? 0) < 0) this.weekStart[week] = index;
    }
    this.weekStart[data.weeks.length] = data.docs.length;
    this.maskScores = Float32Array.from(data.masks, (mask) =>
      FIELD_SCORES.reduce((total, [field, score]) => total + (mask & field ? score : 0), 0),
    );
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.data.docs.length;
  }

  /** A document as results show it. */
  doc(index: number): DocInfo {
    const [groupIndex, id, title, path, kind] = this.data.docs[index] ?? [0, "", "", "", DocKind.other];
    const [weekIndex, groupId, groupLabel] = this.data.groups[groupIndex] ?? [0, "", ""];
    const week = this.data.weeks[weekIndex] ?? { slug: "", title: "", label: "", folder: "" };
    const href = `/weeks/${encodeURIComponent(week.slug)}${id ? `#${encodeURIComponent(id)}` : ""}`;
    return { index, week, weekIndex, group: { index: groupIndex, id: groupId, label: groupLabel }, id, title, path, kind, href };
  }

  /** The texts of a document from its week's texts, or null when they are not given or do not fit this index. */
  docTexts(index: number, texts: WeekTextsData | undefined): { body: string; code: string; tasks: string } | null {
    if (!texts) return null;
    const week = this.docWeek[index] ?? 0;
    const entry = texts.docs[index - (this.weekStart[week] ?? 0)];
    const expected = this.data.docs[index]?.[1];
    if (!entry || entry[0] !== expected || texts.slug !== this.data.weeks[week]?.slug) return null;
    return { body: entry[1], code: entry[2], tasks: entry[3] };
  }

  /** Ranked documents for a query; every word must match (in any field). */
  search(input: string, options: SearchOptions = {}): SearchOutcome {
    const limit = options.limit ?? 50;
    const query = parseQuery(input);
    const matches = query.terms.map((term) => this.match(term));
    const highlighter = new Highlighter(this.needles(query, matches));
    if (matches.length === 0) return { query, hits: [], total: 0, pending: [], suggestion: null, highlighter };

    const { hits, pending } = this.rank(query, matches, options.texts);
    const suggestion = hits.length === 0 && pending.length === 0 ? this.suggest(query, matches) : null;
    return { query, hits: hits.slice(0, limit), total: hits.length, pending, suggestion, highlighter };
  }

  private rank(query: ParsedQuery, matches: readonly TermMatch[], texts: TextSource | undefined): { hits: Hit[]; pending: number[] } {
    const count = this.data.docs.length;
    const total = new Float64Array(count);
    const titleTerms = new Uint8Array(count);
    const matchedTerms = new Uint8Array(count);
    const fuzzyTerms = new Uint8Array(count);
    for (const match of matches) {
      const { scores, inTitle, exact } = this.termScores(match);
      let df = 0;
      for (let doc = 0; doc < count; doc += 1) if ((scores[doc] ?? 0) > 0) df += 1;
      if (df === 0) return { hits: [], pending: [] };
      const idf = Math.log(1 + count / df);
      for (let doc = 0; doc < count; doc += 1) {
        const score = scores[doc] ?? 0;
        if (score <= 0) continue;
        total[doc] = (total[doc] ?? 0) + score * idf;
        matchedTerms[doc] = (matchedTerms[doc] ?? 0) + 1;
        if (inTitle[doc]) titleTerms[doc] = (titleTerms[doc] ?? 0) + 1;
        if (!exact[doc]) fuzzyTerms[doc] = (fuzzyTerms[doc] ?? 0) + 1;
      }
    }
    const phrases = query.phrases.map((phrase) => phrase.words.join(" ").toLowerCase());
    const hits: Hit[] = [];
    // Weeks whose texts a phrase check still needs, with the best score waiting on each.
    const pending = new Map<number, number>();
    for (let doc = 0; doc < count; doc += 1) {
      if (matchedTerms[doc] !== matches.length) continue;
      const kind = this.data.docs[doc]?.[4] ?? DocKind.other;
      const score = (total[doc] ?? 0) * KIND_BOOST[kind] * (titleTerms[doc] === matches.length ? 1.5 : 1);
      if (phrases.length > 0) {
        const week = this.docWeek[doc] ?? 0;
        const haystack = this.haystack(doc, texts?.(week));
        if (haystack === null) {
          pending.set(week, Math.max(pending.get(week) ?? 0, score));
          continue;
        }
        if (!phrases.every((phrase) => haystack.includes(phrase))) continue;
      }
      hits.push({ doc, score, fuzzy: fuzzyTerms[doc] ?? 0 });
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
    const week = this.docWeek[doc] ?? 0;
    const position = doc - (this.weekStart[week] ?? 0);
    const known = cached[position];
    if (known !== undefined) return known;
    const own = this.docTexts(doc, texts);
    if (!own) return null;
    const [, , title, path] = this.data.docs[doc] ?? [0, "", "", ""];
    const text = [title, path, own.body, own.tasks, own.code].join("\n").toLowerCase().replace(/[^\S\n]+/gu, " ");
    cached[position] = text;
    return text;
  }

  /** Per document: the best score of any of the word's matches, whether it is in the title, whether any match is not fuzzy. */
  private termScores(match: TermMatch): { scores: Float64Array; inTitle: Uint8Array; exact: Uint8Array } {
    const count = this.data.docs.length;
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
        const a = left[doc] ?? 0;
        const b = right[doc] ?? 0;
        if (a <= 0 || b <= 0) continue;
        scores[doc] = Math.max(scores[doc] ?? 0, 0.6 * Math.min(a, b));
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
        const doc = postings.docs[index] ?? 0;
        if (exact) exact[doc] = 1;
        const score = weight * (postings.scores[index] ?? 0);
        if (score > (scores[doc] ?? 0)) {
          scores[doc] = score;
          inTitle[doc] = postings.titles[index] ?? 0;
        }
      }
    }
  }

  private postings(id: number): { docs: Int32Array; scores: Float32Array; titles: Uint8Array } {
    const cached = this.postingCache.get(id);
    if (cached) return cached;
    const numbers = decodeNumbers(this.postingText[id] ?? "");
    const length = numbers.length >> 1;
    const docs = new Int32Array(length);
    const scores = new Float32Array(length);
    const titles = new Uint8Array(length);
    let doc = 0;
    for (let index = 0; index < length; index += 1) {
      doc += numbers[index * 2] ?? 0;
      const rank = numbers[index * 2 + 1] ?? 0;
      docs[index] = doc;
      scores[index] = this.maskScores[rank] ?? 0;
      titles[index] = (this.data.masks[rank] ?? 0) & Field.title ? 1 : 0;
    }
    const result = { docs, scores, titles };
    this.postingCache.set(id, result);
    return result;
  }

  /* ------------------------------------------------------------ matching words */

  private match(term: QueryTerm): TermMatch {
    switch (term.kind) {
      case "latin":
        return { term, ...this.matchLatin(term.text), splits: [] };
      case "hangul":
        return { term, words: this.matchHangul(term.text, term.stem), fuzzy: new Map(), splits: this.splitHangul(term.text) };
      case "choseong":
        return { term, ...this.matchChoseong(term.text), splits: [] };
    }
  }

  /** Exact word, then words it begins, then (nothing else matching) words within a small edit distance. */
  private matchLatin(text: string): { words: Map<number, number>; fuzzy: Map<number, number> } {
    const words = new Map<number, number>();
    const fuzzy = new Map<number, number>();
    const exact = this.termIds.get(text);
    if (exact !== undefined) words.set(exact, 1);
    const prefixed: number[] = [];
    for (let id = this.lowerBound(text); id < this.terms.length; id += 1) {
      const word = this.terms[id] ?? "";
      if (!word.startsWith(text)) break;
      if (id !== exact) prefixed.push(id);
    }
    prefixed.sort((a, b) => (this.terms[a]?.length ?? 0) - (this.terms[b]?.length ?? 0));
    for (const id of prefixed.slice(0, MAX_EXPANSION)) {
      words.set(id, 0.7 + 0.25 * (text.length / (this.terms[id]?.length ?? text.length)));
    }
    if (words.size > 0 || text.length < 4 || /^\d+$/u.test(text)) return { words, fuzzy };
    const max = text.length >= 8 ? 2 : 1;
    // Typos rarely hit the first letter (Lucene's fuzzy prefix length 1): only words starting with it, or with the second (a swap).
    const first = text.charAt(0);
    const second = text.charAt(1);
    for (const id of this.latinIds) {
      const word = this.terms[id] ?? "";
      const start = word.charAt(0);
      if (start !== first && !(start === second && word.charAt(1) === first)) continue;
      const distance = editDistance(text, word, max, true);
      if (distance <= max) fuzzy.set(id, distance === 1 ? 0.5 : 0.35);
    }
    return { words, fuzzy: limit(fuzzy) };
  }

  /** Words holding the syllables: the word itself or with a particle, words it begins, words it sits inside. */
  private matchHangul(text: string, stem: string): Map<number, number> {
    const words = new Map<number, number>();
    for (const id of this.hangulIds) {
      const word = this.terms[id] ?? "";
      const at = word.indexOf(text);
      let weight = 0;
      if (at === 0) weight = isParticle(word.slice(text.length)) ? 1 : 0.75;
      else if (at > 0) weight = 0.5;
      else if (stem !== text) {
        const stemAt = word.indexOf(stem);
        if (stemAt === 0) weight = word === stem ? 0.95 : 0.7;
        else if (stemAt > 0) weight = 0.45;
      }
      if (weight > 0) words.set(id, weight);
    }
    return limit(words);
  }

  /** `지연시간` against notes that write `지연 시간`: a word ending in the first half, one beginning with the second. */
  private splitHangul(text: string): TermMatch["splits"] {
    if (text.length < 3) return [];
    const shortest = text.length === 3 ? 1 : 2;
    const splits: TermMatch["splits"] = [];
    for (let cut = shortest; cut <= text.length - shortest; cut += 1) {
      const head = text.slice(0, cut);
      const tail = text.slice(cut);
      const right = new Map<number, number>();
      for (let id = this.lowerBound(tail); id < this.terms.length; id += 1) {
        const word = this.terms[id] ?? "";
        if (!word.startsWith(tail)) break;
        right.set(id, word === tail ? 1 : 0.8);
      }
      if (right.size === 0) continue;
      const left = new Map<number, number>();
      for (const id of this.hangulIds) {
        const word = this.terms[id] ?? "";
        if (word.endsWith(head)) left.set(id, word === head ? 1 : 0.8);
      }
      if (left.size > 0) splits.push({ left: limit(left), right: limit(right) });
    }
    return splits;
  }

  /** Words whose 초성 begin with the query or contain it, and (fuzzy, three or more) hold it with one syllable skipped. */
  private matchChoseong(text: string): { words: Map<number, number>; fuzzy: Map<number, number> } {
    const words = new Map<number, number>();
    const fuzzy = new Map<number, number>();
    const initials = this.initials();
    for (const [position, id] of this.hangulIds.entries()) {
      const word = initials[position] ?? "";
      if (word.startsWith(text)) words.set(id, word.length === text.length ? 0.9 : 0.8);
      else if (text.length >= 2 && word.includes(text)) words.set(id, 0.5);
      else if (text.length >= 3 && skipsOne(text, word)) fuzzy.set(id, 0.4);
    }
    return { words: limit(words), fuzzy: limit(fuzzy) };
  }

  private initials(): string[] {
    this.choseongs ??= this.hangulIds.map((id) => choseong(this.terms[id] ?? ""));
    return this.choseongs;
  }

  /** First term id not sorting before `text`. */
  private lowerBound(text: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.terms[middle] ?? "") < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /* ------------------------------------------------------------- highlighting */

  private needles(query: ParsedQuery, matches: readonly TermMatch[]): Needle[] {
    const needles: Needle[] = query.phrases.map((phrase) => ({ kind: "phrase", words: phrase.words }));
    for (const match of matches) {
      const { term } = match;
      if (term.kind === "hangul") {
        needles.push({ kind: "hangul", text: term.text });
        if (term.stem !== term.text) needles.push({ kind: "hangul", text: term.stem });
        continue;
      }
      // Latin: the query word as a prefix when it matched as one; otherwise (typos, 초성) the words it stood for.
      const best = [...match.words.entries(), ...match.fuzzy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
      for (const [id, weight] of best) {
        if (term.kind === "latin" && weight >= 0.7) needles.push({ kind: "latin", text: term.text });
        else if (term.kind === "latin") needles.push({ kind: "latin", text: this.terms[id] ?? "" });
        else needles.push({ kind: "hangul", text: this.terms[id] ?? "" });
      }
    }
    return needles;
  }

  /* -------------------------------------------------------------- suggestions */

  private suggest(query: ParsedQuery, matches: readonly TermMatch[]): Suggestion | null {
    const typed = query.text.replace(/["“”„«»「」『』]/gu, " ").trim();
    // The whole query typed in the wrong input mode: `akdtmzm` for 마스크, `ㄴㄷㄱ퍄ㅜㅎ` for serving.
    const swapped = typed
      .split(/\s+/u)
      .map((word) => (/^[a-zA-Z]+$/u.test(word) ? wholeSyllables(latinKeysToHangul(word)) : /[\u3131-\u318e\uac00-\ud7a3]/u.test(word) ? hangulToLatinKeys(word) : word));
    if (swapped.every((word): word is string => word !== null)) {
      const candidate = swapped.join(" ");
      if (candidate !== typed && this.finds(candidate)) return { query: candidate, reason: "keyboard" };
    }
    // Otherwise replace each word that matched nothing by the closest word of the notes.
    let candidate = typed;
    let reason: Suggestion["reason"] = "spelling";
    for (const match of matches) {
      if (match.words.size > 0 || match.fuzzy.size > 0 || match.splits.length > 0) continue;
      const replacement = this.closest(match.term);
      if (!replacement) continue;
      candidate = candidate.replace(match.term.text, replacement.word);
      if (replacement.reason === "choseong") reason = "choseong";
    }
    return candidate !== typed && this.finds(candidate) ? { query: candidate, reason } : null;
  }

  private finds(text: string): boolean {
    const query = parseQuery(text);
    return query.terms.length > 0 && this.rank(query, query.terms.map((term) => this.match(term)), undefined).hits.length > 0;
  }

  /** The dictionary word closest to one that matched nothing: by spelling (jamo for Korean), else by 초성. */
  private closest(term: QueryTerm): { word: string; reason: Suggestion["reason"] } | null {
    if (term.kind === "choseong") return null;
    const latin = term.kind === "latin";
    const ids = latin ? this.latinIds : this.hangulIds;
    const spelled = latin ? null : this.spellings();
    const signatures = this.signatures(latin);
    const key = latin ? term.text : toJamo(term.text);
    const keySignature = signature(key);
    // Further than typo tolerance goes: Latin one to three letters by length; Korean one jamo in short words, two in longer ones.
    const max = latin ? (term.text.length <= 4 ? 1 : term.text.length <= 8 ? 2 : 3) : term.text.length <= 2 ? 1 : 2;
    let best: { id: number; distance: number } | null = null;
    for (const [position, id] of ids.entries()) {
      const bound = best ? Math.min(best.distance, max) : max;
      if (bitCount(keySignature ^ (signatures[position] ?? 0)) > 2 * bound) continue;
      const word = spelled ? (spelled[position] ?? "") : (this.terms[id] ?? "");
      const distance = editDistance(key, word, bound);
      if (distance <= max && (!best || distance < best.distance)) best = { id, distance };
    }
    if (best) return { word: this.terms[best.id] ?? "", reason: "spelling" };
    // Two syllables share their 초성 with too many words to mean anything.
    if (latin || term.text.length < 3) return null;
    const wanted = choseong(term.text);
    const position = this.initials().findIndex((initial) => initial === wanted);
    const id = this.hangulIds[position];
    return position >= 0 && id !== undefined ? { word: this.terms[id] ?? "", reason: "choseong" } : null;
  }

  /** Character-set signatures of the Latin terms, or of the Hangul terms' jamo, in id-list order. */
  private signatures(latin: boolean): Int32Array {
    if (latin) this.latinSignatures ??= Int32Array.from(this.latinIds, (id) => signature(this.terms[id] ?? ""));
    else this.jamoSignatures ??= Int32Array.from(this.spellings(), signature);
    return (latin ? this.latinSignatures : this.jamoSignatures) ?? new Int32Array(0);
  }

  private spellings(): string[] {
    this.jamos ??= this.hangulIds.map((id) => toJamo(this.terms[id] ?? ""));
    return this.jamos;
  }
}

/** Keys that compose into whole syllables only (`aktmzm` -> 마스크); stray jamo mean it was English after all. */
function wholeSyllables(text: string | null): string | null {
  return text !== null && /^[\uac00-\ud7a3]+$/u.test(text) ? text : null;
}

/** Keeps the best-weighted `MAX_EXPANSION` words. */
function limit(words: Map<number, number>): Map<number, number> {
  if (words.size <= MAX_EXPANSION) return words;
  return new Map([...words.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_EXPANSION));
}

/** Whether `query` is `word` with one letter skipped, from the first letter on (`ㅁㄹㄴ` in `ㅁㅅㄹㄴ`). */
function skipsOne(query: string, word: string): boolean {
  if (word.length < query.length + 1 || word.charAt(0) !== query.charAt(0)) return false;
  for (let skip = 1; skip <= query.length; skip += 1) {
    if (word.startsWith(query.slice(0, skip)) && word.startsWith(query.slice(skip), skip + 1)) return true;
  }
  return false;
}
