import { ContentError } from "./errors";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turn a note's bytes into the text every later step sees: UTF-8 checked,
 * BOM removed, line ends LF, Hangul composed (NFC) so that NFD notes written
 * on macOS match, search and slug the same as NFC ones.
 */
export function normalizeSource(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = locateByte(bytes, nul);
    throw new ContentError(file, line, column, "this is a binary file, not a Markdown note; remove it from content/ or save the note as UTF-8 text");
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const { line, column } = locateByte(bytes, firstInvalidUtf8(bytes));
    throw new ContentError(file, line, column, "the note is not valid UTF-8; re-save it with UTF-8 encoding (e.g. from EUC-KR/CP949)");
  }
  return normalizeText(text);
}

/** BOM, line ends and Unicode normalisation for text that is already decoded. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

function locateByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < index; at += 1) {
    if (bytes[at] === 0x0a) {
      line += 1;
      lineStart = at + 1;
    }
  }
  // Editors count columns in characters, not bytes: `가` is one column but three bytes.
  // The default decoder drops a leading BOM, which no editor shows as a column either.
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, index));
  return { line, column: before.length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Streaming decode tolerates a cut-off sequence at the end, so the shortest
  // prefix that fails ends exactly at the first invalid byte.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(bytes.subarray(0, middle + 1), true)) low = middle + 1;
    else high = middle;
  }
  // The byte that fails may end a sequence begun up to three bytes earlier
  // (`E6 41`, or a sequence cut off by the end of the file): point at its lead byte.
  let start = low;
  while (start > 0 && low - start < 3 && !decodes(bytes.subarray(0, start), false)) start -= 1;
  return start;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
