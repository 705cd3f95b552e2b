/** First index whose start is >= offset, in items sorted by start. */
export function lowerBound(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Orders ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as localeCompare does, by code unit: localeCompare's first call loads
 * ICU's collator, ~7 ms CPU of each CLI start (and worker thread) that judges a date.
 */
export const compareIsoDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Appends `items` to `target` one by one: `target.push(...items)` overflows the stack past ~100,000 items. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
