/** A TOC target as the scrollspy sees it: its place in the TOC, and whether it has reached the reading line. */
export type SpyTarget = { tocIndex: number; above: boolean };

/**
 * Which target is being read, as an index into `targets` (in document order):
 * the last one at or above the reading line. Targets at the same height as it
 * (a lecture and its practice session sharing one section) count as one, and
 * the first of them in the TOC wins. `top` is asked only of that last target
 * and the ones tied with it, so a long note is not laid out to answer.
 */
export function activeTarget(targets: readonly SpyTarget[], top: (index: number) => number): number | null {
  const last = targets.findLastIndex((target) => target.above);
  if (last < 0) return null;
  const height = top(last);
  let best = last;
  for (let index = last - 1; index >= 0 && targets[index]?.above && top(index) === height; index -= 1) {
    if ((targets[index]?.tocIndex ?? Infinity) < (targets[best]?.tocIndex ?? Infinity)) best = index;
  }
  return best;
}
