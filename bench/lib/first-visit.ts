/**
 * The pure part of bench/offline.ts: a first visit's requests split at the
 * page's `load` event, and the medians of several visits' figures.
 */
import { median, round } from "./stats";

/** A request that went to the network: when it started (ms since the epoch, the browser's clock) and what it cost on the wire. */
export type NetworkRequest = { startedAt: number; bytes: number };

export type Traffic = { requests: number; bytes: number };

/**
 * Requests started before the page's `load` event, and after it. Split by
 * start, not end: `load` waits for every subresource started before it, so
 * what starts later is work the page chose to put off.
 */
export function splitAtLoad(requests: readonly NetworkRequest[], loadAt: number): { beforeLoad: Traffic; afterLoad: Traffic } {
  const beforeLoad: Traffic = { requests: 0, bytes: 0 };
  const afterLoad: Traffic = { requests: 0, bytes: 0 };
  for (const request of requests) {
    const traffic = request.startedAt < loadAt ? beforeLoad : afterLoad;
    traffic.requests += 1;
    traffic.bytes += request.bytes;
  }
  return { beforeLoad, afterLoad };
}

/**
 * The median of each figure over several visits, rounded to a tenth. A figure
 * some visits lack (null: a worker that never registered) is the median of
 * the visits that have it, and null when none has it.
 */
export function medianFigures<Key extends string>(samples: readonly Record<Key, number | null>[], keys: readonly Key[]): Record<Key, number | null> {
  const figures = {} as Record<Key, number | null>;
  for (const key of keys) {
    const values = samples.map((sample) => sample[key]).filter((value): value is number => value !== null && Number.isFinite(value));
    figures[key] = values.length === 0 ? null : round(median(values), 1);
  }
  return figures;
}
