/**
 * Subscribed packs in the library (schema version 7): the subscriptions themselves, a checked pack applied as
 * one subscription's layer in one transaction, and unsubscribe with undo. The fetching and checking live in
 * lib/background/subscriptions; this file only stores.
 */
import type { Subscription } from '@/lib/core/subscriptions';
import { isExpired } from '@/lib/core/trash-policy';
import type { Pack } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import type { OnRecordDb } from './database-schema';
import { type LayerRecords, layerCounts, layerFromPack, type UnsubscribedEntry } from './subscribed-records';
import { layerTables, replaceLayer } from './subscription-layer';
import { removeLayer } from './subscription-remove';

export type { LayerRecords, UnsubscribedEntry };

/** Why a subscription write was refused, for the background to put in the reader's words. */
export type SubscriptionStoreProblem = 'gone' | 'undo-gone' | 'already-subscribed';

/** A refused subscription write; nothing was written. */
export class SubscriptionStoreError extends Error {
  constructor(readonly problem: SubscriptionStoreProblem) {
    super(`subscription not stored: ${problem}`);
    this.name = 'SubscriptionStoreError';
  }
}

/** Every subscription, newest first. */
export async function listSubscriptions(db: OnRecordDb): Promise<Subscription[]> {
  const all = await db.subscriptions.toArray();
  return all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** One subscription by id. */
export function getSubscription(db: OnRecordDb, id: string): Promise<Subscription | undefined> {
  return db.subscriptions.get(id);
}

/** The subscription to this address, if the reader has one. */
export function subscriptionAt(db: OnRecordDb, url: string): Promise<Subscription | undefined> {
  return db.subscriptions.where('url').equals(url).first();
}

/**
 * Writes a subscription's own row (schedule, validators, last error) from the row stored now, so a check that
 * ran while the reader unsubscribed does not bring the subscription back. Undefined when it is gone.
 */
export function updateSubscription(
  db: OnRecordDb,
  id: string,
  patch: (current: Subscription) => Subscription,
): Promise<Subscription | undefined> {
  return db.transaction('rw', db.subscriptions, async () => {
    const current = await db.subscriptions.get(id);
    if (!current) return undefined;
    const next = patch(current);
    await db.subscriptions.put(next);
    return next;
  });
}

/**
 * Applies a checked pack as the subscription's records, all or nothing, in one transaction with the
 * subscription's row: the previous version's records are replaced, the reader's own are kept.
 * `subscription` is written as given, with the new counts (and lastChangedAt when anything changed); `isNew`
 * subscribes, refused when the address is taken, and otherwise the subscription must still exist.
 */
export function applySubscribedPack(
  db: OnRecordDb,
  subscription: Subscription,
  pack: Pack,
  now: string,
  { isNew = false } = {},
): Promise<{ subscription: Subscription; changed: boolean }> {
  const next = layerFromPack(pack, subscription.id, now);
  return db.transaction('rw', [...layerTables(db), db.subscriptions], async () => {
    // An update lands only on a subscription still there, at the interval the reader set meanwhile.
    const current = await db.subscriptions.get(subscription.id);
    if (isNew ? current || (await subscriptionAt(db, subscription.url)) : !current)
      throw new SubscriptionStoreError(isNew ? 'already-subscribed' : 'gone');
    const outcome = await replaceLayer(db, subscription.id, next);
    const stored: Subscription = {
      ...subscription,
      intervalHours: current?.intervalHours ?? subscription.intervalHours,
      counts: layerCounts(next),
      ...(outcome.changed ? { lastChangedAt: now } : {}),
    };
    await db.subscriptions.put(stored);
    return { subscription: stored, changed: outcome.changed };
  });
}

/**
 * Unsubscribes: removes the subscription and exactly its records in one transaction, keeping both as an undo
 * entry for as long as Recently deleted keeps things. Returns the undo id.
 */
export function unsubscribe(db: OnRecordDb, id: string, now = new Date()): Promise<string> {
  return db.transaction('rw', [...layerTables(db), db.subscriptions, db.unsubscribed], async () => {
    const subscription = await db.subscriptions.get(id);
    if (!subscription) throw new SubscriptionStoreError('gone');
    const entry: UnsubscribedEntry = {
      id: `undo-${crypto.randomUUID()}`,
      removedAt: now.toISOString(),
      subscription,
      records: await removeLayer(db, id),
    };
    await db.unsubscribed.add(entry);
    await db.subscriptions.delete(id);
    await dropExpired(db, now);
    return entry.id;
  });
}

/** Undoes an unsubscribe: the subscription and its records come back as they were, in one transaction. */
export function restoreSubscription(db: OnRecordDb, undoId: string): Promise<Subscription> {
  return db.transaction('rw', [...layerTables(db), db.subscriptions, db.unsubscribed], async () => {
    const entry = await db.unsubscribed.get(undoId);
    if (!entry) throw new SubscriptionStoreError('undo-gone');
    const { subscription } = entry;
    const taken = (await db.subscriptions.get(subscription.id)) ?? (await subscriptionAt(db, subscription.url));
    if (taken) throw new SubscriptionStoreError('already-subscribed');
    await replaceLayer(db, subscription.id, storedAlready(entry.records));
    await db.subscriptions.put(subscription);
    await db.unsubscribed.delete(undoId);
    return subscription;
  });
}

/** Records read back from the library passed its door when first written: not checked a second time. */
function storedAlready(records: LayerRecords): LayerRecords {
  return {
    people: records.people.map((r) => markStorable(r)),
    statements: records.statements.map((r) => markStorable(r)),
    relations: records.relations.map((r) => markStorable(r)),
    reviews: records.reviews.map((r) => markStorable(r)),
  };
}

async function dropExpired(db: OnRecordDb, now: Date): Promise<void> {
  const old = await db.unsubscribed.filter((e) => isExpired({ deletedAt: e.removedAt }, now)).primaryKeys();
  if (old.length > 0) await db.unsubscribed.bulkDelete(old);
}
