import { at, present } from "./at";
import type { Dictionary } from "./dictionary";
import { bitCount, editDistance, signature } from "./distance";
import { choseong, hangulToLatinKeys, isHangulWord, isJamoCode, isSyllableCode, latinKeysToHangul, toJamo } from "./hangul";
import { matchedNothing, type TermMatch } from "./matching";
import type { ParsedQuery, QueryTerm } from "./query";
import { isGluedParticle, tokenize } from "./tokenize";

/** A query that would have found something, offered when nothing matched. */
export type Suggestion = {
  query: string;
  /** `keyboard`: typed with the wrong input mode; `spelling`: a close word; `choseong`: a word with the same 초성. */
  reason: "keyboard" | "spelling" | "choseong";
};

/** A dictionary word to put in place of a query word that matched nothing. */
type Replacement = { word: string; reason: Suggestion["reason"] };

/**
 * Suggests a query when nothing matched: the query typed in the other input
 * mode, or each word that matched nothing replaced by the closest word of the
 * notes, in the query as the reader typed it. `finds` tells whether a query
 * would have results.
 */
export function suggest(
  dictionary: Dictionary,
  query: ParsedQuery,
  matches: readonly TermMatch[],
  finds: (text: string) => boolean,
): Suggestion | null {
  const typed = query.text.replace(/["“”„«»「」『』]/gu, " ").trim();
  // The whole query typed in the wrong input mode: `akdtmzm` for 마스크, `ㄴㄷㄱ퍄ㅜㅎ` for serving.
  const swapped = typed
    .split(/\s+/u)
    .map((word) => (/^[a-zA-Z]+$/u.test(word) ? wholeSyllables(latinKeysToHangul(word)) : hasHangul(word) ? hangulToLatinKeys(word) : word));
  if (swapped.every((word): word is string => word !== null)) {
    const candidate = swapped.join(" ");
    if (candidate !== typed && finds(candidate)) return { query: candidate, reason: "keyboard" };
  }
  // Otherwise replace each word that matched nothing by the closest word of the notes.
  const replacements = new Map<string, Replacement>();
  for (const match of matches) {
    if (!matchedNothing(match)) continue;
    const replacement = closest(dictionary, match.term);
    if (replacement) replacements.set(match.term.text, replacement);
  }
  const candidate = replaceWords(typed, replacements);
  const reason = [...replacements.values()].some((replacement) => replacement.reason === "choseong") ? "choseong" : "spelling";
  return candidate !== typed && finds(candidate) ? { query: candidate, reason } : null;
}

/**
 * `typed` with its words replaced where they are written, whatever their case
 * (the query's words are lower-cased, the reader's `Dokkr` is not), and in the
 * reader's case (`Dokkr` -> `Docker`); everything else stays as typed.
 */
function replaceWords(typed: string, replacements: ReadonlyMap<string, Replacement>): string {
  if (replacements.size === 0) return typed;
  let result = "";
  let from = 0;
  // Offsets of the tokens are into `typed` itself: it is already normalized, and lower-casing keeps lengths.
  for (const token of tokenize(typed)) {
    if (token.script === "hangul" && token.afterLatin && isGluedParticle(token.term)) continue;
    const replacement = replacements.get(token.term);
    if (!replacement) continue;
    result += typed.slice(from, token.start) + inCaseOf(typed.slice(token.start, token.end), replacement.word);
    from = token.end;
  }
  return result + typed.slice(from);
}

/** `word` in the case the reader typed `written` in: all capitals, a first capital, or as the notes have it. */
function inCaseOf(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return word.toUpperCase();
  const first = written.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** The dictionary word closest to one that matched nothing: by spelling (jamo for Korean), else by 초성. */
function closest(dictionary: Dictionary, term: QueryTerm): Replacement | null {
  if (term.kind === "choseong") return null;
  const latin = term.kind === "latin";
  const ids = latin ? dictionary.latinIds : dictionary.hangulIds;
  const words = latin ? null : dictionary.spellings();
  const signatures = dictionary.signatures(latin);
  const key = latin ? term.text : toJamo(term.text);
  const keySignature = signature(key);
  // Further than typo tolerance goes: Latin one to three letters by length; Korean one jamo in short words, two in longer ones.
  const max = latin ? (term.text.length <= 4 ? 1 : term.text.length <= 8 ? 2 : 3) : term.text.length <= 2 ? 1 : 2;
  let best: { id: number; distance: number } | null = null;
  for (const [position, id] of ids.entries()) {
    const bound = best ? Math.min(best.distance, max) : max;
    if (bitCount(keySignature ^ present(signatures[position], position)) > 2 * bound) continue;
    const word = words ? at(words, position) : dictionary.term(id);
    const distance = editDistance(key, word, bound);
    if (distance <= max && (!best || distance < best.distance)) best = { id, distance };
  }
  if (best) return { word: dictionary.term(best.id), reason: "spelling" };
  // Two syllables share their 초성 with too many words to mean anything.
  if (latin || term.text.length < 3) return null;
  const wanted = choseong(term.text);
  const position = dictionary.initials().indexOf(wanted);
  return position < 0 ? null : { word: dictionary.term(at(dictionary.hangulIds, position)), reason: "choseong" };
}

/** Keys that compose into whole syllables only (`aktmzm` -> 마스크); stray jamo mean it was English after all. */
function wholeSyllables(text: string | null): string | null {
  return text !== null && isHangulWord(text) ? text : null;
}

/** Whether a word holds any Hangul, syllables or jamo (`ㄴㄷㄱ퍄ㅜㅎ`). */
function hasHangul(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (isSyllableCode(code) || isJamoCode(code)) return true;
  }
  return false;
}
