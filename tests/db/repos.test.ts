import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import {
  countStatementsByPerson,
  findPeopleByNames,
  listPeople,
  putPerson,
  putRelation,
  putStatement,
  relationsOf,
  statementsOfPerson,
} from '@/lib/db/repos';
import { freshDb, person, relation, statement } from './helpers';

let db: OnRecordDb;

beforeEach(async () => {
  db = freshDb();
  await putPerson(db, person({ id: 'lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'] }));
  await putPerson(db, person({ id: 'wang', name: 'Wang Yi', aliases: ["Beijing's top diplomat"] }));
  await putPerson(db, person({ id: 'wang-wenbin', name: 'Wang Wenbin' }));
  await putPerson(db, person({ id: 'zelensky', name: 'Volodymyr Zelenskyy' }));
});

afterEach(() => db.close());

describe('findPeopleByNames', () => {
  it.each([
    [['Sergey Lavrov'], ['lavrov']],
    [['Sergei Lavrov'], ['lavrov']],
    [['Mr. Lavrov’s'], ['lavrov']],
    [['SERGEY LAVROV'], ['lavrov']],
    [['Volodymyr Zelensky'], ['zelensky']],
    [['Zelenskiy'], ['zelensky']],
    [["Beijing's top diplomat"], ['wang']],
    [['the top diplomat'], []],
    [['Wang'], ['wang', 'wang-wenbin']],
    [
      ['Wang Yi', 'Lavrov'],
      ['lavrov', 'wang', 'wang-wenbin'],
    ],
    [['Vladimir Putin'], []],
    [[''], []],
    [[], []],
  ])('%j finds %j', async (names, ids) => {
    const found = await findPeopleByNames(db, names);
    expect(found.map((p) => p.id).sort()).toEqual(ids);
  });

  it('returns the shared Person shape without index fields', async () => {
    const [found] = await findPeopleByNames(db, ['Lavrov']);
    expect(found).toBeDefined();
    expect(Object.keys(found!).sort()).toEqual(['aliases', 'createdAt', 'id', 'kind', 'name', 'roles', 'updatedAt']);
  });

  it('follows an alias added later', async () => {
    const wang = (await listPeople(db)).find((p) => p.id === 'wang')!;
    await putPerson(db, { ...wang, aliases: [...wang.aliases, 'China’s foreign minister'] });
    expect((await findPeopleByNames(db, ["China's foreign minister"])).map((p) => p.id)).toEqual(['wang']);
  });
});

describe('statements and relations', () => {
  beforeEach(async () => {
    await putStatement(db, statement({ id: 'munich', personId: 'wang', date: '2022-02-19' }));
    await putStatement(db, statement({ id: 'call', personId: 'wang', date: '2022-02-24' }));
    await putStatement(db, statement({ id: 'undated', personId: 'wang' }));
    await putStatement(db, statement({ id: 'forced', personId: 'lavrov', date: '2022-02-24' }));
    await putRelation(db, relation({ id: 'r1', fromId: 'call', toId: 'munich', type: 'shifts-emphasis' }));
    await putRelation(db, relation({ id: 'r2', fromId: 'forced', toId: 'call' }));
  });

  it('lists a person’s statements newest first, undated last', async () => {
    expect((await statementsOfPerson(db, 'wang')).map((s) => s.id)).toEqual(['call', 'munich', 'undated']);
    expect(await statementsOfPerson(db, 'nobody')).toEqual([]);
  });

  it.each([
    [['munich'], ['r1']],
    [['call'], ['r1', 'r2']],
    [
      ['call', 'munich', 'forced'],
      ['r1', 'r2'],
    ],
    [['undated'], []],
    [[], []],
  ])('relationsOf(%j) is %j', async (ids, expected) => {
    expect((await relationsOf(db, ids)).map((r) => r.id).sort()).toEqual(expected);
  });

  it('counts statements per person', async () => {
    expect(Object.fromEntries(await countStatementsByPerson(db))).toEqual({ wang: 3, lavrov: 1 });
  });

  it('keeps createdAt and moves updatedAt on rewrite', async () => {
    const before = (await db.statements.get('munich'))!;
    const after = await putStatement(db, { ...before, text: 'changed' });
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt >= before.updatedAt).toBe(true);
  });
});
