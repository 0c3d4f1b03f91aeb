// Binary search over a sorted array: the one loop the stages share for
// "where do the items before x end" (mentions, parse words, reference sites).

/** The first index of `items` for which `before` is false, given that `before` holds for a prefix of `items` only. */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
