/**
 * Where an unsubscribe and its undo spend their time at scale: the same writes as lib/db/repos-subscriptions.ts,
 * step by step inside one transaction, each step timed, so a cut aims at the step that costs.
 */
import type { OnRecordDb } from '../../lib/db/database-schema';
import type { LayerRecords, UnsubscribedEntry } from '../../lib/db/subscribed-records';
import { readLayer, replaceLayer } from '../../lib/db/subscription-layer';
import { removeLayer } from '../../lib/db/subscription-remove';
import { markStorable } from '../../lib/pack/storable';
import type { BenchRow } from './run-bench';

type Steps = [string, number][];

/** As the repository's undo does: records read back from the library are not checked a second time. */
function storedAlready(records: LayerRecords): LayerRecords {
  return {
    people: records.people.map((r) => markStorable(r)),
    statements: records.statements.map((r) => markStorable(r)),
    relations: records.relations.map((r) => markStorable(r)),
    reviews: records.reviews.map((r) => markStorable(r)),
  };
}

async function timed<T>(steps: Steps, what: string, step: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await step();
  steps.push([what, performance.now() - t0]);
  return value;
}

/** Unsubscribes `id` as the repository does, then puts its records back, timing each step. */
export async function profileUnsubscribe(db: OnRecordDb, id: string): Promise<BenchRow[]> {
  const steps: Steps = [];
  const tables = [db.people, db.statements, db.relations, db.reviews, db.subscriptions, db.unsubscribed];
  const t0 = performance.now();
  await db.transaction('rw', tables, async () => {
    const subscription = await db.subscriptions.get(id);
    if (!subscription) throw new Error('no subscription');
    await timed(steps, 'unsubscribe: read the layer alone (origin index)', () => readLayer(db, id));
    const stored = await timed(steps, 'unsubscribe: read it again and take it out (id range)', () =>
      removeLayer(db, id),
    );
    const entry: UnsubscribedEntry = {
      id: 'undo-profile',
      removedAt: new Date().toISOString(),
      subscription,
      records: stored,
    };
    await timed(steps, 'unsubscribe: store the undo copy (one row)', () => db.unsubscribed.add(entry));
    await db.subscriptions.delete(id);
  });
  steps.push(['unsubscribe: all, with the commit', performance.now() - t0]);
  const t1 = performance.now();
  await db.transaction('rw', tables, async () => {
    const back = await timed(steps, 'undo: read the undo copy', () => db.unsubscribed.get('undo-profile'));
    if (!back) throw new Error('no undo copy');
    await timed(steps, 'undo: write the layer back', () => replaceLayer(db, id, storedAlready(back.records)));
    await db.subscriptions.put(back.subscription);
    await db.unsubscribed.delete('undo-profile');
  });
  steps.push(['undo: all, with the commit', performance.now() - t1]);
  return steps.map(([what, ms]) => ({ what: `  profile: ${what}`, value: ms, unit: 'ms' }));
}
