import { beforeEach, describe, expect, it } from 'vitest';
import { loadCard } from '@/lib/background/card-lookup';
import { dismissFromCard, listenForCardActions, READER_LABEL, relateFromCard } from '@/lib/background/card-suggest';
import { setSiteRemembered } from '@/lib/background/remember-sites';
import type { BackgroundToCard, Message, PageInfo } from '@/lib/core/protocol';
import { parseCardAction, parseContentMessage } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary } from '@/lib/db/repos-curation';
import { importPack } from '@/lib/db/repos-pack';
import { putPerson } from '@/lib/db/repos-people';
import { dismissedKeysFor, listDismissals, relateStatements, undoDismissal } from '@/lib/db/repos-suggest';
import { tensionKey } from '@/lib/match/tension';
import { freshDb, person, statement } from './helpers';
import { budgetPage, FUEL, FUEL_QUOTE, LENA_MARSH_PACK, MARSH_PEOPLE } from './lena-marsh';

const PACK = LENA_MARSH_PACK;
const page: PageInfo = budgetPage(
  'https://courier.example/budget',
  'Marsh sets out a budget of fuel taxes and road cuts',
);
const people = MARSH_PEOPLE;
const quote = FUEL_QUOTE;
const show = { quote, page, people };
const PLEDGE = 's-marsh-fuel-pledge';

