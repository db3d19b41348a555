import { at } from "./at";
import type { Dictionary } from "./dictionary";
import { editDistance } from "./distance";
import { isParticle } from "./hangul";
import type { QueryTerm } from "./query";
import { MATCH_WEIGHTS } from "./weights";

/** Dictionary term ids with how well each stands for a query word (`MATCH_WEIGHTS`). */
export type TermWeights = Map<number, number>;

/**
 * A query word's matches: dictionary terms with how well each matches, and
 * splits across a space. Fuzzy matches (typos, a skipped 초성) rank below every
 * document that matches the word as written, whatever the field.
 */
export type TermMatch = {
  term: QueryTerm;
  words: TermWeights;
  fuzzy: TermWeights;
  /** `지연시간` written `지연 시간`: both halves must occur (in the same document). */
  splits: { left: TermWeights; right: TermWeights }[];
};

/** Most dictionary terms one query word may expand to (a one-letter prefix would match thousands). */
const MAX_EXPANSION = 200;

/** The dictionary terms a query word stands for, by its script. */
export function matchTerm(dictionary: Dictionary, term: QueryTerm): TermMatch {
  switch (term.kind) {
    case "latin":
      return { term, ...matchLatin(dictionary, term.text), splits: [] };
    case "hangul":
      return { term, words: matchHangul(dictionary, term.text, term.stem), fuzzy: new Map(), splits: splitHangul(dictionary, term.text) };
    case "choseong":
      return { term, ...matchChoseong(dictionary, term.text), splits: [] };
  }
}

/** Whether a query word matched no term of the notes in any way. */
export function matchedNothing(match: TermMatch): boolean {
  return match.words.size === 0 && match.fuzzy.size === 0 && match.splits.length === 0;
}

/** Exact word, then words it begins, then (nothing else matching) words within a small edit distance. */
function matchLatin(dictionary: Dictionary, text: string): { words: TermWeights; fuzzy: TermWeights } {
  const weights = MATCH_WEIGHTS.latin;
  const { terms } = dictionary;
  const words: TermWeights = new Map();
  const fuzzy: TermWeights = new Map();
  const exact = dictionary.id(text);
  if (exact !== undefined) words.set(exact, weights.exact);
  const prefixed: number[] = [];
  for (let id = dictionary.lowerBound(text); id < terms.length; id += 1) {
    if (!at(terms, id).startsWith(text)) break;
    if (id !== exact) prefixed.push(id);
  }
  prefixed.sort((a, b) => at(terms, a).length - at(terms, b).length);
  for (const id of prefixed.slice(0, MAX_EXPANSION)) {
    words.set(id, weights.prefix + weights.prefixCoverage * (text.length / at(terms, id).length));
  }
  if (words.size > 0 || text.length < 4 || /^\d+$/u.test(text)) return { words, fuzzy };
  const max = text.length >= 8 ? 2 : 1;
  // Typos rarely hit the first letter (Lucene's fuzzy prefix length 1): only words starting with it, or with the second (a swap).
  const first = text.charAt(0);
  const second = text.charAt(1);
  for (const id of dictionary.latinIds) {
    const word = at(terms, id);
    const start = word.charAt(0);
    if (start !== first && !(start === second && word.charAt(1) === first)) continue;
    const distance = editDistance(text, word, max, true);
    if (distance <= max) fuzzy.set(id, distance === 1 ? weights.typo : weights.twoTypos);
  }
  return { words, fuzzy: limit(fuzzy) };
}

/** Words holding the syllables: the word itself or with a particle, words it begins, words it sits inside. */
function matchHangul(dictionary: Dictionary, text: string, stem: string): TermWeights {
  const weights = MATCH_WEIGHTS.hangul;
  const { terms } = dictionary;
  const words: TermWeights = new Map();
  for (const id of dictionary.hangulIds) {
    const word = at(terms, id);
    const found = word.indexOf(text);
    let weight = 0;
    if (found === 0) weight = isParticle(word.slice(text.length)) ? weights.word : weights.begins;
    else if (found > 0) weight = weights.inside;
    else if (stem !== text) {
      const stemFound = word.indexOf(stem);
      if (stemFound === 0) weight = word === stem ? weights.stem : weights.stemBegins;
      else if (stemFound > 0) weight = weights.stemInside;
    }
    if (weight > 0) words.set(id, weight);
  }
  return limit(words);
}

/** `지연시간` against notes that write `지연 시간`: a word ending in the first half, one beginning with the second. */
function splitHangul(dictionary: Dictionary, text: string): TermMatch["splits"] {
  if (text.length < 3) return [];
  const weights = MATCH_WEIGHTS.split;
  const { terms } = dictionary;
  const shortest = text.length === 3 ? 1 : 2;
  const splits: TermMatch["splits"] = [];
  for (let cut = shortest; cut <= text.length - shortest; cut += 1) {
    const head = text.slice(0, cut);
    const tail = text.slice(cut);
    const right: TermWeights = new Map();
    for (let id = dictionary.lowerBound(tail); id < terms.length; id += 1) {
      const word = at(terms, id);
      if (!word.startsWith(tail)) break;
      right.set(id, word === tail ? weights.whole : weights.part);
    }
    if (right.size === 0) continue;
    const left: TermWeights = new Map();
    for (const id of dictionary.hangulIds) {
      const word = at(terms, id);
      if (word.endsWith(head)) left.set(id, word === head ? weights.whole : weights.part);
    }
    if (left.size > 0) splits.push({ left: limit(left), right: limit(right) });
  }
  return splits;
}

/** Words whose 초성 begin with the query or contain it, and (fuzzy, three or more) hold it with one syllable skipped. */
function matchChoseong(dictionary: Dictionary, text: string): { words: TermWeights; fuzzy: TermWeights } {
  const weights = MATCH_WEIGHTS.choseong;
  const words: TermWeights = new Map();
  const fuzzy: TermWeights = new Map();
  const initials = dictionary.initials();
  for (const [position, id] of dictionary.hangulIds.entries()) {
    const word = at(initials, position);
    if (word.startsWith(text)) words.set(id, word.length === text.length ? weights.whole : weights.begins);
    else if (text.length >= 2 && word.includes(text)) words.set(id, weights.inside);
    else if (text.length >= 3 && skipsOne(text, word)) fuzzy.set(id, weights.skipped);
  }
  return { words: limit(words), fuzzy: limit(fuzzy) };
}

/** Keeps the best-weighted `MAX_EXPANSION` words. */
function limit(words: TermWeights): TermWeights {
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
