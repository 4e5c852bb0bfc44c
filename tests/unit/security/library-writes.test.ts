/**
 * A content script runs inside pages we do not trust, so nothing it sends may change the reader's library:
 * the only content -> background messages are reads (show/hide a card), and the background's full message
 * path (gate, relay, library lookup) is driven here with valid and hostile messages against a real library.
 */
import * as fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { importPack } from '../../../lib/db/repos-pack';
import type { OnRecordDb } from '../../../lib/db/schema';
import { loadCard } from '../../../lib/messages/card-lookup';
import { createCardRelay } from '../../../lib/messages/card-relay';
import { createContentGate, parseContentMessage } from '../../../lib/messages/validate';
import { STARTER_PACK } from '../../../lib/pack/starter';
import { freshDb } from '../../db/helpers';

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

  it('accepts only the read-only card messages', () => {
    const accepted = ['card/show', 'card/hide', ...WRITE_TYPES].filter(
      (type) =>
        parseContentMessage(type === 'card/show' ? validShow('x', null) : { type, payload: { nonce: 'ab'.repeat(8) } })
          .ok,
    );
    expect(accepted).toEqual(['card/show', 'card/hide']);
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
    const gate = createContentGate({}, () => false);
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
