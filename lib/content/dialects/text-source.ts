import type { Text } from "mdast";
import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import { location } from "vfile-location";

/** Where one character of a text node's value was written in the note. */
export type SourceChar = {
  /** Offset in the note as written. */
  offset: number;
  /** Whether the author escaped it (`\[`, `\=`, `\%`), so it must not start or end a construct. */
  escaped: boolean;
};

/**
 * Reads a text node's value back onto the note as written. micromark merges
 * character escapes, entity references and the `> ` of quotes into one text
 * node, so a value index is not a source offset; the dialect readers need
 * both the place (to report `file:line:col`) and whether a `[[`, `==` or `%%`
 * was escaped. Hand-written: no unified utility keeps that map.
 */
export type TextSource = {
  /** The source of the character at `index` of the value, or null when the node has no position. */
  char: (index: number) => SourceChar | null;
  /** The `line:column` of a value index (the end of the node for `index === value.length`). */
  point: (index: number) => Point | null;
  /** The position of the value's characters `start` (inclusive) to `end` (exclusive). */
  position: (start: number, end: number) => Position | undefined;
};

const asciiPunctuation = /^[!-/:-@[-`{-~]$/u;

/** The map from `node.value` to the note held by `file` (its `value` is the note as written). */
export function textSource(node: Text, file: VFile): TextSource {
  const source = typeof file.value === "string" ? file.value : String(file.value ?? "");
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const place = location(file);
  let chars: SourceChar[] | null = null;

  const map = (): SourceChar[] | null => {
    if (start === undefined || end === undefined) return null;
    chars ??= align(node.value, source, start, end);
    return chars;
  };
  const char = (index: number): SourceChar | null => map()?.[index] ?? null;
  const point = (index: number): Point | null => {
    const mapped = map();
    if (!mapped || end === undefined) return null;
    const offset = index >= node.value.length ? end : mapped[index]?.offset;
    if (offset === undefined) return null;
    const found = place.toPoint(offset);
    return found ? { line: found.line, column: found.column, offset } : null;
  };
  const position = (from: number, to: number): Position | undefined => {
    const first = point(from);
    const lastChar = to > from ? char(to - 1) : null;
    const endOffset = lastChar ? lastChar.offset + 1 : undefined;
    const after = endOffset === undefined ? undefined : place.toPoint(endOffset);
    if (!first) return undefined;
    return { start: first, end: after && endOffset !== undefined ? { line: after.line, column: after.column, offset: endOffset } : first };
  };
  return { char, point, position };
}

/**
 * Walks value and source side by side. A source character the value does not
 * have (a quote's `> `, an indent, the rest of an entity) is skipped; a
 * backslash before ASCII punctuation the value has marks that character escaped.
 */
function align(value: string, source: string, start: number, end: number): SourceChar[] {
  const chars: SourceChar[] = [];
  let at = start;
  for (const character of value) {
    let found: SourceChar | null = null;
    while (at < end && found === null) {
      const current = source[at];
      const next = source.slice(at + 1, at + 1 + character.length);
      if (current === "\\" && next === character && asciiPunctuation.test(character)) {
        found = { offset: at + 1, escaped: true };
        at += 2;
      } else if (source.startsWith(character, at)) {
        found = { offset: at, escaped: false };
        at += character.length;
      } else {
        at += 1;
      }
    }
    // Past the node's end (the value holds what the source does not): keep the last place.
    const fallback = chars.at(-1)?.offset ?? start;
    for (let unit = 0; unit < character.length; unit += 1) chars.push(found ? { offset: found.offset + unit, escaped: found.escaped } : { offset: fallback, escaped: false });
  }
  return chars;
}
