/** Collapse whitespace and compose Hangul, so a task keeps its id through cosmetic edits. */
export function normalizeTaskText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A short, stable FNV-1a hash of a text, in base 36 (no crypto needed: ids, not secrets). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

/** Hands out ids, adding `-2`, `-3`, ... to repeats so every id stays unique. */
export class OccurrenceCounter {
  private readonly seen = new Map<string, number>();

  /** `reserved` ids are never handed out as they are: the first of each gets `-2`. */
  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.seen.set(id, 1);
  }

  /** The id itself the first time, then `id-2`, `id-3`, ... */
  next(id: string): string {
    const count = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  }
}

/**
 * Where a node starts, as `line:column`: the one key that joins the model
 * (read from mdast) to the rendered hast, whose nodes keep their source
 * positions; "" for a node that has none.
 */
export function sourceKey(start: { readonly line: number; readonly column: number } | null | undefined): string {
  return start ? `${start.line}:${start.column}` : "";
}
