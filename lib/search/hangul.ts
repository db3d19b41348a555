/**
 * Hangul helpers for search: syllable tests, 초성 (initial consonants),
 * jamo decomposition for spelling distance, particle stripping and the
 * 두벌식 keyboard mapping (Korean typed with the IME off, and the reverse).
 * Pure string code, shared by the index builder and the browser.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const JUNGSEONG_COUNT = 21;
const JONGSEONG_COUNT = 28;
const PER_CHOSEONG = JUNGSEONG_COUNT * JONGSEONG_COUNT;

/** The 19 initial consonants as compatibility jamo (what a keyboard types), in Unicode order. */
const CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
/** The 21 vowels as compatibility jamo. */
const JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
/** The 27 final consonants (index 0 is "none") as compatibility jamo; clusters kept as one jamo. */
const JONGSEONG = [
  "",
  "ㄱ",
  "ㄲ",
  "ㄳ",
  "ㄴ",
  "ㄵ",
  "ㄶ",
  "ㄷ",
  "ㄹ",
  "ㄺ",
  "ㄻ",
  "ㄼ",
  "ㄽ",
  "ㄾ",
  "ㄿ",
  "ㅀ",
  "ㅁ",
  "ㅂ",
  "ㅄ",
  "ㅅ",
  "ㅆ",
  "ㅇ",
  "ㅈ",
  "ㅊ",
  "ㅋ",
  "ㅌ",
  "ㅍ",
  "ㅎ",
];

/** Whether a UTF-16 code unit is a precomposed Hangul syllable (가-힣). */
export function isSyllableCode(code: number): boolean {
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** Whether a code unit is a Hangul compatibility jamo (ㄱ-ㅣ), what the keyboard types before composing. */
export function isJamoCode(code: number): boolean {
  return code >= 0x3131 && code <= 0x318e;
}

/** Whether a code unit is a consonant compatibility jamo (ㄱ-ㅎ). */
export function isConsonantJamoCode(code: number): boolean {
  return code >= 0x3131 && code <= 0x314e;
}

/** Whether every character of `text` is a Hangul syllable. */
export function isHangulWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    if (!isSyllableCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/** The initial consonants of a word's syllables (`마스크` -> `ㅁㅅㅋ`); other characters are kept. */
export function choseong(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    result += isSyllableCode(code) ? (CHOSEONG[Math.floor((code - SYLLABLE_FIRST) / PER_CHOSEONG)] ?? "") : text.charAt(index);
  }
  return result;
}

/** Conjoining initial consonants (U+1100-U+1112, what NFD text holds) as compatibility jamo. */
export function toCompatibilityJamo(text: string): string {
  return text.replace(/[\u1100-\u1112]/gu, (jamo) => CHOSEONG.charAt(jamo.charCodeAt(0) - 0x1100));
}

/** Whether `text` consists of 초성 only (`ㅁㅅㅋ`), the shape of an initial-consonant query. */
export function isChoseongQuery(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    if (!CHOSEONG.includes(text.charAt(index))) return false;
  }
  return true;
}

/** Syllables -> a string of compatibility jamo (`닝` -> `ㄴㅣㅇ`), for spelling distance between Korean words. */
export function toJamo(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isSyllableCode(code)) {
      result += text.charAt(index);
      continue;
    }
    const offset = code - SYLLABLE_FIRST;
    result += CHOSEONG.charAt(Math.floor(offset / PER_CHOSEONG));
    result += JUNGSEONG.charAt(Math.floor((offset % PER_CHOSEONG) / JONGSEONG_COUNT));
    result += JONGSEONG[offset % JONGSEONG_COUNT] ?? "";
  }
  return result;
}

/**
 * Particles (조사) and a few copula endings that follow a noun, longest first.
 * A query word is also tried without one (`마스크를` -> `마스크`); the word as
 * typed is always tried first, so a wrong strip costs a little precision, never recall.
 */
