/**
 * Lookups into the plain word tables of the lexicons (pronouns, gendered titles). Indexing an object by a word
 * sliced from the text makes the engine look the string up in its string table on every call, which showed as
 * the top cost of pronoun scans; a Set of the keys that can answer rules out most words first.
 */

const keysOf = new WeakMap<object, Set<string>>();

/**
 * The table's own entry for `word`, quicker than indexing for the many words that are no key of it. Only own
 * keys answer: a word of the page such as "constructor" must never read as a pronoun or a title.
 */
export function lookupWord<T>(table: Record<string, T>, word: string): T | undefined {
  let keys = keysOf.get(table);
  if (!keys) {
    keys = new Set(Object.keys(table));
    keysOf.set(table, keys);
  }
  return keys.has(word) ? table[word] : undefined;
}
