/*
 * Reads that cannot miss: an index into a table the engine built itself, or a
 * loop bound by the array's own length. A miss is a bug in the engine, so
 * these throw, naming the index, instead of reading on with a made-up `0` or
 * `""` that would give wrong results quietly.
 */

/** The element at `index` of a list (terms, ids, documents). */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw impossible(index, list.length);
  return value;
}

/**
 * A typed-array element read at the call site (`present(scores[doc], doc)`).
 * Typed arrays are not passed to `at`: V8 compiles one element read per
 * function, and one shared by lists and four kinds of typed arrays becomes a
 * generic lookup that made ranking twice as slow (bench:search).
 */
export function present<T>(value: T | undefined, index: number): T {
  if (value === undefined) throw impossible(index);
  return value;
}

function impossible(index: number, length?: number): Error {
  return new Error(`search: no element at index ${index}${length === undefined ? "" : ` of ${length}`} (an index bug)`);
}
