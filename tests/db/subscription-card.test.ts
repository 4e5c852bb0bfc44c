import { beforeEach, describe, expect, it } from 'vitest';
import { forgetRememberedReads, loadCard } from '@/lib/background/card-lookup';
import type { PageInfo, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, putStatement } from '@/lib/db/repos';
import { freshDb, person, statement } from './helpers';
import { publishedPack, subscribeTo } from './subscription-fixtures';

const page: PageInfo = { url: 'https://news.example/a', title: 'A', outlet: null, publishedAt: '2022-03-01T00:00:00Z' };
const quote: PageQuote = {
  id: 'q1',
  text: 'China respects the sovereignty of all countries',
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
};

/** Subscribes to desk `id`'s pack: Wang Yi, foreign minister, saying `text`. */
function subscribe(db: OnRecordDb, id: string, text: string): Promise<void> {
  const pack = publishedPack({
    meta: { name: id, licence: 'CC0' },
    people: [{ id: 'wang-yi', name: 'Wang Yi', roles: [{ title: 'Foreign minister' }] }],
    statements: [{ id: 'said', personId: 'wang-yi', text, date: '2022-02-19' }],
  });
  return subscribeTo(db, id, pack, '2026-01-01T00:00:00.000Z');
}

describe('the card over layers', () => {
  let db: OnRecordDb;
  beforeEach(() => {
    db = freshDb();
    forgetRememberedReads();
  });

  it('finds a subscribed speaker by name when the reader has no record of them', async () => {
    await subscribe(db, 'deska', 'Ukraine is no exception.');
    const card = await loadCard(db, { quote, page, people: [] });
    expect(card.known).toBe(true);
    expect(card.earlier.map((s) => s.text)).toEqual(['Ukraine is no exception.']);
  });

  it('shows what the reader and two publishers hold of one speaker together, without asking who is meant', async () => {
    await putPerson(db, person({ id: 'wang-yi', name: 'Wang Yi' }));
    await putStatement(db, statement({ id: 'mine', personId: 'wang-yi', text: 'My own note.', date: '2022-02-20' }));
    await subscribe(db, 'deska', 'Ukraine is no exception.');
    await subscribe(db, 'deskb', 'We respect the territorial integrity of all countries.');
    const card = await loadCard(db, { quote, page, people: [] });
    expect(card.known).toBe(true);
    expect(card.speaker).toBe('Wang Yi');
    expect(card.earlier.map((s) => s.text).sort()).toEqual(
      ['My own note.', 'Ukraine is no exception.', 'We respect the territorial integrity of all countries.'].sort(),
    );
  });
});
