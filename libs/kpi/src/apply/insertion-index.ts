// Binary search for where an entry goes in a sorted timeline (customer contacts, agent states), so
// a late event costs O(log n) to place, not a re-sort.

/** The first index whose entry does not sort before `entry` (`before` is the timeline's strict order). */
export function insertionIndex<T>(sorted: readonly T[], entry: T, before: (a: T, b: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(sorted[mid] as T, entry)) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
