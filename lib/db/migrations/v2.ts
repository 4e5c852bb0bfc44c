import type { Transaction } from 'dexie';
import { personWords } from '@/lib/db/search-words';

/**
 * Version 2 indexes people's name and alias words (find a person as you type) and drops indexes nothing
 * queries (statements by date alone, by tag, by updatedAt; people by updatedAt; relations by type): each index
 * is written on every import, and at 100,000 statements they made imports about a third slower. Statement
 * words are searched in memory (lib/db/search-index.ts), which measured faster than a multi-entry index.
 */
export const V2_STORES = {
  people: 'id, name, *keys, *tokens, *words',
  statements: 'id, personId, [personId+date]',
  relations: 'id, fromId, toId',
};

/** Fills the new people index field on every record a version-1 library holds; nothing else is touched. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('people')
    .toCollection()
    .modify((row: { name: string; aliases: string[]; words?: string[] }) => {
      row.words = personWords(row);
    });
}
