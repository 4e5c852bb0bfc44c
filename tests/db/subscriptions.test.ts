import { beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary, findPeopleByNames, putPerson, putRelation, putStatement } from '@/lib/db/repos';
import { exportPack, importPack } from '@/lib/db/repos-pack';
import {
  applySubscribedPack,
  restoreSubscription,
  SubscriptionStoreError,
  unsubscribe,
} from '@/lib/db/repos-subscriptions';
import { subscribedId } from '@/lib/db/subscribed-records';
import type { Pack } from '@/lib/pack/pack-schema';
import { freshDb, person, relation, statement } from './helpers';
import { SUBSCRIBED_AT as NOW, publishedPack, subscriptionRecord } from './subscription-fixtures';

const LATER = '2026-02-02T00:00:00.000Z';

const sub = (id: string, url?: string) => subscriptionRecord(id, { url });

/** Wang Yi's statements as a desk publishes them, with a fact-check of the first. */
function pack(statements: { id: string; text: string }[], extra: Partial<Record<'relations', unknown[]>> = {}): Pack {
  return publishedPack({
    people: [{ id: 'wang-yi', name: 'Wang Yi', aliases: ['Wang'] }],
    statements: statements.map((s) => ({ ...s, personId: 'wang-yi', date: '2022-02-19' })),
    relations: extra.relations ?? [],
    reviews: [
      {
        id: 'rv1',
        claim: statements[0]?.text ?? 'claim',
        claimantId: 'wang-yi',
        rating: { alternateName: 'Accurate' },
        reviewer: { name: 'Desk' },
      },
    ],
  });
}

const MUNICH = { id: 'munich', text: 'Ukraine is no exception.' };
const CALL = { id: 'call', text: 'We understand Russia’s legitimate concerns.' };

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  // The reader's own library: a namesake of the publisher's speaker, with an id the pack also uses.
  await putPerson(db, person({ id: 'wang-yi', name: 'Wang Yi' }));
  await putStatement(db, statement({ id: 'munich', personId: 'wang-yi', text: 'My own note of Munich.' }));
});

async function ownCounts() {
  return {
    people: await db.people.filter((p) => p.origin === undefined).count(),
    statements: await db.statements.filter((s) => s.origin === undefined).count(),
  };
}

describe('a subscribed pack applied', () => {
  it('lands under namespaced ids with its origin, beside the reader’s records with the same pack ids', async () => {
    const { subscription, changed } = await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), NOW, {
      isNew: true,
    });
    expect(changed).toBe(true);
    expect(subscription.counts).toEqual({ people: 1, statements: 2, relations: 0, reviews: 1 });
    expect(subscription.lastChangedAt).toBe(NOW);
    expect(await db.statements.get('munich')).toMatchObject({ text: 'My own note of Munich.' });
    const theirs = await db.statements.get(subscribedId('s1', 'munich'));
    expect(theirs).toMatchObject({ origin: 's1', personId: subscribedId('s1', 'wang-yi'), text: MUNICH.text });
    expect(await db.reviews.get(subscribedId('s1', 'rv1'))).toMatchObject({
      claimantId: subscribedId('s1', 'wang-yi'),
    });
    expect((await db.subscriptions.get('s1'))?.counts.statements).toBe(2);
    // The card's name lookup finds both layers' Wang Yi.
    const found = await findPeopleByNames(db, ['Wang Yi']);
    expect(found.map((p) => p.id).sort()).toEqual([subscribedId('s1', 'wang-yi'), 'wang-yi'].sort());
  });

  it('keeps two publishers of the same pack ids apart', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), NOW, { isNew: true });
    await applySubscribedPack(db, sub('s2'), pack([{ ...MUNICH, text: 'Another desk’s wording.' }]), NOW, {
      isNew: true,
    });
    expect(await db.statements.where('origin').equals('s1').count()).toBe(1);
    expect(await db.statements.where('origin').equals('s2').count()).toBe(1);
    expect((await db.statements.get(subscribedId('s2', 'munich')))?.text).toBe('Another desk’s wording.');
  });

  it('replaces the previous version: removed records go, unchanged ones are not rewritten', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), NOW, { isNew: true });
    const first = await db.statements.get(subscribedId('s1', 'munich'));
    const { changed } = await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), LATER);
    expect(changed).toBe(false);
    const next = pack([{ ...MUNICH, text: 'Ukraine is no exception at all.' }]);
    const update = await applySubscribedPack(db, sub('s1'), next, LATER);
    expect(update.changed).toBe(true);
    expect(update.subscription.counts.statements).toBe(1);
    expect(await db.statements.get(subscribedId('s1', 'call'))).toBeUndefined();
    const changedOne = await db.statements.get(subscribedId('s1', 'munich'));
    expect(changedOne?.text).toBe('Ukraine is no exception at all.');
    expect(changedOne?.createdAt).toBe(first?.createdAt);
    expect(await ownCounts()).toEqual({ people: 1, statements: 1 });
  });

  it('marks the reader’s relation to a withdrawn statement, and unmarks it when the statement returns', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), NOW, { isNew: true });
    const theirs = subscribedId('s1', 'call');
    await putRelation(db, relation({ id: 'mine', fromId: 'munich', toId: theirs, type: 'contradicts' }));
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), LATER);
    const marked = await db.relations.get('mine');
    expect(marked?.withdrawn).toEqual({ id: theirs, text: CALL.text, personName: 'Wang Yi' });
    expect(marked?.toId).toBe(theirs);
    await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), LATER);
    expect((await db.relations.get('mine'))?.withdrawn).toBeUndefined();
  });

  it('keeps a subscribed person the reader filed their own statement under, as the reader’s', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), NOW, { isNew: true });
    const theirPerson = subscribedId('s1', 'wang-yi');
    await putStatement(db, statement({ id: 'saved', personId: theirPerson, text: 'Saved from a page.' }));
    await unsubscribe(db, 's1');
    const kept = await db.people.get(theirPerson);
    expect(kept?.origin).toBeUndefined();
    expect(await db.statements.get('saved')).toBeDefined();
  });

  it('carries origin and withdrawn through the library’s door, and a file import drops both', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), NOW, { isNew: true });
    const backup = await exportPack(db, { name: 'b', author: 'me', licence: 'mine', date: '2026-01-01' });
    expect(backup.statements.some((s) => s.origin === 's1')).toBe(true);
    await clearLibrary(db);
    expect(await db.subscriptions.count()).toBe(0);
    await importPack(db, backup);
    expect(await db.statements.where('origin').equals('s1').count()).toBe(0);
    expect(await db.statements.count()).toBe(2);
  });
});

