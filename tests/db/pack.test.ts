import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import {
  exportPack,
  findPeopleByNames,
  importPack,
  listPeople,
  listStatements,
  PackError,
  previewImport,
  putPerson,
  putStatement,
  relationsOf,
  statementsOfPerson,
} from '@/lib/db/repos';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { rankWithReasons } from '@/lib/match/rank';
import { resolvePerson } from '@/lib/match/resolve-person';
import { describeRejection, parsePack } from '@/lib/pack/parse-pack';
import { STARTER_PACK } from '@/lib/pack/starter-data';
import { syntheticPack } from '@/scripts/bench/synthetic-library';
import { freshDb, person, statement } from './helpers';

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const META = { name: 'Backup', author: 'me', licence: 'private', date: '2024-01-01' };
const clone = <T>(x: T): T => structuredClone(x);

describe('starter pack', () => {
  it('loads into an empty library with the seed story intact', async () => {
    const summary = await loadStarterPackIfEmpty(db);
    expect(summary?.people.added).toBe(3);
    const [wang] = await findPeopleByNames(db, ["Beijing's top diplomat"]);
    expect(wang?.name).toBe('Wang Yi');
    const said = await statementsOfPerson(db, wang!.id);
    const munich = said.find((s) => s.text.includes('Ukraine is no exception'));
    expect(munich).toMatchObject({ date: '2022-02-19' });
    expect(munich?.text).toContain('Ukraine is no exception.');
    const [rel] = await relationsOf(db, [munich!.id]);
    expect(rel).toMatchObject({ type: 'shifts-emphasis', labelledBy: 'OnRecord starter pack' });
    expect(rel?.note).toContain("Russia's legitimate concerns");
  });

  it('never loads over a reader’s own records', async () => {
    await putPerson(db, person({ id: 'mine', name: 'Someone Else' }));
    expect(await loadStarterPackIfEmpty(db)).toBeNull();
    expect((await listPeople(db)).map((p) => p.id)).toEqual(['mine']);
  });

  it('puts the Munich statement first on the card for the 24 February quote', async () => {
    await loadStarterPackIfEmpty(db);
    const mention = { name: 'Wang', aliases: [], role: 'foreign minister' };
    const { person: wang } = resolvePerson(mention, await findPeopleByNames(db, ['Wang']), '2022-02-24');
    const said = await statementsOfPerson(db, wang!.id);
    const relations = await relationsOf(
      db,
      said.map((s) => s.id),
    );
    const quote = 'China always respects the sovereignty and territorial integrity of all countries,';
    const ranked = rankWithReasons(said, relations, quote, { excludeSame: true }).map((r) => r.statement);
    expect(ranked[0]?.venue).toBe('Munich Security Conference');
    expect(ranked).toHaveLength(said.length - 1);
  });
});

describe('importPack', () => {
  it('is idempotent: a second import adds nothing', async () => {
    await importPack(db, STARTER_PACK);
    const again = await importPack(db, STARTER_PACK);
    expect(again.people).toEqual({ added: 0, merged: 3 });
    expect(again.statements.added).toBe(0);
    expect(again.relations).toEqual({ added: 0, merged: 1 });
    expect(await listStatements(db)).toHaveLength(8);
  });

  it('merges into a reader’s person and statement by name and words, keeping theirs', async () => {
    await putPerson(db, person({ id: 'my-wang', name: 'Wang Yi', aliases: ['FM Wang'] }));
    await putStatement(
      db,
      statement({
        id: 'my-s',
        personId: 'my-wang',
        text: 'Ukraine is no exception.',
        date: '2022-02-19',
        tags: ['mine'],
      }),
    );
    const pack = clone(STARTER_PACK) as { statements: { text: string; id: string }[] };
    const munich = pack.statements.find((s) => s.id === 'wang-yi-2022-02-19-munich-sovereignty')!;
    munich.text = '“Ukraine is NO exception”';
    const summary = await importPack(db, pack);
    expect(summary.people).toEqual({ added: 2, merged: 1 });
    const wang = (await listPeople(db)).find((p) => p.id === 'my-wang')!;
    expect(wang.aliases).toEqual(['FM Wang', 'Wang', "Beijing's top diplomat"]);
    expect(wang.roles.map((r) => r.title)).toEqual(['Chinese foreign minister']);
    const mine = (await statementsOfPerson(db, 'my-wang')).find((s) => s.id === 'my-s')!;
    expect(mine.text).toBe('Ukraine is no exception.');
    expect(mine.tags).toEqual(['mine', 'Ukraine', 'sovereignty']);
    expect(mine.venue).toBe('Munich Security Conference');
    expect((await relationsOf(db, ['my-s']))[0]?.toId).toBe('my-s');
  });

  it('keeps two namesakes from one pack apart', async () => {
    const pack = {
      ...clone(STARTER_PACK as object),
      people: [
        { id: 'a', name: 'Li Wei' },
        { id: 'b', name: 'Li Wei' },
      ],
      statements: [],
      relations: [],
    };
    expect((await importPack(db, pack)).people.added).toBe(2);
  });

  it('refuses an invalid pack with every problem and writes nothing', async () => {
    const pack = clone(STARTER_PACK) as { statements: { personId: string }[] };
    pack.statements[0]!.personId = 'nobody';
    const error = await importPack(db, pack).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackError);
    expect((error as PackError).errors[0]).toMatch(/^Statement 1 .*personId "nobody"/);
    expect(await listPeople(db)).toEqual([]);
  });

  it('rolls back everything when a write fails part-way', async () => {
    db.relations.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importPack(db, STARTER_PACK)).rejects.toThrow('disk full');
    expect(await listPeople(db)).toEqual([]);
    expect(await listStatements(db)).toEqual([]);
  });
});

