/**
 * Unsubscribe deletes a layer as one primary key range only when that range holds exactly the layer: records
 * of the reader's or of another subscription that sort near it are never touched, whatever their ids.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, putStatement } from '@/lib/db/repos';
import { restoreSubscription, unsubscribe } from '@/lib/db/repos-subscriptions';
import { subscribedId } from '@/lib/db/subscribed-records';
import { allInRange, layerIdRange } from '@/lib/db/subscription-remove';
import type { Pack } from '@/lib/pack/pack-schema';
import { freshDb, person, statement } from './helpers';
import { publishedPack, subscribeTo } from './subscription-fixtures';

/** One person's statements and a relation between the first two. */
const pack = (texts: string[]): Pack =>
  publishedPack({
    people: [{ id: 'ana', name: 'Ana Costa' }],
    statements: texts.map((text, i) => ({ id: `s${i}`, personId: 'ana', text, date: '2024-01-01' })),
    relations: [{ id: 'r0', fromId: 's0', toId: 's1', type: 'reverses', note: 'Turned', labelledBy: 'Desk' }],
  });

describe('the layer’s id range', () => {
  const range = layerIdRange('s1');
  it.each([
    [subscribedId('s1', 'x'), true],
    [subscribedId('s1', 'a-very-long-id-'.repeat(20)), true],
    [subscribedId('s10', 'x'), false],
    [subscribedId('s', 'x'), false],
    ['x', false],
    ['sub-s1', false],
  ])('%s inside: %s', (id, inside) => {
    expect(allInRange([id], range)).toBe(inside);
  });
});

describe('unsubscribe by range', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await subscribeTo(db, 's1', pack(['One.', 'Two.', 'Three.']));
    await subscribeTo(db, 's10', pack(['Ten.', 'Eleven.']));
  });

  it.each([
    ['no record of the reader’s sorts inside', []],
    ['a reader’s statement sorts inside the range', [`${layerIdRange('s1')[0]}mine`]],
    ['a reader’s statement sorts at the range’s end', [`${layerIdRange('s1')[0]}\uffff`]],
  ])('removes exactly the layer when %s, and undo brings it back', async (_what, ownIds) => {
    await putPerson(db, person({ id: 'me-person', name: 'Someone Else' }));
    for (const id of ownIds) await putStatement(db, statement({ id, personId: 'me-person', text: 'Mine.' }));
    const before = await db.statements.toArray();
    const undoId = await unsubscribe(db, 's1');
    const left = (await db.statements.toArray()).map((s) => s.id).sort();
    const expected = before.filter((s) => s.origin !== 's1').map((s) => s.id);
    expect(left).toEqual(expected.sort());
    expect(await db.people.where('origin').equals('s1').count()).toBe(0);
    expect(await db.relations.where('origin').equals('s1').count()).toBe(0);
    expect(await db.statements.where('origin').equals('s10').count()).toBe(2);
    await restoreSubscription(db, undoId);
    expect((await db.statements.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      before.sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});
