/** Rows reused across calls: the distance runs over thousands of dictionary words per query. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * swaps of neighbours each cost 1), cut off at `max`: anything further returns
 * `max + 1`. With `prefix`, the distance to the closest prefix of `b`, so a
 * word being typed (`strem`) is close to `streamlit`.
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  const width = (prefix ? Math.min(b.length, a.length + max) : b.length) + 1;
  if (!prefix && Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const char = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j += 1) {
      const other = b.charCodeAt(j - 1);
      let value = (previous[j - 1] ?? 0) + (char === other ? 0 : 1);
      const insert = (current[j - 1] ?? 0) + 1;
      const remove = (previous[j] ?? 0) + 1;
      if (insert < value) value = insert;
      if (remove < value) value = remove;
      if (i > 1 && j > 1 && char === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        const swap = (before[j - 2] ?? 0) + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  let result = previous[width - 1] ?? max + 1;
  if (prefix) {
    for (let j = Math.max(0, a.length - max); j < width; j += 1) result = Math.min(result, previous[j] ?? result);
  }
  return Math.min(result, max + 1);
}

/**
 * A 32-bit set of the characters of a text (code mod 32). One edit changes at
 * most two bits, so texts whose sets differ in more than `2 × max` bits are
 * further apart than `max`: a cheap test before the distance itself.
 */
export function signature(text: string): number {
  let bits = 0;
  for (let index = 0; index < text.length; index += 1) bits |= 1 << (text.charCodeAt(index) & 31);
  return bits;
}

/** Bits set in a 32-bit number. */
export function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
