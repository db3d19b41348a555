/**
 * Where a shared link to a section was meant to land: the pure part of the
 * "section not found" hint (components/share/SectionTargetHint.tsx), a client
 * island, so this module imports nothing but the dependency-free lib/urls.
 */

import { safeDecode } from "../urls";

/** A place the reader may have meant: an id on the page and the words that name it. */
export type MatchCandidate = { id: string; text: string };

/**
 * NFC, lower case, letters and digits only: `#3%EA%B0%95-MLOps_Serving`,
 * `3강-mlops-serving` and `(3강) MLOPs Serving` all become `3강mlopsserving`.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Character bigrams with counts; a one-character string is its own "bigram". */
function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(text, 1);
  for (let index = 0; index + 1 < chars.length; index += 1) {
    const gram = `${chars[index]}${chars[index + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of two normalized strings, 0 to 1. */
export function similarity(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const count of right.values()) total += count;
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Below this, a "closest" section is a guess that would mislead more than help. */
export const MIN_SIMILARITY = 0.35;

/**
 * The section a stale or mistyped hash most likely meant, compared by
 * normalized text with both the ids and the heading texts (a hash copied from
 * an older version of the note is usually a renamed heading); null when
 * nothing is close. Earlier candidates win ties, so a lecture beats its sub-headings.
 */
export function closestMatch(hash: string, candidates: readonly MatchCandidate[]): MatchCandidate | null {
  const wanted = normalizeForMatch(safeDecode(hash.replace(/^#/u, "")));
  if (wanted === "") return null;
  let best: MatchCandidate | null = null;
  let bestScore = MIN_SIMILARITY;
  for (const candidate of candidates) {
    const score = Math.max(matchScore(wanted, normalizeForMatch(candidate.id)), matchScore(wanted, normalizeForMatch(candidate.text)));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Dice similarity, raised when one string contains the other: a hash that is
 * the start of a long heading (`#논문-스터디`) names it, though it shares few bigrams.
 */
function matchScore(wanted: string, candidate: string): number {
  const dice = similarity(wanted, candidate);
  const [shorter, longer] = wanted.length <= candidate.length ? [wanted, candidate] : [candidate, wanted];
  if ([...shorter].length < 3 || !longer.includes(shorter)) return dice;
  return Math.max(dice, 0.6 + (0.4 * shorter.length) / longer.length);
}
