/**
 * Running out of space in the middle of a large write: the write is one transaction, so the browser's refusal
 * of any one record leaves the library exactly as it was, and the reader is told so in words they can act on.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { describeWriteError, isQuotaError } from '@/lib/db/errors';
import { putPerson, readLibrary } from '@/lib/db/repos';
import { importPack } from '@/lib/db/repos-pack';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { freshDb, person } from '@/tests/db/helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a pack import that runs out of space part-way', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await putPerson(db, person({ id: 'kept', name: 'Kept Before Import' }));
  });

  it.each([1, 2, 5])('keeps the library as it was when record %i is refused', async (refused) => {
    const before = JSON.stringify(await readLibrary(db));
    let created = 0;
    const refuse = () => {
      created++;
      if (created === refused) throw quota();
    };
    db.people.hook('creating', refuse);
    db.statements.hook('creating', refuse);
    const error = await importPack(db, STARTER_PACK).catch((e: unknown) => e);
    expect(created).toBeGreaterThanOrEqual(refused);
    expect(isQuotaError(error)).toBe(true);
    expect(describeWriteError(error)).toMatch(/not saved.*Nothing was lost/s);
    expect(JSON.stringify(await readLibrary(db))).toBe(before);
  });

  it('imports the whole pack when there is room (so the refusals above could fail)', async () => {
    const before = JSON.stringify(await readLibrary(db));
    await importPack(db, STARTER_PACK);
    expect(JSON.stringify(await readLibrary(db))).not.toBe(before);
  });
});
