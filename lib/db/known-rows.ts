/** Reading the stored records an import names, without one request per id that finds nothing. */

/** The two table methods getKnown needs, so it takes any of the library's tables. */
export interface KeyedTable<T> {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
  toCollection(): { primaryKeys(): PromiseLike<string[]> };
}

/**
 * The stored records with these ids. A large pack reads the table's keys once (one cursor) and fetches only the
 * ids that exist, instead of one request per id, most of which find nothing on a first import.
 */
export async function getKnown<T>(table: KeyedTable<T>, ids: string[]): Promise<T[]> {
  if (ids.length < 1000) return (await table.bulkGet(ids)).filter((r) => r !== undefined);
  const keys = new Set(await table.toCollection().primaryKeys());
  const known = ids.filter((id) => keys.has(id));
  return known.length ? (await table.bulkGet(known)).filter((r) => r !== undefined) : [];
}
