import { at } from "./at";
import { signature } from "./distance";
import { choseong, isSyllableCode, toJamo } from "./hangul";

/**
 * The index's sorted term dictionary, read once per index: term ids by word,
 * the Hangul and the Latin terms apart (each query word is compared with its
 * own script only), and, built on first need, their 초성, jamo spellings and
 * character signatures.
 */
export class Dictionary {
  readonly terms: readonly string[];
  /** Ids of the terms that start with a Hangul syllable, in dictionary order. */
  readonly hangulIds: readonly number[];
  readonly latinIds: readonly number[];
  private readonly ids = new Map<string, number>();
  private choseongs: string[] | null = null;
  private jamos: string[] | null = null;
  private latinSignatures: Int32Array | null = null;
  private jamoSignatures: Int32Array | null = null;

  constructor(terms: string) {
    this.terms = terms === "" ? [] : terms.split(" ");
    const hangulIds: number[] = [];
    const latinIds: number[] = [];
    for (const [id, term] of this.terms.entries()) {
      this.ids.set(term, id);
      if (isSyllableCode(term.charCodeAt(0))) hangulIds.push(id);
      else latinIds.push(id);
    }
    this.hangulIds = hangulIds;
    this.latinIds = latinIds;
  }

  /** The term with this id. */
  term(id: number): string {
    return at(this.terms, id);
  }

  /** The id of a term, or undefined when the notes never use the word. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** First term id not sorting before `text`. */
  lowerBound(text: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (at(this.terms, middle) < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The 초성 of the Hangul terms, in `hangulIds` order. */
  initials(): readonly string[] {
    this.choseongs ??= this.hangulIds.map((id) => choseong(this.term(id)));
    return this.choseongs;
  }

  /** The jamo spelling of the Hangul terms, in `hangulIds` order, for spelling distance. */
  spellings(): readonly string[] {
    this.jamos ??= this.hangulIds.map((id) => toJamo(this.term(id)));
    return this.jamos;
  }

  /** Character-set signatures (`signature`) of the Latin terms, or of the Hangul terms' jamo, in id-list order. */
  signatures(latin: boolean): Int32Array {
    if (latin) {
      this.latinSignatures ??= Int32Array.from(this.latinIds, (id) => signature(this.term(id)));
      return this.latinSignatures;
    }
    this.jamoSignatures ??= Int32Array.from(this.spellings(), signature);
    return this.jamoSignatures;
  }
}
