/**
 * Replaces one subscription's layer of the library inside the caller's transaction: the records its publisher
 * no longer publishes go, new and changed ones are written, and nothing else is touched except where the
 * reader's own records lean on the layer (their relations get a withdrawn mark; a subscribed person the reader
 * filed their own statements under stays, as the reader's).
 */
import type { Person } from '@/lib/core/records';
import type { OnRecordDb } from './database-schema';
import { type LayerRows, layerOfRows, layerRowChange } from './layer-rows';
import { toPerson, toPersonRow } from './person-row';
import { emptyLayer, type LayerRecords, layerChange } from './subscribed-records';
import { markReaderRelations, withdrawnEnds } from './withdrawn-ends';

/** The tables a layer replacement writes; a caller's transaction must hold them (and its own). */
export function layerTables(db: OnRecordDb) {
  return [db.people, db.statements, db.relations, db.reviews];
}

/** One subscription's rows as stored now, read through the origin index: reviews inside statements stay there. */
export async function readLayerRows(db: OnRecordDb, subscriptionId: string): Promise<LayerRows> {
  const [people, statements, relations, reviews] = await Promise.all([
    db.people.where('origin').equals(subscriptionId).toArray(),
    db.statements.where('origin').equals(subscriptionId).toArray(),
    db.relations.where('origin').equals(subscriptionId).toArray(),
    db.reviews.where('origin').equals(subscriptionId).toArray(),
  ]);
  return { people, statements, relations, reviews };
}

/** One subscription's records as stored now, each review on its own (lib/db/review-rows.ts). */
export async function readLayer(db: OnRecordDb, subscriptionId: string): Promise<LayerRecords> {
  return layerOfRows(await readLayerRows(db, subscriptionId));
}

/** What a replacement did: whether anything was written, and the stored records it took out. */
export interface LayerOutcome {
  changed: boolean;
  removed: LayerRecords;
}

function pick<T extends { id: string }>(records: T[], ids: string[]): T[] {
  const wanted = new Set(ids);
  return records.filter((r) => wanted.has(r.id));
}

/** Removed people who have statements of the reader's own: kept, as the reader's (an update or an unsubscribe). */
export async function peopleTheReaderUses(db: OnRecordDb, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const said = await db.statements.where('personId').anyOf(ids).toArray();
  return new Set(said.filter((s) => s.origin === undefined).map((s) => s.personId));
}

/**
 * Turns the stored layer of `subscriptionId` into `next` (an empty layer unsubscribes). Runs inside the
 * caller's transaction, which must hold layerTables(db), so an update lands whole or not at all.
 */
export async function replaceLayer(
  db: OnRecordDb,
  subscriptionId: string,
  next: LayerRecords = emptyLayer(),
): Promise<LayerOutcome> {
  const storedRows = await readLayerRows(db, subscriptionId);
  const stored = layerOfRows(storedRows);
  const change = layerChange(stored, next);
  const { put, remove } = change;
  const removed: LayerRecords = {
    people: pick(stored.people, remove.people),
    statements: pick(stored.statements, remove.statements),
    relations: pick(stored.relations, remove.relations),
    reviews: pick(stored.reviews, remove.reviews),
  };
  const rows = layerRowChange(storedRows, stored, next, change);
  await db.relations.bulkDelete(remove.relations);
  await db.reviews.bulkDelete(rows.reviewsGone);
  await db.statements.bulkDelete(remove.statements);
  // Asked once the layer's own statements are gone, so only the few others of these people are read.
  const kept = await peopleTheReaderUses(db, remove.people);
  await db.people.bulkDelete(remove.people.filter((id) => !kept.has(id)));
  const ownNow = removed.people.filter((p) => kept.has(p.id)).map((p) => asReaders(toPerson(p)));
  await db.people.bulkPut([...put.people, ...ownNow.map(toPersonRow)]);
  await db.statements.bulkPut(rows.statements);
  await db.relations.bulkPut(put.relations);
  await db.reviews.bulkPut(rows.reviews);
  if (removed.statements.length > 0 || put.statements.length > 0) {
    const names = new Map([...stored.people, ...next.people].map((p) => [p.id, p.name]));
    const present = new Set(next.statements.map((s) => s.id));
    await markReaderRelations(
      db,
      withdrawnEnds(removed.statements, (id) => names.get(id)),
      (id) => present.has(id),
    );
  }
  const changed = Object.values(remove).some((ids) => ids.length > 0) || Object.values(put).some((r) => r.length > 0);
  return { changed, removed };
}

function asReaders(person: Person): Person {
  const { origin: _origin, ...own } = person;
  return own;
}
