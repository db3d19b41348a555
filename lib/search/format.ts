/**
 * The serialised search index and the per-week texts, their compact encodings,
 * and validation of both when they arrive over the network. Shared by the
 * builder (server) and the engine (browser).
 *
 * The index holds what matching and ranking need: a document table, a sorted
 * term dictionary and, per term, its postings (document + fields the term
 * occurs in). The texts used for snippets and phrase checks are kept apart,
 * one small file per week, fetched only for the weeks a result list shows.
 */

export const INDEX_VERSION = 1;

/** Fields a term can occur in, as bits of a posting's field mask. */
export const Field = {
  /** The section's own heading. */
  title: 1,
  /** Label, title and speaker of the lectures the section holds the notes of. */
  lecture: 2,
  /** Headings above the section, the lecture's among them. */
  path: 4,
  /** The lecture's self-study tasks. */
  tasks: 8,
  /** Prose of the section. */
  body: 16,
  /** Code blocks of the section. */
  code: 32,
  /** Set with `body` when the term occurs three times or more there. */
  frequent: 64,
} as const;

/** What a document is, for ranking: lectures rank above incidental mentions. */
export const DocKind = { other: 0, lecture: 1, sub: 2, week: 3 } as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

/** A week as results show it. */
export type IndexWeek = {
  slug: string;
  title: string;
  /** `Week 8`, or the title when the note has no number. */
  label: string;
  /** The folders the note lives in, as readers see them (`alice › Week_2`); empty at the root. */
  folder: string;
};

/** Results are grouped by lecture (or top-level section): `[week index, anchor id, label]`. */
export type IndexGroup = [week: number, id: string, label: string];

/** `[group index, anchor id ("" = top of the page), heading text, headings between the group's and it (" › "), kind]`. */
export type IndexDoc = [group: number, id: string, title: string, path: string, kind: DocKind];

/** The index as served at `/search/index.json`. */
export type SearchIndexData = {
  version: typeof INDEX_VERSION;
  weeks: IndexWeek[];
  groups: IndexGroup[];
  /** Documents in week order; a week's documents are contiguous. */
  docs: IndexDoc[];
  /** Sorted terms, separated by single spaces (terms never contain spaces). */
  terms: string;
  /** One encoded posting list per term, same order, separated by single spaces. */
  postings: string;
  /** Field masks by frequency rank: postings store the rank (small numbers, short codes). */
  masks: number[];
};

/** The searchable texts of one document: `[anchor id, body, code, tasks]`. */
export type TextDoc = [id: string, body: string, code: string, tasks: string];

/** One week's texts, as served at `/search/text/<slug>.json`, documents in index order. */
export type WeekTextsData = {
  version: typeof INDEX_VERSION;
  slug: string;
  docs: TextDoc[];
};

/** Where the index is served (app/search/index.json/route.ts). */
export const INDEX_URL = "/search/index.json";

/** Where a week's texts are served (app/search/text/[file]/route.ts); the slug may be Korean. */
export function textsUrl(slug: string): string {
  return `/search/text/${encodeURIComponent(slug)}.json`;
}

/* ------------------------------------------------------------ varint strings */

/**
 * 64 characters safe in JSON and URLs. A digit carries 5 bits; the first 32
 * characters end a number, the other 32 say that more digits follow.
 */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const DIGIT_VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < DIGITS.length; index += 1) DIGIT_VALUES[DIGITS.charCodeAt(index)] = index;

/** Appends a non-negative integer, least significant 5 bits first. */
export function encodeNumber(value: number): string {
  let rest = value;
  let text = "";
  while (rest >= 32) {
    text += DIGITS.charAt(32 + (rest % 32));
    rest = Math.floor(rest / 32);
  }
  return text + DIGITS.charAt(rest);
}

/** Every number of an encoded string, in order; throws on a character outside the alphabet. */
export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let scale = 1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const digit = code < 128 ? (DIGIT_VALUES[code] ?? -1) : -1;
    if (digit < 0) throw new Error(`search index: unexpected character ${JSON.stringify(text.charAt(index))} in postings`);
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
    } else {
      numbers.push(value + digit * scale);
      value = 0;
      scale = 1;
    }
  }
  if (scale !== 1) throw new Error("search index: postings end in the middle of a number");
  return numbers;
}

/* ---------------------------------------------------------------- validation */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isKind(value: unknown): value is DocKind {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

function fail(what: string): never {
  throw new Error(`search index: ${what}`);
}

function readWeek(value: unknown): IndexWeek {
  if (!isRecord(value)) fail("a week is not an object");
  const { slug, title, label, folder } = value;
  if (!isString(slug) || !isString(title) || !isString(label) || !isString(folder)) fail("a week lacks slug, title, label or folder");
  return { slug, title, label, folder };
}

function readGroup(value: unknown, weeks: number): IndexGroup {
  if (!Array.isArray(value) || value.length !== 3) fail("a group is not a triple");
  const [week, id, label] = value;
  if (!isIndex(week) || week >= weeks || !isString(id) || !isString(label)) fail("a group is malformed");
  return [week, id, label];
}

function readDoc(value: unknown, groups: number): IndexDoc {
  if (!Array.isArray(value) || value.length !== 5) fail("a document is not a 5-tuple");
  const [group, id, title, path, kind] = value;
  if (!isIndex(group) || group >= groups || !isString(id) || !isString(title) || !isString(path) || !isKind(kind)) {
    fail("a document is malformed");
  }
  return [group, id, title, path, kind];
}

/** The index fetched from the server, checked field by field (a stale or foreign file is refused, not trusted). */
export function parseSearchIndex(value: unknown): SearchIndexData {
  if (!isRecord(value)) fail("not an object");
  if (value.version !== INDEX_VERSION) fail(`version ${String(value.version)} is not ${INDEX_VERSION}`);
  const { weeks, groups, docs, terms, postings, masks } = value;
  if (!Array.isArray(weeks) || !Array.isArray(groups) || !Array.isArray(docs) || !Array.isArray(masks)) fail("missing tables");
  if (!isString(terms) || !isString(postings)) fail("missing terms or postings");
  const readWeeks = weeks.map(readWeek);
  const readGroups = groups.map((group) => readGroup(group, readWeeks.length));
  const readDocs = docs.map((doc) => readDoc(doc, readGroups.length));
  const readMasks = masks.map((mask) => (isIndex(mask) && mask < 128 ? mask : fail("a field mask is malformed")));
  const termCount = terms === "" ? 0 : terms.split(" ").length;
  const postingCount = postings === "" ? 0 : postings.split(" ").length;
  if (termCount !== postingCount) fail(`${termCount} terms but ${postingCount} posting lists`);
  return { version: INDEX_VERSION, weeks: readWeeks, groups: readGroups, docs: readDocs, terms, postings, masks: readMasks };
}

/** One week's texts fetched from the server, checked. */
export function parseWeekTexts(value: unknown): WeekTextsData {
  if (!isRecord(value)) throw new Error("search texts: not an object");
  if (value.version !== INDEX_VERSION || !isString(value.slug) || !Array.isArray(value.docs)) {
    throw new Error("search texts: wrong version, slug or documents");
  }
  const docs = value.docs.map((doc): TextDoc => {
    if (!Array.isArray(doc) || doc.length !== 4 || !doc.every(isString)) throw new Error("search texts: a document is malformed");
    const [id, body, code, tasks] = doc;
    if (!isString(id) || !isString(body) || !isString(code) || !isString(tasks)) throw new Error("search texts: a document is malformed");
    return [id, body, code, tasks];
  });
  return { version: INDEX_VERSION, slug: value.slug, docs };
}