describe('suggestions: dismiss, undo, confirm', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, PACK);
  });

  const suggested = async () => ((await loadCard(db, show)).suggestions ?? []).map((s) => s.statement.id);
  const keyOf = async () => (await loadCard(db, show)).suggestions!.find((s) => s.statement.id === PLEDGE)!.key!;

  it('the pack yields a possible tension for the page quote, keyed by its words while it is not on record', async () => {
    expect(await suggested()).toEqual([PLEDGE]);
    expect(await keyOf()).toBe(tensionKey({ text: FUEL }, PLEDGE));
  });

  it('a dismissed suggestion is gone on every later lookup, and Undo brings it back', async () => {
    expect(await dismissFromCard(db, { ...show, statementId: PLEDGE, key: await keyOf() })).toBe(true);
    expect(await suggested()).toEqual([]);
    const [stored] = await listDismissals(db);
    expect(stored).toMatchObject({ earlierId: PLEDGE, quoteText: FUEL, textKey: tensionKey({ text: FUEL }, PLEDGE) });
    // The same words on another page (another quote id, other marks) stay dismissed.
    const elsewhere = { ...show, quote: { ...quote, id: 'q9', text: `“${FUEL.toUpperCase()},”` } };
    expect((await loadCard(db, elsewhere)).suggestions).toEqual([]);
    expect(await undoDismissal(db, stored!.key)).toBe(true);
    expect(await suggested()).toEqual([PLEDGE]);
  });

  it('a dismissal made before the quote was saved still holds once it is on record (pair key)', async () => {
    await dismissFromCard(db, { ...show, statementId: PLEDGE, key: await keyOf() });
    const saved = await relateFromCard(db, {
      ...show,
      statementId: 's-marsh-festival',
      type: 'consistent-with',
      note: 'unrelated, to get the quote saved',
    });
    expect(saved.status).toBe('related');
    const card = await loadCard(db, show);
    expect(card.onRecord).not.toBeNull();
    expect(card.suggestions).toEqual([]);
    const keys = await dismissedKeysFor(db, FUEL, [PLEDGE], [card.onRecord!.id]);
    expect(keys).toContain(tensionKey({ text: FUEL, statementId: card.onRecord!.id }, PLEDGE));
  });

  it('refuses to remember a key the library does not suggest for this quote', async () => {
    expect(await dismissFromCard(db, { ...show, statementId: PLEDGE, key: 'pair:anything|else' })).toBe(false);
    expect(await dismissFromCard(db, { ...show, statementId: 's-marsh-festival', key: await keyOf() })).toBe(false);
    expect(await listDismissals(db)).toEqual([]);
  });

  it('confirm saves the quote, stores the relation labelled by the reader, and the card shows it first', async () => {
    const related = await relateFromCard(db, {
      ...show,
      statementId: PLEDGE,
      type: 'reverses',
      note: '  Pledged not to raise fuel taxes; now raises them.  ',
    });
    expect(related).toMatchObject({ status: 'related', type: 'reverses', personName: 'Lena Marsh' });
    const relations = await db.relations.toArray();
    expect(relations).toHaveLength(1);
    const card = await loadCard(db, show);
    expect(relations[0]).toMatchObject({
      fromId: card.onRecord!.id,
      toId: PLEDGE,
      type: 'reverses',
      note: 'Pledged not to raise fuel taxes; now raises them.',
      labelledBy: READER_LABEL,
    });
    expect(card.suggestions).toEqual([]);
    expect(card.earlier[0]).toMatchObject({ id: PLEDGE, relation: { type: 'reverses', labelledBy: READER_LABEL } });
    expect(card.onRecord?.sources[0]?.url).toBe(page.url);
  });

  it('relating the same pair again relabels it instead of adding a second relation', async () => {
    await relateFromCard(db, { ...show, statementId: PLEDGE, type: 'contradicts', note: 'a' });
    await relateFromCard(db, { ...show, statementId: PLEDGE, type: 'qualifies', note: 'b' });
    expect((await db.relations.toArray()).map((r) => [r.type, r.note])).toEqual([['qualifies', 'b']]);
  });

  it('an ambiguous speaker is left to the reader, and the relation is stored under the person they pick', async () => {
    await putPerson(
      db,
      person({
        id: 'p-tom-marsh',
        name: 'Tom Marsh',
        aliases: ['Marsh'],
        roles: [{ title: 'Transport minister', from: '2023-01-01' }],
      }),
    );
    const bare = { ...show, quote: { ...quote, speaker: 'Marsh' }, people: [] };
    const asked = await relateFromCard(db, { ...bare, statementId: PLEDGE, type: 'contradicts', note: '' });
    expect(asked.status).toBe('ambiguous');
    expect(asked.candidates).toEqual(expect.arrayContaining(['Lena Marsh', 'Tom Marsh']));
    expect(await db.relations.count()).toBe(0);
    const picked = await relateFromCard(db, {
      ...bare,
      speaker: 'Lena Marsh',
      statementId: PLEDGE,
      type: 'contradicts',
      note: '',
    });
    expect(picked.status).toBe('related');
    expect(await db.relations.count()).toBe(1);
  });

  it("will not relate the quote to another person's statement or to itself", async () => {
    await putPerson(db, person({ id: 'p-x', name: 'Xavier Holt' }));
    await db.statements.add(statement({ id: 's-x', personId: 'p-x', text: 'Fuel taxes will rise.' }));
    const other = await relateFromCard(db, { ...show, statementId: 's-x', type: 'contradicts', note: '' });
    expect(other).toMatchObject({ status: 'failed' });
    expect(other.error).toMatch(/not Lena Marsh/);
    const missing = await relateFromCard(db, { ...show, statementId: 'nope', type: 'contradicts', note: '' });
    expect(missing.status).toBe('failed');
    await expect(
      relateStatements(db, { fromId: PLEDGE, toId: PLEDGE, type: 'qualifies', note: '', labelledBy: 'me' }),
    ).rejects.toThrow(/itself/);
    expect(await db.relations.count()).toBe(0);
  });

  it('Delete everything clears dismissals with the library and keeps the remember opt-ins', async () => {
    await dismissFromCard(db, { ...show, statementId: PLEDGE, key: await keyOf() });
    await setSiteRemembered(db, 'courier.example', true);
    await clearLibrary(db);
    expect(await db.dismissals.count()).toBe(0);
    expect(await db.statements.count()).toBe(0);
    expect(await db.prefs.count()).toBe(1);
  });
});

