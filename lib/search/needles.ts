import type { Dictionary } from "./dictionary";
import type { Needle } from "./highlight";
import type { TermMatch } from "./matching";
import type { ParsedQuery } from "./query";
import { MATCH_WEIGHTS } from "./weights";

/** Most dictionary words one query word marks when it stands for them (typos, 초성). */
const MAX_MARKED_WORDS = 40;

/** What to mark for a query: its phrases, its Hangul words (and stems), and for Latin and 초성 words what they matched. */
export function needles(dictionary: Dictionary, query: ParsedQuery, matches: readonly TermMatch[]): Needle[] {
  const found: Needle[] = query.phrases.map((phrase) => ({ kind: "phrase", words: phrase.words }));
  for (const match of matches) {
    const { term } = match;
    if (term.kind === "hangul") {
      found.push({ kind: "hangul", text: term.text });
      if (term.stem !== term.text) found.push({ kind: "hangul", text: term.stem });
      continue;
    }
    // Latin: the query word as a prefix when it matched as one (exact and prefix weights are all at least
    // `prefix`, typo weights below it); otherwise (typos, 초성) the words it stood for.
    const best = [...match.words.entries(), ...match.fuzzy.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_MARKED_WORDS);
    for (const [id, weight] of best) {
      if (term.kind === "latin" && weight >= MATCH_WEIGHTS.latin.prefix) found.push({ kind: "latin", text: term.text });
      else if (term.kind === "latin") found.push({ kind: "latin", text: dictionary.term(id) });
      else found.push({ kind: "hangul", text: dictionary.term(id) });
    }
  }
  return found;
}
