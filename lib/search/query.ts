import { isChoseongQuery, isConsonantJamoCode, stripParticle } from "./hangul";
import { isGluedParticle, normalize, tokenize } from "./tokenize";

/** One word of a query and how it is matched. */
export type QueryTerm =
  /** Latin letters or digits: exact, prefix, then a small edit distance. */
  | { kind: "latin"; text: string }
  /** Hangul syllables: inside words (particles and compounds), and split across a space. */
  | { kind: "hangul"; text: string; stem: string }
  /** Initial consonants only (`ㅁㅅㅋ`): words whose 초성 start with (or contain) them. */
  | { kind: "choseong"; text: string };

/** Words in quotes that must appear together, in order. */
export type QueryPhrase = { text: string; words: string[] };

/** A query, read. */
export type ParsedQuery = {
  /** The query as typed, NFC, trimmed. */
  text: string;
  /** Every word, phrase words included; a result must match them all. */
  terms: QueryTerm[];
  phrases: QueryPhrase[];
};

/** At most this many words count; a pasted paragraph is not a query. */
const MAX_TERMS = 12;

const QUOTED = /["“”„«»「」『』]([^"“”„«»「」『』]*)["“”„«»「」『』]/gu;

/** Reads a query: quoted phrases, then words by script (a particle glued to a Latin word is dropped). */
export function parseQuery(input: string): ParsedQuery {
  const text = normalize(input).trim();
  const phrases: QueryPhrase[] = [];
  const rest = text.replace(QUOTED, (_match, phrase: string) => {
    const words = phrase.trim().split(/\s+/u).filter(Boolean);
    if (words.length > 0) phrases.push({ text: words.join(" "), words });
    return ` ${phrase} `;
  });
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = `${term.kind}:${term.text}`;
    if (seen.has(key) || terms.length >= MAX_TERMS) return;
    seen.add(key);
    terms.push(term);
  };
  // An unmatched quote (the user is still typing the phrase) is just a separator.
  const tokens = tokenize(rest.replace(/["“”„«»「」『』]/gu, " "));
  for (const [index, token] of tokens.entries()) {
    if (token.script === "latin") {
      add({ kind: "latin", text: token.term });
    } else if (token.script === "hangul") {
      if (token.afterLatin && isGluedParticle(token.term)) continue;
      add({ kind: "hangul", text: token.term, stem: stripParticle(token.term) });
    } else {
      // Jamo right after syllables is a syllable being composed (`마ㅅ` on the way to `마스`): wait for it.
      const previous = tokens[index - 1];
      if (previous?.script === "hangul" && previous.end === token.start) continue;
      const consonants = [...token.term].filter((char) => isConsonantJamoCode(char.charCodeAt(0))).join("");
      if (isChoseongQuery(consonants)) add({ kind: "choseong", text: consonants });
    }
  }
  return { text, terms, phrases };
}
