/**
 * *Recently deleted*: the manager's deletes move records here instead of dropping them, for TRASH_DAYS. The
 * records leave the library's tables at once (so the card, search and exports no longer see them) and come back
 * whole, with every statement and relation, on Restore.
 */

import { t } from '@/lib/core/i18n';
import type { TrashEntry } from '@/lib/core/records';
import { isExpired } from '@/lib/core/trash-policy';
import type { OnRecordDb } from './database-schema';
import { deletePeople, deleteStatements, type Removed, restoreRecords } from './repos-curation';

export { isExpired, purgeDay, TRASH_DAYS } from '@/lib/core/trash-policy';

/** What deleting a person takes with them: their statements and the relations touching those. */
export async function personDeleteCounts(
  db: OnRecordDb,
  personId: string,
): Promise<{ statements: number; relations: number }> {
  const ids = (await db.statements.where('personId').equals(personId).primaryKeys()) as string[];
  const [from, to] = await Promise.all([
    db.relations.where('fromId').anyOf(ids).primaryKeys(),
    db.relations.where('toId').anyOf(ids).primaryKeys(),
  ]);
  return { statements: ids.length, relations: new Set([...from, ...to]).size };
}

async function keep(db: OnRecordDb, removed: Removed, now: Date): Promise<TrashEntry> {
  const entry: TrashEntry = { id: `trash-${crypto.randomUUID()}`, deletedAt: now.toISOString(), ...removed };
  await db.trash.add(entry);
  return entry;
}

/** Deletes people (with their statements and relations) into Recently deleted, in one transaction. */
export function trashPeople(db: OnRecordDb, personIds: string[], now = new Date()): Promise<TrashEntry> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews, db.trash], async () =>
    keep(db, await deletePeople(db, personIds), now),
  );
}

/** Deletes statements (with the relations touching them) into Recently deleted, in one transaction. */
export function trashStatements(db: OnRecordDb, ids: string[], now = new Date()): Promise<TrashEntry> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews, db.trash], async () =>
    keep(db, await deleteStatements(db, ids), now),
  );
}

/** Drops the entries older than TRASH_DAYS, then lists the rest, newest first. */
export async function listTrash(db: OnRecordDb, now = new Date()): Promise<TrashEntry[]> {
  return db.transaction('rw', db.trash, async () => {
    const all = await db.trash.orderBy('deletedAt').reverse().toArray();
    const expired = all.filter((e) => isExpired(e, now));
    if (expired.length) await db.trash.bulkDelete(expired.map((e) => e.id));
    return all.filter((e) => !isExpired(e, now));
  });
}

/** Puts an entry's records back in the library and takes it off the list, in one transaction. */
export function restoreFromTrash(db: OnRecordDb, id: string): Promise<void> {
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews, db.trash], async () => {
    const entry = await db.trash.get(id);
    if (!entry) throw new Error(t('writeErrorTrashGone'));
    // A statement of a person who is gone (deleted on their own since) cannot come back without them.
    const personIds = new Set([...entry.people.map((p) => p.id)]);
    const missing = entry.statements.filter((s) => !personIds.has(s.personId)).map((s) => s.personId);
    const present = await db.people.bulkGet([...new Set(missing)]);
    if (present.some((p) => p === undefined)) throw new Error(t('writeErrorRestorePersonFirst'));
    await restoreRecords(db, { people: entry.people, statements: entry.statements, relations: entry.relations });
    await db.trash.delete(id);
  });
}

/** Empties Recently deleted for good. */
export function emptyTrash(db: OnRecordDb): Promise<void> {
  return db.trash.clear();
}
