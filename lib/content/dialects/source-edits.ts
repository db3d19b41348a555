import type { Root } from "mdast";
import type { Point } from "unist";
import { visit } from "unist-util-visit";

/**
 * One change to a note's source before Markdown reads it: the text from
 * `start` to `end` (offsets in the note as written) becomes `text`.
 * An edit never adds or removes a line break, so every line of the note keeps
 * its number; only the columns after an edit on the same line move, and
 * `restorePositions` moves them back.
 */
export type SourceEdit = { start: number; end: number; text: string };

/** A stretch of the note that is code or math: Liquid and shortcodes in it are the author's example, not a template. */
export type LiteralRange = { start: number; end: number };

/** The note as written, its lines indexed, for turning offsets into `line:column`. */
export type SourceText = { value: string; lineStarts: readonly number[] };

/**
 * Hand-written instead of vfile-location (which would be a new direct dependency
 * in the shared package.json): it is a sorted array and a binary search.
 */
export function indexLines(value: string): SourceText {
  const lineStarts = [0];
  for (let at = value.indexOf("\n"); at !== -1; at = value.indexOf("\n", at + 1)) lineStarts.push(at + 1);
  return { value, lineStarts };
}

/** The `line:column` (1-based) of an offset of the note. */
export function pointAt(source: SourceText, offset: number): Required<Pick<Point, "line" | "column" | "offset">> {
  const clamped = Math.max(0, Math.min(offset, source.value.length));
  let low = 0;
  let high = source.lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((source.lineStarts[middle] ?? 0) <= clamped) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: clamped - (source.lineStarts[low] ?? 0) + 1, offset: clamped };
}

/** The start and end offsets of the line holding `offset` (end excludes the line break). */
export function lineAround(value: string, offset: number): { start: number; end: number } {
  const start = value.lastIndexOf("\n", offset - 1) + 1;
  const newline = value.indexOf("\n", offset);
  return { start, end: newline === -1 ? value.length : newline };
}

/** Where code and math stand in a parsed note (offsets of the text that was parsed). */
export function literalRanges(tree: Root): LiteralRange[] {
  const ranges: LiteralRange[] = [];
  visit(tree, (node) => {
    if (node.type !== "code" && node.type !== "inlineCode" && node.type !== "math" && node.type !== "inlineMath") return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push({ start, end });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** Whether `offset` falls inside one of the (sorted) ranges. */
export function insideRanges(ranges: readonly LiteralRange[], offset: number): boolean {
  return ranges.some((range) => range.start <= offset && offset < range.end);
}

type PlacedEdit = SourceEdit & { newStart: number; newEnd: number };

/** The note with the edits made, and the way back from the edited text's offsets to the note's. */
export type EditedSource = {
  text: string;
  /** Puts every position of a tree parsed from `text` back where the author wrote it. */
  restorePositions: (tree: Root) => void;
};

/**
 * Make the edits (they must not overlap; a zero-width insertion may share its
 * start with a replacement and goes first). Throws on an edit that changes
 * the number of lines: that is a bug in a reader, not a problem of the note.
 */
export function applyEdits(value: string, edits: readonly SourceEdit[]): EditedSource {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const placed: PlacedEdit[] = [];
  let text = "";
  let copied = 0;
  for (const edit of sorted) {
    if (edit.start < copied) throw new Error(`overlapping source edits at offset ${edit.start}`);
    if (lineBreaks(value.slice(edit.start, edit.end)) !== lineBreaks(edit.text)) {
      throw new Error(`a source edit at offset ${edit.start} changes the number of lines`);
    }
    text += value.slice(copied, edit.start);
    const newStart = text.length;
    text += edit.text;
    placed.push({ ...edit, newStart, newEnd: text.length });
    copied = edit.end;
  }
  text += value.slice(copied);
  const source = indexLines(value);

  /** Offset in the edited text -> offset in the note: inside a replacement, its start (or its end, for an end point). */
  const original = (offset: number, isEnd: boolean): number => {
    let delta = 0;
    for (const edit of placed) {
      if (offset < edit.newStart) break;
      if (offset === edit.newStart) {
        if (edit.newEnd > edit.newStart) return edit.start;
        // Text deleted here: what starts at this point came after it, what ends here came before it.
        return isEnd ? edit.start : edit.end;
      }
      if (offset < edit.newEnd) return isEnd ? edit.end : edit.start;
      delta = edit.end - edit.newEnd;
    }
    return offset + delta;
  };

  const restorePositions = (tree: Root) => {
    if (placed.length === 0) return;
    visit(tree, (node) => {
      const position = node.position;
      if (position?.start.offset === undefined || position.end.offset === undefined) return;
      position.start = pointAt(source, original(position.start.offset, false));
      position.end = pointAt(source, original(position.end.offset, true));
    });
  };
  return { text, restorePositions };
}

function lineBreaks(text: string): number {
  let count = 0;
  for (const character of text) if (character === "\n") count += 1;
  return count;
}
