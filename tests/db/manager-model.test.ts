import { describe, expect, it } from 'vitest';
import { filterChoices, filterStatements, type LibraryFilter, NO_FILTER } from '@/components/manager/filters';
import { laterFirst, personFromFields, relationFrom, statementFromFields } from '@/components/manager/forms';
import type { Statement } from '@/lib/core/records';

const T = '2024-01-01T00:00:00.000Z';
const s = (id: string, over: Partial<Statement> = {}): Statement => ({
  id,
  personId: 'p1',
  text: id,
  sources: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
  ...over,
});
const data = {
  people: [],
  statements: [
    s('a', {
      date: '2022-02-19',
      tags: ['Ukraine'],
      sources: [{ url: 'https://www.newsweek.com/x', outlet: 'Newsweek' }],
    }),
    s('b', { date: '2022-02-24', personId: 'p2', tags: ['ukraine', 'Russia'] }),
    s('c'),
  ],
  relations: [{ id: 'r', fromId: 'b', toId: 'a', type: 'reverses' as const, note: '', labelledBy: 'me', createdAt: T }],
};

describe('filterStatements', () => {
  it.each<[Partial<LibraryFilter>, Set<string> | null, string[]]>([
    [{}, null, ['a', 'b', 'c']],
    [{ personId: 'p2' }, null, ['b']],
    [{ tag: 'UKRAINE' }, null, ['a', 'b']],
    [{ from: '2022-02-20' }, null, ['b']],
    [{ to: '2022-02-19' }, null, ['a']],
    [{ from: '2022-02-19', to: '2022-02-24' }, null, ['a', 'b']],
    [{ outlet: 'newsweek' }, null, ['a']],
    [{ outlet: 'newsweek.com' }, null, ['a']],
    [{ relation: 'related' }, null, ['a', 'b']],
    [{ relation: 'unrelated' }, null, ['c']],
    [{ relation: 'reverses' }, null, ['a', 'b']],
    [{ relation: 'contradicts' }, null, []],
    [{}, new Set(['c', 'b']), ['b', 'c']],
    [{ tag: 'russia' }, new Set(['a']), []],
  ])('%j with search %j keeps %j', (filter, search, ids) => {
    expect([...filterStatements(data, { ...NO_FILTER, ...filter }, search)].sort()).toEqual(ids);
  });

  it('offers each tag once, in the first spelling seen, and every outlet', () => {
    expect(filterChoices(data)).toEqual({ tags: ['Russia', 'Ukraine'], outlets: ['newsweek', 'newsweek.com'] });
  });
});

describe('forms', () => {
  const fields = {
    personId: 'p1',
    text: '  Words.  ',
    date: '',
    venue: '',
    url: '',
    outlet: '',
    sourceTitle: '',
    sourceDate: '',
    tags: 'a, b, a,',
  };

  it('builds a statement, trimming and de-duplicating tags, keeping extra sources of the edited one', () => {
    const base = s('x', { sources: [{ url: 'https://a.org' }, { url: 'https://b.org' }], createdAt: T });
    const result = statementFromFields({ ...fields, url: 'https://c.org' }, base);
    expect(result).toMatchObject({ ok: true, value: { id: 'x', text: 'Words.', tags: ['a', 'b'], createdAt: T } });
    if (result.ok) expect(result.value.sources.map((x) => x.url)).toEqual(['https://c.org', 'https://b.org']);
  });

  it.each([
    [{ date: '19/02/2022' }, 'The date is not a date: write a year (2013), a month (2013-05) or a day'],
    [{ url: 'data:text/html,x' }, 'The link of source 1 is not a web link'],
    [{ url: 'https://a.org', sourceDate: 'May 2022' }, 'The date of source 1 is not a date'],
    [{ text: ' ' }, 'The quote is empty'],
  ])('refuses a statement with %j', (change, error) => {
    const result = statementFromFields({ ...fields, ...change }, undefined);
    expect(result.ok ? [] : result.errors.join('\n')).toContain(error);
  });

  it('reads roles as rows, blank rows left out, partial dates in the stored form', () => {
    const result = personFromFields(
      {
        name: 'Wang Yi',
        kind: 'person',
        aliases: 'Wang\n\n王毅 ',
        roles: [
          { title: ' Foreign minister ', from: '2013-3', to: '2022' },
          { title: '', from: '', to: '' },
          { title: 'Director', from: '', to: '' },
        ],
      },
      undefined,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        aliases: ['Wang', '王毅'],
        roles: [{ title: 'Foreign minister', from: '2013-03', to: '2022' }, { title: 'Director' }],
      },
    });
  });

  it.each([
    [{ title: 'Minister', from: 'March 2013', to: '' }, 'The start date of role 1 is not a date'],
    [{ title: 'Minister', from: '2013', to: '2022-02-30' }, 'The end date of role 1 is not a date'],
    [{ title: '', from: '2013', to: '' }, 'The title of role 1 is empty'],
  ])('names the field of a bad role %j', (row, message) => {
    const bad = personFromFields({ name: 'X', kind: 'person', aliases: '', roles: [row] }, undefined);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringContaining(message)]);
  });

  it('orders a pair later first and refuses relating a statement to itself', () => {
    const [later] = laterFirst(s('old', { date: '2020-01-01' }), s('new', { date: '2021-01-01' }));
    expect(later.id).toBe('new');
    expect(relationFrom('a', 'a', 'qualifies', '').ok).toBe(false);
    expect(relationFrom('b', 'a', 'qualifies', ' why ')).toMatchObject({ ok: true, value: { note: 'why' } });
  });
});
