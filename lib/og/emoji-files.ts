/**
 * Which Twemoji SVG draws a grapheme. Pure: the caller lists the files of the
 * installed emoji set (`@discordapp/twemoji`'s `dist/svg/`) once.
 *
 * Twemoji names a file by the emoji's code points in lower-case hex joined by
 * `-`, but its rule for U+FE0F (the emoji variation selector) is irregular:
 * `2764.svg` (❤️) drops it, `1f3f3-fe0f-200d-1f308.svg` (🏳️‍🌈) keeps it,
 * `1f441-200d-1f5e8.svg` (👁️‍🗨️) drops it inside a ZWJ sequence. Writers type
 * emoji with and without FE0F (keyboards differ, `:heart:` shortcodes give
 * the bare form). So files are indexed by their name without any FE0F, and a
 * grapheme is looked up the same way: every spelling finds the one file.
 */

const VARIATION_SELECTOR_16 = 0xfe0f;

/** A grapheme's lookup key: its code points in lower-case hex, FE0F left out, joined by `-`. */
export function emojiKey(grapheme: string): string {
  const points: string[] = [];
  for (const char of grapheme) {
    const point = char.codePointAt(0);
    if (point === undefined || point === VARIATION_SELECTOR_16) continue;
    points.push(point.toString(16));
  }
  return points.join("-");
}

/** Lookup key → file name, from the file names of an emoji set's SVG folder (`1f469-200d-1f4bb.svg`). */
export function indexEmojiFiles(fileNames: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const name of fileNames) {
    const match = /^([0-9a-f]+(?:-[0-9a-f]+)*)\.svg$/u.exec(name);
    if (!match?.[1]) continue;
    const key = match[1]
      .split("-")
      .filter((hex) => Number.parseInt(hex, 16) !== VARIATION_SELECTOR_16)
      .join("-");
    // Two spellings of one key would make the lookup a guess; keep the first and let the caller's test catch it.
    if (!index.has(key)) index.set(key, name);
  }
  return index;
}

/** The SVG file that draws this grapheme, or null when the set has none. */
export function emojiFile(index: ReadonlyMap<string, string>, grapheme: string): string | null {
  const key = emojiKey(grapheme);
  return key === "" ? null : (index.get(key) ?? null);
}

/**
 * Whether the writer meant a picture rather than a text symbol: a default-emoji
 * character (🎉), an explicit FE0F (❤️), a ZWJ sequence, a skin tone, a keycap,
 * a flag (regional indicator pair or tag sequence). `©`, `™`, `↔` and `#`
 * alone are text and stay in the font when the font has them.
 */
export function meantAsEmoji(grapheme: string): boolean {
  return /\p{Emoji_Presentation}|\uFE0F|\u200D|\u20E3|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u{E0020}-\u{E007F}]/u.test(grapheme);
}
