import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetRememberedReads,
  loadCard,
  RELATIONS_BY_INDEX_MAX,
  relationsAmong,
  rememberedStatements,
} from '@/lib/background/card-lookup';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson } from '@/lib/db/repos-people';
import { putRelation, relationsOf } from '@/lib/db/repos-relations';
import { putStatement, statementsOfPerson } from '@/lib/db/repos-statements';
import { freshDb, person, relation, statement } from '@/tests/db/helpers';

const show = (text: string) => ({
  quote: { id: 'q1', text, kind: 'direct' as const, speaker: 'Ada Quill', prefix: '', suffix: '' },
  page: { url: 'https://example.org/a', title: 'A', outlet: null, publishedAt: '2026-01-10' },
  people: [{ name: 'Ada Quill', role: null, aliases: [], kind: 'person' as const }],
});

describe('the card lookup remembers a speaker’s record only until the library changes', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    forgetRememberedReads();
    db = freshDb();
    await putPerson(db, person({ id: 'ada', name: 'Ada Quill' }));
    await putPerson(db, person({ id: 'other', name: 'Bo Other' }));
    for (let i = 0; i < RELATIONS_BY_INDEX_MAX + 50; i++)
      await putStatement(
        db,
        statement({
          id: `s${i}`,
          personId: 'ada',
          text: `Harbour dredging phase ${i} starts soon.`,
          date: '2025-01-01',
        }),
      );
    await putStatement(db, statement({ id: 'o1', personId: 'other', text: 'Unrelated words entirely.' }));
    await putRelation(db, relation({ id: 'r1', fromId: 's1', toId: 's0' }));
    await putRelation(db, relation({ id: 'r2', fromId: 'o1', toId: 's7' }));
    await putStatement(db, statement({ id: 'o2', personId: 'other', text: 'Other words again.' }));
    await putRelation(db, relation({ id: 'r3', fromId: 'o1', toId: 'o2' }));
  });
  afterEach(() => db.close());

  it('reads the relations of many statements as the indexes would give them', async () => {
    const ids = (await statementsOfPerson(db, 'ada')).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(RELATIONS_BY_INDEX_MAX);
    const byId = (rs: { id: string }[]) => rs.map((r) => r.id).sort();
    expect(byId(await relationsAmong(db, ids))).toEqual(byId(await relationsOf(db, ids)));
    expect(byId(await relationsAmong(db, ids))).toEqual(['r1', 'r2']);
    expect(byId(await relationsAmong(db, ['s0', 's3']))).toEqual(['r1']);
  });

  it('answers a second lookup from memory, and a write makes the next one read again', async () => {
    const first = await rememberedStatements(db, 'ada');
    expect(await rememberedStatements(db, 'ada')).toBe(first);
    await putStatement(
      db,
      statement({ id: 'late', personId: 'ada', text: 'A late word on dredging.', date: '2026-01-05' }),
    );
    const again = await rememberedStatements(db, 'ada');
    expect(again).not.toBe(first);
    expect(again.map((s) => s.id)).toContain('late');
  });

  it('shows a statement added after the speaker’s card was seen', async () => {
    const quote = show('Lighthouse keepers will retire in March.');
    const before = await loadCard(db, quote);
    expect(before.known).toBe(true);
    expect(before.earlier.some((s) => s.id === 'late')).toBe(false);
    await putStatement(
      db,
      statement({
        id: 'late',
        personId: 'ada',
        text: 'Our lighthouse keepers retire next spring after forty years of service.',
        date: '2026-01-05',
      }),
    );
    const after = await loadCard(db, quote);
    expect(after.earlier[0]?.id).toBe('late');
  });
});
