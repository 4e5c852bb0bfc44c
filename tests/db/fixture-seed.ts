/**
 * Libraries as earlier schema versions stored them (tests/fixtures/db/v<N>.json), written into a fresh
 * IndexedDB at their own version, for the migration tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import { OnRecordDb } from '@/lib/db/database-schema';

/** A fixture's tables, as plain rows. */
export type Rows = Record<'people' | 'statements' | 'relations', Record<string, unknown>[]> &
  Partial<Record<'dismissals' | 'prefs' | 'speakerChoices' | 'trash' | 'reviews', Record<string, unknown>[]>>;

/** A library as version N stored it, frozen when version N+1 was written. */
export function fixture(version: number): Rows & { version: number } {
  return JSON.parse(readFileSync(join(process.cwd(), `tests/fixtures/db/v${version}.json`), 'utf8'));
}

/** Writes a fixture into a fresh IndexedDB opened at its own version, closes it, and returns the factory. */
export async function seed(version: number): Promise<IDBFactory> {
  const indexedDB = new IDBFactory();
  const old = new OnRecordDb('onrecord', { indexedDB, IDBKeyRange }, version);
  const rows = fixture(version);
  const tables = [
    'people',
    'statements',
    'relations',
    'dismissals',
    'prefs',
    'speakerChoices',
    'trash',
    'reviews',
  ] as const;
  const held = tables.filter((t) => rows[t] !== undefined);
  await old.transaction('rw', [...held], async () => {
    for (const t of held) await old.table(t).bulkAdd(rows[t] as never[]);
  });
  expect(old.verno).toBe(version);
  old.close();
  return indexedDB;
}