describe('exportPack', () => {
  it('round-trips through a fresh library', async () => {
    await importPack(db, STARTER_PACK);
    const exported = await exportPack(db, META);
    expect(parsePack(JSON.parse(JSON.stringify(exported))).ok).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('"keys"');
    const other = freshDb();
    await importPack(other, JSON.parse(JSON.stringify(exported)));
    expect(await exportPack(other, META)).toEqual(exported);
    other.close();
  });
});

describe('previewImport and skipRejected', () => {
  const withBadRecords = () => {
    const pack = clone(STARTER_PACK) as {
      people: { id: string; name: unknown }[];
      statements: { id: string; personId: string }[];
      relations: unknown[];
    };
    pack.people[0]!.name = 42;
    pack.statements.push({ ...pack.statements[0]!, id: 'dup' }, { ...pack.statements[0]!, id: 'dup' });
    return { pack, badPerson: pack.people[0]!.id };
  };

  it('counts what an import would add, merge and leave out, and writes nothing', async () => {
    const { pack, badPerson } = withBadRecords();
    const preview = await previewImport(db, pack);
    expect(await listPeople(db)).toEqual([]);
    expect(preview.meta.name).toBe((STARTER_PACK as { meta: { name: string } }).meta.name);
    expect(preview.people).toEqual({ added: 2, merged: 0 });
    const lines = preview.rejected.map(describeRejection);
    expect(lines[0]).toMatch(new RegExp(`^Person 1 \\(id "${badPerson}"\\): name is not text`));
    expect(lines.some((l) => /is a person that was rejected/.test(l))).toBe(true);
    expect(lines.some((l) => /id "dup" is used twice/.test(l))).toBe(true);
    const summary = await importPack(db, pack, { skipRejected: true });
    expect({ ...summary, rejected: summary.rejected.length }).toEqual({
      ...preview,
      meta: undefined,
      accepted: undefined,
      rejected: preview.rejected.length,
    });
  });

  it('imports a previewed pack without checking it again, merged with what the library gained since', async () => {
    const preview = await previewImport(db, STARTER_PACK);
    expect(preview.statements).toEqual({ added: 8, merged: 0 });
    await importPack(db, STARTER_PACK);
    const summary = await importPack(db, preview.accepted);
    expect(summary.statements).toEqual({ added: 0, merged: 8 });
    expect(summary.relations).toEqual({ added: 0, merged: 1 });
    expect(await listStatements(db)).toHaveLength(8);
  });

  it('previews a merge as merges', async () => {
    await importPack(db, STARTER_PACK);
    const preview = await previewImport(db, STARTER_PACK);
    expect(preview.people).toEqual({ added: 0, merged: 3 });
    expect(preview.rejected).toEqual([]);
  });

  it('still refuses a pack whose envelope is wrong', async () => {
    await expect(previewImport(db, { format: 'other' })).rejects.toBeInstanceOf(PackError);
  });
});

describe('merging within one pack', () => {
  it('folds a second copy of the same words, person and day into the first, and keeps other days apart', async () => {
    const base = clone(STARTER_PACK) as { statements: Record<string, unknown>[]; relations: unknown[] };
    await importPack(db, base);
    const first = base.statements[0]!;
    base.statements.push(
      { ...first, id: 'copy', text: `“${String(first.text).toUpperCase()}”`, tags: ['copy-tag'] },
      // Said again on another day and reported elsewhere: another utterance of the same words.
      { ...first, id: 'other-day', date: '2021-01-01', sources: [{ url: 'https://example.org/2021/again' }] },
    );
    const summary = await importPack(db, base);
    expect(summary.statements).toEqual({ added: 1, merged: 9 });
    const kept = (await listStatements(db)).find((s) => s.id === first.id)!;
    expect(kept.tags).toContain('copy-tag');
    expect((await listStatements(db)).some((s) => s.id === 'copy')).toBe(false);
  });

  it('keeps two statements with the same words inside one pack apart, as a backup of them must', async () => {
    const base = clone(STARTER_PACK) as { statements: Record<string, unknown>[]; relations: unknown[] };
    const first = base.statements[0]!;
    base.statements.push({ ...first, id: 'copy' });
    const summary = await importPack(db, base);
    expect(summary.statements).toEqual({ added: base.statements.length, merged: 0 });
  });
});

describe('large packs', () => {
  it('imports 1,500 statements, and a second import of the same pack merges every record', async () => {
    const pack = syntheticPack(1500, 30);
    const first = await importPack(db, pack);
    expect(first.statements).toEqual({ added: 1500, merged: 0 });
    const again = await importPack(db, pack);
    expect(again.people).toEqual({ added: 0, merged: 30 });
    expect(again.statements).toEqual({ added: 0, merged: 1500 });
    expect(again.relations).toEqual({ added: 0, merged: 150 });
    expect(await db.statements.count()).toBe(1500);
  });
});