const PARTICLES = [
  "에서부터",
  "으로부터",
  "이라는",
  "에서는",
  "에서도",
  "으로는",
  "으로도",
  "까지는",
  "부터는",
  "에게서",
  "이라고",
  "입니다",
  "에서",
  "에선",
  "에게",
  "한테",
  "으로",
  "까지",
  "부터",
  "처럼",
  "보다",
  "이나",
  "이랑",
  "에는",
  "에도",
  "라는",
  "라고",
  "이다",
  "이며",
  "이고",
  "하고",
  "와의",
  "과의",
  "로서",
  "로써",
  "만의",
  "들이",
  "들은",
  "들을",
  "들의",
  "들도",
  "를",
  "을",
  "는",
  "은",
  "이",
  "가",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "나",
  "랑",
  "들",
  "엔",
];

/**
 * The particles the index strips from the words of the notes: only those that
 * (almost) never end a noun themselves. `도` (정확도), `의` (문제정의), `가`
 * (재평가), `이` (고양이) stay, since an index term can only be matched by
 * the syllables it keeps; a query finds `마스크가` anyway, as a word it begins.
 */
const INDEX_PARTICLES = PARTICLES.filter((particle) => particle.length > 1 || "를을는은".includes(particle));

function strip(word: string, particles: readonly string[]): string {
  for (const particle of particles) {
    if (word.length - particle.length >= 2 && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  return word;
}

/**
 * The word without a trailing particle (`마스크를` -> `마스크`, `데이터에서` -> `데이터`),
 * or the word itself when nothing is stripped. At least two syllables remain,
 * so `정의` and `회의` stay whole.
 */
export function stripParticle(word: string): string {
  return strip(word, PARTICLES);
}

/** The form of a word of the notes that the index keeps: safe particles stripped (`모델을` -> `모델`, `정확도` kept). */
export function indexStem(word: string): string {
  return strip(word, INDEX_PARTICLES);
}

/** Whether `rest` (what follows a matched word) is a particle or ending, so the match is the whole word. */
export function isParticle(rest: string): boolean {
  return rest.length === 0 || PARTICLES.includes(rest);
}

/* ---------------------------------------------------------------- 두벌식 keyboard */

const KEYS_TO_JAMO: Readonly<Record<string, string>> = {
  q: "ㅂ",
  w: "ㅈ",
  e: "ㄷ",
  r: "ㄱ",
  t: "ㅅ",
  y: "ㅛ",
  u: "ㅕ",
  i: "ㅑ",
  o: "ㅐ",
  p: "ㅔ",
  a: "ㅁ",
  s: "ㄴ",
  d: "ㅇ",
  f: "ㄹ",
  g: "ㅎ",
  h: "ㅗ",
  j: "ㅓ",
  k: "ㅏ",
  l: "ㅣ",
  z: "ㅋ",
  x: "ㅌ",
  c: "ㅊ",
  v: "ㅍ",
  b: "ㅠ",
  n: "ㅜ",
  m: "ㅡ",
  Q: "ㅃ",
  W: "ㅉ",
  E: "ㄸ",
  R: "ㄲ",
  T: "ㅆ",
  O: "ㅒ",
  P: "ㅖ",
};

const JAMO_TO_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(KEYS_TO_JAMO).map(([key, jamo]) => [jamo, key.toLowerCase()]));

/** Vowel pairs typed as two keys (`ㅗ`+`ㅏ` -> `ㅘ`). */
const VOWEL_PAIRS: Readonly<Record<string, string>> = {
  ㅗㅏ: "ㅘ",
  ㅗㅐ: "ㅙ",
  ㅗㅣ: "ㅚ",
  ㅜㅓ: "ㅝ",
  ㅜㅔ: "ㅞ",
  ㅜㅣ: "ㅟ",
  ㅡㅣ: "ㅢ",
};

/** Final-consonant clusters typed as two keys (`ㄹ`+`ㄱ` -> `ㄺ`). */
const FINAL_PAIRS: Readonly<Record<string, string>> = {
  ㄱㅅ: "ㄳ",
  ㄴㅈ: "ㄵ",
  ㄴㅎ: "ㄶ",
  ㄹㄱ: "ㄺ",
  ㄹㅁ: "ㄻ",
  ㄹㅂ: "ㄼ",
  ㄹㅅ: "ㄽ",
  ㄹㅌ: "ㄾ",
  ㄹㅍ: "ㄿ",
  ㄹㅎ: "ㅀ",
  ㅂㅅ: "ㅄ",
};

function isVowel(jamo: string): boolean {
  return jamo.length === 1 && JUNGSEONG.includes(jamo);
}

function isInitial(jamo: string): boolean {
  return jamo.length === 1 && CHOSEONG.includes(jamo);
}

function compose(initial: string, vowel: string, final: string): string {
  const l = CHOSEONG.indexOf(initial);
  const v = JUNGSEONG.indexOf(vowel);
  const t = JONGSEONG.indexOf(final);
  if (l < 0 || v < 0 || t < 0) return initial + vowel + final;
  return String.fromCharCode(SYLLABLE_FIRST + l * PER_CHOSEONG + v * JONGSEONG_COUNT + t);
}

/**
 * Latin letters typed on a 두벌식 keyboard with the Korean IME off, composed
 * into Hangul (`akdtmzm` -> `마스크`), or null when the letters cannot be
 * Korean (a run without vowels, or keys outside the layout).
 */
export function latinKeysToHangul(keys: string): string | null {
  const jamo: string[] = [];
  for (const key of keys) {
    const mapped = KEYS_TO_JAMO[key] ?? KEYS_TO_JAMO[key.toLowerCase()];
    if (!mapped) return null;
    jamo.push(mapped);
  }
  if (!jamo.some(isVowel)) return null;
  let result = "";
  let index = 0;
  while (index < jamo.length) {
    const current = jamo[index] ?? "";
    const next = jamo[index + 1] ?? "";
    if (!isInitial(current) || !isVowel(next)) {
      result += current;
      index += 1;
      continue;
    }
    // Initial consonant + vowel (+ second vowel) (+ final consonant(s) not starting the next syllable).
    let vowel = next;
    let at = index + 2;
    const pair = VOWEL_PAIRS[vowel + (jamo[at] ?? "")];
    if (pair) {
      vowel = pair;
      at += 1;
    }
    let final = "";
    const first = jamo[at] ?? "";
    if (JONGSEONG.includes(first) && first !== "" && !isVowel(jamo[at + 1] ?? "")) {
      final = first;
      at += 1;
      const cluster = FINAL_PAIRS[final + (jamo[at] ?? "")];
      if (cluster && !isVowel(jamo[at + 1] ?? "")) {
        final = cluster;
        at += 1;
      }
    }
    result += compose(current, vowel, final);
    index = at;
  }
  return result;
}

/** Hangul typed while the keyboard was meant to type Latin letters (`ㄴㄷㄱ퍄ㅜㅎ` -> `serving`), lower case. */
export function hangulToLatinKeys(text: string): string | null {
  let result = "";
  for (const jamo of toJamo(text)) {
    const keys = JAMO_TO_KEYS.get(jamo) ?? splitCompound(jamo);
    if (keys === null) return null;
    result += keys;
  }
  return result;
}

function splitCompound(jamo: string): string | null {
  for (const [pair, compound] of [...Object.entries(VOWEL_PAIRS), ...Object.entries(FINAL_PAIRS)]) {
    if (compound !== jamo) continue;
    const first = JAMO_TO_KEYS.get(pair.charAt(0));
    const second = JAMO_TO_KEYS.get(pair.charAt(1));
    return first && second ? first + second : null;
  }
  return null;
}
