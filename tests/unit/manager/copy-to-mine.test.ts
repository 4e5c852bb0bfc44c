import { describe, expect, it } from 'vitest';
import type { LibraryData } from '@/lib/core/library-model';
import type { Person, Statement } from '@/lib/core/records';
import { planCopy } from '@/lib/manager/copy-to-mine';

const at = '2026-01-01T00:00:00Z';
const now = '2026-03-01T12:00:00Z';
const person = (id: string, name: string, origin?: string): Person => ({
  id,
  name,
  aliases: [],
  roles: [{ title: 'Minister' }],
  kind: 'person',
  createdAt: at,
  updatedAt: at,
  ...(origin ? { origin } : {}),
});
const statement = (id: string, personId: string, origin?: string): Statement => ({
  id,
  personId,
  text: `Words of ${id}`,
  date: '2025-05-01',
  sources: [{ url: 'https://news.example/a' }],
  tags: ['t'],
  createdAt: at,
  updatedAt: at,
  ...(origin ? { origin } : {}),
});

function ids() {
  let n = 0;
  return (prefix: 'p' | 's') => `${prefix}-new-${++n}`;
}

describe('Copy to my record', () => {
  const subPerson = person('sub-1-p', 'Wang Yi', 'sub-1');
  const subStatement = statement('sub-1-s', 'sub-1-p', 'sub-1');

  it('copies a subscribed statement and its speaker as the reader’s own, with new ids and no origin', () => {
    const data: LibraryData = { people: [subPerson], statements: [subStatement], relations: [] };
    const plan = planCopy({ kind: 'statement', id: subStatement.id }, data, ids(), now);
    expect(plan?.people).toEqual([{ ...person('p-new-1', 'Wang Yi'), createdAt: now, updatedAt: now }]);
    const { origin: _origin, ...words } = subStatement;
    expect(plan?.statements).toEqual([
      { ...words, id: 's-new-2', personId: 'p-new-1', createdAt: now, updatedAt: now },
    ]);
    expect(plan?.reused).toBe(false);
  });

  it.each([
    ['same spelling', 'Wang Yi'],
    ['other case and spaces', ' wang yi '],
  ])('files the copy under the reader’s own person of that name (%s)', (_case, name) => {
    const mine = person('p-mine', name);
    const data: LibraryData = { people: [subPerson, mine], statements: [subStatement], relations: [] };
    const plan = planCopy({ kind: 'statement', id: subStatement.id }, data, ids(), now);
    expect(plan?.people).toEqual([]);
    expect(plan?.statements.map((s) => [s.personId, s.origin])).toEqual([['p-mine', undefined]]);
  });

  it('copies a subscribed person alone, or says the reader has them already', () => {
    const data: LibraryData = { people: [subPerson], statements: [subStatement], relations: [] };
    const plan = planCopy({ kind: 'person', id: subPerson.id }, data, ids(), now);
    expect(plan?.people.map((p) => [p.id, p.name, p.origin])).toEqual([['p-new-1', 'Wang Yi', undefined]]);
    expect(plan?.statements).toEqual([]);
    const withMine = { ...data, people: [subPerson, person('p-mine', 'Wang Yi')] };
    expect(planCopy({ kind: 'person', id: subPerson.id }, withMine, ids(), now)?.reused).toBe(true);
  });

  it.each([
    ['the reader’s own statement', { kind: 'statement' as const, id: 'own-s' }],
    ['the reader’s own person', { kind: 'person' as const, id: 'own-p' }],
    ['a statement no longer there', { kind: 'statement' as const, id: 'gone' }],
  ])('copies nothing for %s', (_case, target) => {
    const data: LibraryData = {
      people: [person('own-p', 'Ana')],
      statements: [statement('own-s', 'own-p')],
      relations: [],
    };
    expect(planCopy(target, data, ids(), now)).toBeNull();
  });
});
