/**
 * A content script runs inside pages we do not trust, so nothing it sends may change the reader's library
 * unless the reader made that write possible by a gesture: the only content -> background write is
 * 'capture/remember', which stores quotes only for a site the reader opted in, from a frame on that site.
 * The background's full message path (gate with its handlers, relay, library lookup) is driven here with
 * valid and hostile messages against a real library.
 */
import * as fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCard } from '@/lib/background/card-lookup';
import { createCardRelay } from '@/lib/background/card-relay';
import { rememberQuotes } from '@/lib/background/save-handlers';
import { type ContentHandlers, createContentGate, parseContentMessage } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack } from '@/lib/db/repos-pack';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { freshDb } from '@/tests/db/helpers';

/** Everything the library holds, in a form two snapshots can be compared by. */
async function snapshot(db: OnRecordDb): Promise<string> {
  const [people, statements, relations] = await Promise.all([
    db.people.toArray(),
    db.statements.toArray(),
    db.relations.toArray(),
  ]);
  return JSON.stringify({ people, statements, relations });
}

const validShow = (text: string, speaker: string | null) => ({
  type: 'card/show',
  payload: {
    nonce: '0123456789abcdef0123456789abcdef',
    quote: { id: 'q1', text, kind: 'direct', speaker, prefix: '', suffix: '' },
    page: { url: 'https://hostile.example/a', title: 't', outlet: null, publishedAt: '2022-02-24' },
    people: speaker ? [{ name: speaker, role: 'Minister', aliases: [], kind: 'person' }] : [],
  },
});

/** Message types a write would need; the gate must refuse every one of them. */
const WRITE_TYPES = [
  'library/put-person',
  'library/put-statement',
  'library/delete',
  'library/import',
  'library/clear',
  'person/save',
  'statement/save',
  'relation/save',
  'pack/import',
  'settings/save',
  'card/open-manager',
  'card/closed',
];

const remember = (pageUrl: string) => ({
  type: 'capture/remember',
  payload: {
    page: { url: pageUrl, title: 't', outlet: null, publishedAt: '2022-02-24' },
    quotes: [
      {
        id: 'q9',
        text: 'Planted words that no reader chose to keep in the library at all.',
        kind: 'direct',
        speaker: 'Wang Yi',
        prefix: '',
        suffix: '',
      },
    ],
    people: [{ name: 'Wang Yi', role: 'Foreign Minister', aliases: [], kind: 'person' }],
  },
});

/** The background's content handlers as entrypoints/background.ts wires them, with the sites opted in. */
const background = (db: OnRecordDb, sites: string[]): ContentHandlers => ({
  'capture/remember': (payload, sender) => rememberQuotes(db, payload, sender.url, sites),
});

/** Sends one message through the gate as a content script in a tab at `url`, and waits for its answer. */
const send = (handlers: ContentHandlers, message: unknown, url: string) =>
  new Promise<unknown>((resolve) => {
    const answered = createContentGate(handlers, () => false)(message, { tab: { id: 3 }, url }, resolve);
    if (answered !== true) resolve(undefined);
  });

describe('content scripts and the library', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, STARTER_PACK);
  });

  it.each(WRITE_TYPES)('refuses a %s message from a content script', (type) => {
    const parsed = parseContentMessage({ type, payload: { name: 'Wang Yi', text: 'planted words' } });
    expect(parsed.ok).toBe(false);
  });

  it('accepts the card messages and the opt-in capture, nothing else', () => {
    const accepted = ['card/show', 'card/hide', 'capture/remember', ...WRITE_TYPES].filter((type) => {
      if (type === 'card/show') return parseContentMessage(validShow('x', null)).ok;
      if (type === 'capture/remember') return parseContentMessage(remember('https://a.example/x')).ok;
      return parseContentMessage({ type, payload: { nonce: 'ab'.repeat(8) } }).ok;
    });
    expect(accepted).toEqual(['card/show', 'card/hide', 'capture/remember']);
  });

  it.each([
    ['no site opted in', [], 'https://a.example/x', 'https://a.example/x'],
    ['another site opted in', ['b.example'], 'https://a.example/x', 'https://a.example/x'],
    ['a page that claims the opted-in site', ['b.example'], 'https://a.example/x', 'https://b.example/x'],
    ['a frame of the opted-in site describing another', ['a.example'], 'https://a.example/x', 'https://b.example/x'],
  ])('stores nothing a content script remembers with %s', async (_case, sites, senderUrl, pageUrl) => {
    const before = await snapshot(db);
    const answer = await send(background(db, sites), remember(pageUrl), senderUrl);
    expect(answer).toMatchObject({ ok: false });
    expect(await snapshot(db)).toBe(before);
  });

  it('stores remembered quotes for the site the reader opted in (so the refusals above can fail)', async () => {
    const before = await snapshot(db);
    const answer = await send(background(db, ['a.example']), remember('https://a.example/x'), 'https://a.example/x');
    expect(answer).toMatchObject({ ok: true });
    expect(await snapshot(db)).not.toBe(before);
  });

  it('leaves the library unchanged whatever a page drives its content script to send', async () => {
    const before = await snapshot(db);
    const lookups: Promise<unknown>[] = [];
    const relay = createCardRelay({
      isCardPage: () => true,
      sendToTab: () => {},
      lookup: (show) => {
        const p = loadCard(db, show);
        lookups.push(p);
        return p;
      },
      openManager: () => {},
    });
    const gate = createContentGate(background(db, []), () => false);
    const sender = { tab: { id: 7 } as never, url: 'https://hostile.example/a', frameId: 0 };
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('card/show', 'card/hide', ...WRITE_TYPES), payload: fc.anything() }),
      fc
        .tuple(fc.string({ maxLength: 300 }), fc.option(fc.constantFrom('Wang Yi', 'Sergey Lavrov', 'Zed Nobody')))
        .map(([text, speaker]) => validShow(text || 'x', speaker)),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (message) => {
        gate(message, sender, () => {});
        relay.onMessage(message, sender);
        await Promise.allSettled(lookups);
      }),
      { numRuns: 300 },
    );
    expect(lookups.length).toBeGreaterThan(0);
    expect(await snapshot(db)).toBe(before);
  });
});
