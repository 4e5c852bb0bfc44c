/**
 * Lookups into the plain word tables of the lexicons (pronouns, gendered titles). Indexing an object by a word
 * sliced from the text makes the engine look the string up in its string table on every call, which showed as
 * the top cost of pronoun scans; a Set of the keys that can answer rules out most words first.
 */

// A table written as an object literal also answers for the names it inherits ("constructor", "toString").
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

const keysOf = new WeakMap<object, Set<string>>();

/** Exactly `table[word]` (inherited keys included), quicker for the many words that are no key of it. */
export function lookupWord<T>(table: Record<string, T>, word: string): T | undefined {
  let keys = keysOf.get(table);
  if (!keys) {
    keys = new Set([...Object.keys(table), ...INHERITED]);
    keysOf.set(table, keys);
  }
  return keys.has(word) ? table[word] : undefined;
}
