import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { normalizeSource, normalizeText } from "@/lib/content/source";

const encoder = new TextEncoder();

/** Bytes from parts: strings as UTF-8, number arrays as raw bytes. */
function bytesOf(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === "string" ? encoder.encode(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The ContentError thrown by `run`, or a failure if none is thrown. */
function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError, nothing was thrown");
}

describe("normalizeSource", () => {
  it("strips a UTF-8 byte order mark", () => {
    expect(normalizeSource(bytesOf([0xef, 0xbb, 0xbf], "# 제목\n"), "content/a.md")).toBe("# 제목\n");
  });

  it("keeps a U+FEFF that is not at the start", () => {
    expect(normalizeSource(bytesOf("a\uFEFFb"), "content/a.md")).toBe("a\uFEFFb");
  });

  it("turns CRLF and lone CR line ends into LF", () => {
    expect(normalizeSource(bytesOf("a\r\nb\rc\n"), "content/a.md")).toBe("a\nb\nc\n");
  });

  it("composes NFD Hangul (as saved on macOS) into NFC", () => {
    const nfd = "한글 노트".normalize("NFD");
    expect(nfd).not.toBe("한글 노트");
    const text = normalizeSource(bytesOf(nfd), "content/a.md");
    expect(text).toBe("한글 노트".normalize("NFC"));
    expect(text.length).toBe(5);
  });

  it("rejects a binary file, naming the line and column of the first NUL byte", () => {
    const error = errorOf(() => normalizeSource(bytesOf("ab\ncd", [0x00, 0x01]), "content/image.md"));
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({ file: "content/image.md", line: 2, column: 3 });
    expect(error.message).toMatch(/^content\/image\.md:2:3 this is a binary file/u);
  });

  it("counts the column of a NUL byte in characters, not bytes", () => {
    // `가나` is two characters but six bytes.
    const error = errorOf(() => normalizeSource(bytesOf("x\n가나", [0x00]), "content/a.md"));
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  it("rejects invalid UTF-8 (an EUC-KR note), naming the line and column", () => {
    // `한` in EUC-KR is C7 D1: C7 cannot start a UTF-8 sequence followed by D1.
    const error = errorOf(() => normalizeSource(bytesOf("# title\n\nab", [0xc7, 0xd1], "\n"), "content/euc.md"));
    expect({ line: error.line, column: error.column }).toEqual({ line: 3, column: 3 });
    expect(error.message).toMatch(/^content\/euc\.md:3:3 the note is not valid UTF-8/u);
  });

  it.each<[string, Uint8Array, number, number]>([
    ["a stray continuation byte on line 1", bytesOf("abc", [0x80], "d"), 1, 4],
    ["after Hangul on the same line (columns are characters)", bytesOf("첫 줄\n가나다", [0xb0, 0xa1]), 2, 4],
    ["a lead byte followed by ASCII points at the lead byte", bytesOf("ab", [0xe6], "Z"), 1, 3],
    ["a lead byte cut off by a line end stays on its own line", bytesOf("x\nab", [0xe6], "\nnext"), 2, 3],
    ["a sequence cut off at the end of the file", bytesOf("ok\n가", [0xea, 0xb0]), 2, 2],
    ["after a BOM, which is not a column", bytesOf([0xef, 0xbb, 0xbf], "ab", [0xff]), 1, 3],
  ])("locates invalid UTF-8: %s", (_name, bytes, line, column) => {
    const error = errorOf(() => normalizeSource(bytes, "content/x.md"));
    expect(error.reason).toMatch(/not valid UTF-8/u);
    expect([error.line, error.column]).toEqual([line, column]);
  });
});

describe("normalizeText", () => {
  it.each([
    ["\uFEFF# t", "# t"],
    ["a\r\n\r\nb", "a\n\nb"],
    ["\u1100\u1161", "\uAC00"],
    ["plain", "plain"],
  ])("%j -> %j", (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });
});
