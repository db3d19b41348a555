/** Small numeric helpers shared by the benchmark modules. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/** Least-squares line y = intercept + slope * x, with r² to say how well it fits. */
export function fitLine(points: readonly { x: number; y: number }[]): { intercept: number; slope: number; r2: number } {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssTotal = points.reduce((sum, p) => sum + (p.y - meanY) ** 2, 0);
  const ssResidual = points.reduce((sum, p) => sum + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { intercept, slope, r2: ssTotal === 0 ? 1 : 1 - ssResidual / ssTotal };
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * `measure` run `runs` times on each URL, taking the URLs in turn (a, b, a,
 * b, ...): a busy spell of this shared machine then falls on all of them
 * alike, which matters when they are compared. Each URL's results, in order.
 * (bench/offline.ts takes turns between two settings of one URL instead.)
 */
export async function inTurns<Input, T>(urls: readonly Input[], runs: number, measure: (url: Input) => Promise<T>): Promise<T[][]> {
  const results = urls.map(() => [] as T[]);
  for (let turn = 0; turn < runs; turn += 1) {
    for (const [index, url] of urls.entries()) results[index]?.push(await measure(url));
  }
  return results;
}
