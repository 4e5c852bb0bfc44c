/**
 * Reading a plain record by a key that came from a page or a pack. `record[key]` answers inherited properties
 * too, so a speaker named "constructor" or "toString" would read a function; only the record's own entries count.
 */

/** The record's own value for `key`, or undefined when the record has none (whatever its prototype holds). */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
