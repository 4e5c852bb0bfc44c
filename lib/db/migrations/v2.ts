import type { Transaction } from 'dexie';
import { personWords, statementOutlets } from '../search-words';

/**
 * Version 2 indexes people's name and alias words (find a person as you type) and statements' outlets (filter by
 * outlet). Statement words are searched in memory (lib/db/search-index.ts): indexing them in IndexedDB made a
 * 100,000-statement import twice as slow and prefix queries far slower than the in-memory index.
 */
export const V2_STORES = {
  people: 'id, name, *keys, *tokens, *words, updatedAt',
  statements: 'id, personId, date, [personId+date], *tags, *outlets, updatedAt',
  relations: 'id, fromId, toId, type',
};

/** Fills the new index fields on every record a version-1 library holds; nothing else is touched. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('people')
    .toCollection()
    .modify((row: { name: string; aliases: string[]; words?: string[] }) => {
      row.words = personWords(row);
    });
  await tx
    .table('statements')
    .toCollection()
    .modify((row: { sources: { url: string; outlet?: string }[]; outlets?: string[] }) => {
      row.outlets = statementOutlets(row.sources);
    });
}
