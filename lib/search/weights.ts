import { DocKind, Field } from "./format";

/**
 * Every number that decides the order of results, in one place. A document's
 * score for a query word is the word's match weight (how well a dictionary
 * term stands for it, `MATCH_WEIGHTS`) times the field score of the posting
 * (where the term occurs, `FIELD_SCORES`), times the word's idf; the sum over
 * the query's words is then boosted by the document's kind and by a title
 * that holds every word.
 */

/** Weight of a match by field; the body counts more when the word recurs. */
export const FIELD_SCORES: readonly (readonly [field: number, score: number])[] = [
  [Field.title, 10],
  [Field.lecture, 6],
  [Field.tasks, 3],
  [Field.path, 2],
  [Field.body, 1.5],
  [Field.code, 0.8],
  [Field.frequent, 0.9],
];

/** Lectures rank above incidental mentions of the same words. */
export const KIND_BOOST: Readonly<Record<DocKind, number>> = {
  [DocKind.other]: 1,
  [DocKind.lecture]: 1.3,
  [DocKind.sub]: 1.1,
  [DocKind.week]: 1,
};

/** Boost of a document whose title holds every word of the query. */
export const ALL_WORDS_IN_TITLE = 1.5;

/**
 * How well a dictionary term stands for a query word, by how it matched (1 = the
 * word as typed). Typos and a skipped 초성 are fuzzy: they rank below every
 * document that matches the word as written, whatever the weight.
 */
export const MATCH_WEIGHTS = {
  latin: {
    exact: 1,
    /** A word the query begins: `prefix` plus `prefixCoverage` times the share of the word typed (`serv` of `serving`). */
    prefix: 0.7,
    prefixCoverage: 0.25,
    /** Fuzzy, one edit away (`strem` for `stream…`). */
    typo: 0.5,
    /** Fuzzy, two edits away (long words only). */
    twoTypos: 0.35,
  },
  hangul: {
    /** The word itself, or with a particle (`마스크를`). */
    word: 1,
    /** The query without its particle is the whole word (`서울은` for `서울`). */
    stem: 0.95,
    /** A word the query begins, going on past a particle (`문제` for `문제정의`). */
    begins: 0.75,
    /** A word the query without its particle begins. */
    stemBegins: 0.7,
    /** A word the query sits inside (`시간` in `지연시간`). */
    inside: 0.5,
    /** A word the query without its particle sits inside. */
    stemInside: 0.45,
  },
  /** `지연시간` typed where the notes write `지연 시간`. */
  split: {
    /** A half that is a whole word. */
    whole: 1,
    /** A half that ends (first half) or begins (second half) a longer word. */
    part: 0.8,
    /** The pair, times the weaker half. */
    pair: 0.6,
  },
  choseong: {
    /** The 초성 of the whole word (`ㅁㅅㅋ` for 마스크). */
    whole: 0.9,
    /** 초성 that begin the word's (`ㅁㅅ` for 마스크). */
    begins: 0.8,
    /** Two or more 초성 inside the word's (`ㅅㅋ` for 마스크). */
    inside: 0.5,
    /** Fuzzy: the word's 초성 with one skipped (`ㅁㄹㄴ` for 머신러닝). */
    skipped: 0.4,
  },
} as const;
