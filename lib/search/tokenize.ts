import { indexStem, isJamoCode, isParticle, isSyllableCode, toCompatibilityJamo } from "./hangul";

/** Which script a word is written in: it decides how the word is matched. */
export type Script = "hangul" | "jamo" | "latin";

/** A word of a text: its folded form and where it stands in the (NFC) text. */
export type Token = {
  /** Lower-cased (Latin) or as written (Hangul). */
  term: string;
  script: Script;
  /** UTF-16 offsets into the normalized text. */
  start: number;
  end: number;
  /** A Hangul run glued to the Latin word before it (`MLOps가`): usually a particle. */
  afterLatin: boolean;
};

/** The text every search step works on: NFC, and stray conjoining 초성 as compatibility jamo. */
export function normalize(text: string): string {
  return toCompatibilityJamo(text.normalize("NFC"));
}

const otherWordChar = /[\p{L}\p{N}\p{M}]/u;

function scriptOf(code: number): Script | null {
  if (isSyllableCode(code)) return "hangul";
  if (isJamoCode(code)) return "jamo";
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return "latin";
  if (code < 0x80) return null;
  return otherWordChar.test(String.fromCharCode(code)) ? "latin" : null;
}

/**
 * The words of a normalized text in order: runs of Hangul syllables, of
 * compatibility jamo, and of other letters and digits (lower-cased). Anything
 * else separates words, so `iris_classifier.pack` gives `iris`, `classifier`,
 * `pack` and `MLOps가` gives `mlops` + `가`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const script = scriptOf(text.charCodeAt(index));
    if (script === null) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && scriptOf(text.charCodeAt(index)) === script) index += 1;
    const raw = text.slice(start, index);
    const previous = tokens.at(-1);
    tokens.push({
      term: script === "latin" ? foldLatin(raw) : raw,
      script,
      start,
      end: index,
      afterLatin: script === "hangul" && previous?.script === "latin" && previous.end === start,
    });
  }
  return tokens;
}

/** Lower case that keeps the length (offsets into the text stay valid). */
function foldLatin(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length === word.length) return lower;
  let result = "";
  for (const char of word) {
    const folded = char.toLowerCase();
    result += folded.length === char.length ? folded : char;
  }
  return result;
}

/**
 * The terms a text contributes to the index: Latin words, and Hangul words
 * without a trailing particle that never ends a noun (`마스크를` -> `마스크`).
 * A particle glued to a Latin word (`MLOps가`) is dropped.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(normalize(text))) {
    if (token.script === "jamo") continue;
    if (token.script === "hangul") {
      if (token.afterLatin && isGluedParticle(token.term)) continue;
      terms.push(indexStem(token.term));
    } else {
      terms.push(token.term);
    }
  }
  return terms;
}

/** A short Hangul run right after a Latin word that is a particle or copula (`가`, `에서`, `이다`), not a word. */
export function isGluedParticle(term: string): boolean {
  return isParticle(term);
}