describe('unsubscribe', () => {
  it('removes exactly that subscription’s records and restores them whole on undo', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH, CALL]), NOW, { isNew: true });
    await applySubscribedPack(db, sub('s2'), pack([MUNICH]), NOW, { isNew: true });
    await putRelation(db, relation({ id: 'mine', fromId: 'munich', toId: subscribedId('s1', 'call') }));
    const before = await db.statements.where('origin').equals('s1').toArray();
    const undoId = await unsubscribe(db, 's1');
    expect(await db.subscriptions.get('s1')).toBeUndefined();
    expect(await db.statements.where('origin').equals('s1').count()).toBe(0);
    expect(await db.people.where('origin').equals('s1').count()).toBe(0);
    expect(await db.reviews.where('origin').equals('s1').count()).toBe(0);
    expect(await db.statements.where('origin').equals('s2').count()).toBe(1);
    expect(await ownCounts()).toEqual({ people: 1, statements: 1 });
    expect((await db.relations.get('mine'))?.withdrawn?.text).toBe(CALL.text);

    const restored = await restoreSubscription(db, undoId);
    expect(restored.id).toBe('s1');
    expect(await db.statements.where('origin').equals('s1').toArray()).toEqual(before);
    expect((await db.relations.get('mine'))?.withdrawn).toBeUndefined();
    expect(await db.unsubscribed.count()).toBe(0);
  });

  it('refuses a second subscription to one address, and an update to a subscription that is gone', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), NOW, { isNew: true });
    await expect(
      applySubscribedPack(db, sub('s2', sub('s1').url), pack([MUNICH]), NOW, { isNew: true }),
    ).rejects.toMatchObject({
      problem: 'already-subscribed',
    });
    await unsubscribe(db, 's1');
    await expect(applySubscribedPack(db, sub('s1'), pack([MUNICH]), LATER)).rejects.toMatchObject({ problem: 'gone' });
    expect(await db.subscriptions.count()).toBe(0);
  });

  it.each([
    ['an unknown subscription', async () => unsubscribe(db, 'nope'), 'gone'],
    ['an undo already used', async () => restoreSubscription(db, 'undo-none'), 'undo-gone'],
  ])('refuses %s', async (_what, act, problem) => {
    await expect(act()).rejects.toEqual(new SubscriptionStoreError(problem as 'gone'));
  });

  it('refuses an undo once the reader subscribed to the same address again', async () => {
    await applySubscribedPack(db, sub('s1'), pack([MUNICH]), NOW, { isNew: true });
    const undoId = await unsubscribe(db, 's1');
    await applySubscribedPack(db, sub('s9', sub('s1').url), pack([MUNICH]), NOW, { isNew: true });
    await expect(restoreSubscription(db, undoId)).rejects.toMatchObject({ problem: 'already-subscribed' });
  });
});
