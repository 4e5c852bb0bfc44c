/**
 * Removes one subscription's whole layer (an unsubscribe) inside the caller's transaction. Every id of a layer
 * starts `sub-<subscription>-` (subscribed-records.ts), so the layer is one primary key range: deleting that
 * range is one request IndexedDB runs natively, where deleting 100,000 ids one by one cost seconds (Dexie also
 * tracks each deleted key for live queries). The range is used only once it is proven to hold exactly the layer.
 */
import type { Table } from 'dexie';
import type { OnRecordDb } from './database-schema';
import { layerOfRows } from './layer-rows';
import { toPerson, toPersonRow } from './person-row';
import type { LayerRecords } from './subscribed-records';
import { peopleTheReaderUses, readLayerRows } from './subscription-layer';
import { markReaderRelations, withdrawnEnds } from './withdrawn-ends';

/** The primary key range every record of a subscription's layer lies in: [first, last], both inclusive. */
export function layerIdRange(subscriptionId: string): [string, string] {
  const prefix = `sub-${subscriptionId}-`;
  return [prefix, `${prefix}\uffff`];
}

/** Whether every id lies in the range (a layer written by this version always does). */
export function allInRange(ids: readonly string[], [first, last]: [string, string]): boolean {
  return ids.every((id) => id >= first && id <= last);
}

/**
 * Deletes the records with these ids: as one range when the range holds exactly them (same count, every id
 * inside), else id by id, so a record of the reader's that happened to sort inside is never touched.
 */
async function deleteExactly<T extends { id: string }, I>(
  table: Table<T, string, I>,
  ids: string[],
  range: [string, string],
): Promise<void> {
  if (ids.length === 0) return;
  const inRange = table.where(':id').between(range[0], range[1], true, true);
  if (allInRange(ids, range) && (await inRange.count()) === ids.length) await inRange.delete();
  else await table.bulkDelete(ids);
}

const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id);

/**
 * Takes a subscription's records out of the library and returns them as they were (the undo copy). Runs in the
 * caller's transaction, which must hold layerTables(db). A subscribed person the reader filed their own
 * statements under stays, as the reader's; the reader's relations to the layer's statements are marked withdrawn.
 */
export async function removeLayer(db: OnRecordDb, subscriptionId: string): Promise<LayerRecords> {
  const rows = await readLayerRows(db, subscriptionId);
  // The records as they were, each review on its own; the reviews inside statements go with their rows.
  const stored = layerOfRows(rows);
  const range = layerIdRange(subscriptionId);
  await deleteExactly(db.relations, idsOf(stored.relations), range);
  await deleteExactly(db.reviews, idsOf(rows.reviews), range);
  await deleteExactly(db.statements, idsOf(stored.statements), range);
  // Asked once the layer's own statements are gone, so only the reader's statements of these people are read.
  const kept = await peopleTheReaderUses(db, idsOf(stored.people));
  if (kept.size === 0) await deleteExactly(db.people, idsOf(stored.people), range);
  else {
    await db.people.bulkDelete(idsOf(stored.people).filter((id) => !kept.has(id)));
    const ownNow = stored.people
      .filter((p) => kept.has(p.id))
      .map((p) => {
        const { origin: _origin, ...own } = toPerson(p);
        return toPersonRow(own);
      });
    await db.people.bulkPut(ownNow);
  }
  if (stored.statements.length > 0) {
    const names = new Map(stored.people.map((p) => [p.id, p.name]));
    await markReaderRelations(
      db,
      withdrawnEnds(stored.statements, (id) => names.get(id)),
      () => false,
    );
  }
  return stored;
}
