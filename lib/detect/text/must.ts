/**
 * Lookups whose value the detector's own bookkeeping guarantees (an entity id from the people index, a parallel
 * array of the same length): absence there is a bug, so it fails loudly instead of reading on with undefined.
 */

/** The value an index or parallel array is known to hold; throws a clear error when it does not. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`lib/detect: no ${what} where one must be`);
  return value;
}
