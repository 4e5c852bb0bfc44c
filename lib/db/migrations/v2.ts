import type { Transaction } from 'dexie';
import { personWords, statementOutlets, statementWords } from '../search-words';

/** Version 2 adds search: statement words, people's name and alias words, and statement outlets. */
export const V2_STORES = {
  people: 'id, name, *keys, *tokens, *words, updatedAt',
  statements: 'id, personId, date, [personId+date], *tags, *words, *outlets, updatedAt',
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
    .modify(
      (row: { text: string; sources: { url: string; outlet?: string }[]; words?: string[]; outlets?: string[] }) => {
        row.words = statementWords(row.text);
        row.outlets = statementOutlets(row.sources);
      },
    );
}