describe('card action messages', () => {
  it.each([
    [
      'an unknown relation type',
      { type: 'card/relate', payload: { ...show, statementId: PLEDGE, type: 'refutes', note: '' } },
    ],
    [
      'an extra field',
      { type: 'card/relate', payload: { ...show, statementId: PLEDGE, type: 'qualifies', note: '', labelledBy: 'x' } },
    ],
    [
      'a key that is no tension key',
      { type: 'card/dismiss', payload: { ...show, statementId: PLEDGE, key: 'drop table' } },
    ],
    [
      'a page URL that is not the web',
      { type: 'card/undismiss', payload: { ...show, page: { ...page, url: 'javascript:1' }, key: 'pair:a|b' } },
    ],
    [
      'a note far too long',
      { type: 'card/relate', payload: { ...show, statementId: PLEDGE, type: 'qualifies', note: 'x'.repeat(3000) } },
    ],
  ])('refuses %s', (_what, raw) => {
    expect(parseCardAction(raw)).toMatchObject({ ok: false });
  });

  it('is never accepted from a content script: the content gate knows none of these types', () => {
    for (const type of ['card/relate', 'card/dismiss', 'card/undismiss'])
      expect(parseContentMessage({ type, payload: { ...show, statementId: PLEDGE, key: 'pair:a|b' } })).toMatchObject({
        ok: false,
        error: expect.stringContaining('unknown message type'),
      });
  });

  it('leaves other messages to other listeners, and accepts well-formed actions', () => {
    expect(parseCardAction({ type: 'card/save', payload: show })).toBeNull();
    expect(parseCardAction(undefined)).toBeNull();
    expect(
      parseCardAction({ type: 'card/dismiss', payload: { ...show, statementId: PLEDGE, key: 'quote:abc|s1' } }),
    ).toMatchObject({ ok: true });
  });

  function fakePort(url: string, tabId: number | null = 1) {
    const listeners: ((m: unknown) => void)[] = [];
    const posted: Message<BackgroundToCard>[] = [];
    return {
      posted,
      fire: (m: unknown) => {
        for (const l of listeners) l(m);
      },
      port: {
        name: 'card:0123456789abcdef',
        sender: { tab: tabId === null ? undefined : ({ id: tabId } as never), url },
        postMessage: (m: unknown) => void posted.push(m as Message<BackgroundToCard>),
        onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) } as never,
      },
    };
  }
  const CARD_URL = 'chrome-extension://abc/card.html';
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('a card port hears Confirm: answers card/related, then the refreshed card data', async () => {
    const db = freshDb();
    await importPack(db, PACK);
    const { port, fire, posted } = fakePort('chrome-extension://dynamic-id/card.html#x');
    expect(listenForCardActions(db, port, CARD_URL)).toBe(true);
    fire({ type: 'card/relate', payload: { ...show, statementId: PLEDGE, type: 'contradicts', note: 'n' } });
    await until(() => posted.length >= 2);
    expect(posted.map((m) => m.type)).toEqual(['card/related', 'card/data']);
    const data = posted[1]!.payload as { earlier: { id: string; relation: unknown }[] };
    expect(data.earlier[0]).toMatchObject({ id: PLEDGE, relation: { type: 'contradicts' } });
  });

  it('a card port hears Dismiss and Undo, each followed by fresh data', async () => {
    const db = freshDb();
    await importPack(db, PACK);
    const { port, fire, posted } = fakePort('chrome-extension://dynamic-id/card.html');
    listenForCardActions(db, port, CARD_URL);
    const key = tensionKey({ text: FUEL }, PLEDGE);
    fire({ type: 'card/dismiss', payload: { ...show, statementId: PLEDGE, key } });
    await until(() => posted.length >= 2);
    expect(posted[0]).toEqual({
      type: 'card/dismissed',
      payload: { quoteId: 'q1', key, statementId: PLEDGE, undone: false },
    });
    expect((posted[1]!.payload as { suggestions: unknown[] }).suggestions).toEqual([]);
    fire({ type: 'card/undismiss', payload: { ...show, key } });
    await until(() => posted.length >= 4);
    expect(posted[2]).toMatchObject({ type: 'card/dismissed', payload: { undone: true } });
    expect((posted[3]!.payload as { suggestions: unknown[] }).suggestions).toHaveLength(1);
  });

  it('ports that are not a card frame in a tab are not heard', () => {
    const db = freshDb();
    expect(listenForCardActions(db, fakePort('https://evil.example/card.html').port, CARD_URL)).toBe(false);
    expect(listenForCardActions(db, fakePort('chrome-extension://abc/card.html', null).port, CARD_URL)).toBe(false);
  });
});
