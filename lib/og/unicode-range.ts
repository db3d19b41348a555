/**
 * The CSS `unicode-range` lists of a Fontsource package's `unicode.json`
 * (`{"[37]": "U+4e00-4e8c,U+4f3c", "math": "U+2200-22ff"}`): which subset file
 * to open for a character, so a card opens only the few files its text needs.
 */

/** One inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** A subset of a font package: its file-name id (`37`, `korean`, `math`) and the characters it declares. */
export type FontSubset = { id: string; ranges: CodePointRange[] };

/** `U+4e00-4e8c,U+4f3c` → [[0x4e00, 0x4e8c], [0x4f3c, 0x4f3c]]; a part that is not a range is skipped. */
export function parseUnicodeRange(text: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const part of text.split(",")) {
    const match = /^\s*U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/iu.exec(part);
    if (!match?.[1]) continue;
    const first = Number.parseInt(match[1], 16);
    const last = match[2] ? Number.parseInt(match[2], 16) : first;
    if (last >= first) ranges.push([first, last]);
  }
  return ranges;
}

/** The subsets of a `unicode.json`; numbered keys (`[37]`) are named by their number, as in the file names. */
export function parseSubsets(unicodeJson: Record<string, string>): FontSubset[] {
  return Object.entries(unicodeJson).map(([key, range]) => ({ id: key.replace(/^\[(\d+)\]$/u, "$1"), ranges: parseUnicodeRange(range) }));
}

/** The subsets whose declared ranges hold the code point, in file order. */
export function subsetsHolding(subsets: readonly FontSubset[], codePoint: number): FontSubset[] {
  return subsets.filter((subset) => subset.ranges.some(([first, last]) => codePoint >= first && codePoint <= last));
}
