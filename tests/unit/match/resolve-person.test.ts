import { describe, expect, it } from 'vitest';
import { compatibleNames, resolvePerson, roleAt, rolesAgree } from '@/lib/match/resolve-person';
import type { PersonLike } from '@/lib/match/types';

const people: PersonLike[] = [
  {
    id: 'wang-yi',
    name: 'Wang Yi',
    aliases: ['Wang', "Beijing's top diplomat"],
    roles: [{ title: 'Chinese foreign minister' }],
  },
  {
    id: 'lavrov',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'Lavrov'],
    roles: [{ title: 'Russian Foreign Minister' }],
  },
  { id: 'hua', name: 'Hua Chunying', aliases: [], roles: [{ title: 'Senior spokesperson, Chinese Foreign Ministry' }] },
  { id: 'wang-wenbin', name: 'Wang Wenbin', aliases: [], roles: [{ title: 'Spokesperson, Chinese Foreign Ministry' }] },
  {
    id: 'zelensky',
    name: 'Volodymyr Zelenskyy',
    aliases: [],
    roles: [{ title: 'President of Ukraine', from: '2019-05-20' }],
  },
  { id: 'biden', name: 'Joe Biden', aliases: [], roles: [] },
  { id: 'hunter', name: 'Hunter Biden', aliases: [], roles: [] },
];

const m = (name: string, aliases: string[] = [], role: string | null = null) => ({ name, aliases, role });

describe('resolvePerson', () => {
  it.each([
    ['canonical name', m('Wang Yi'), 'wang-yi', ['wang-yi']],
    ['alias on record', m('Wang'), 'wang-yi', ['wang-yi']],
    ['role-noun alias', m("Beijing's top diplomat"), 'wang-yi', ['wang-yi']],
    ['transliteration', m('Sergei Lavrov'), 'lavrov', ['lavrov']],
    ['honorific and possessive', m('Mr. Lavrov’s'), 'lavrov', ['lavrov']],
    ['accent-free ending variant', m('Volodymyr Zelensky'), 'zelensky', ['zelensky']],
    ['initial', m('S. Lavrov'), 'lavrov', ['lavrov']],
    ['bare surname, one fits', m('Zelenskiy'), 'zelensky', ['zelensky']],
    ['bare family name first', m('Hua'), 'hua', ['hua']],
    ['page aliases count', m('Sergey V. Lavrov', ['Lavrov']), 'lavrov', ['lavrov']],
    ['bare surname, two fit', m('Biden'), null, ['biden', 'hunter']],
    ['a role cannot help without stored roles', m('Biden', [], 'President'), null, ['biden', 'hunter']],
    ['unknown', m('Vladimir Putin'), null, []],
    ['empty', m(''), null, []],
  ])('%s', (_label, mention, personId, candidateIds) => {
    const r = resolvePerson(mention, people);
    expect(r.person?.id ?? null).toBe(personId);
    expect(r.candidates.map((c) => c.id).sort()).toEqual(candidateIds);
  });

  it('uses the page role to choose between two who fit', () => {
    const both: PersonLike[] = [
      { id: 'a', name: 'Li Wei', aliases: [], roles: [{ title: 'Minister of Commerce' }] },
      { id: 'b', name: 'Li Wei', aliases: [], roles: [{ title: 'Ambassador to France' }] },
    ];
    expect(resolvePerson(m('Li Wei', [], 'China’s ambassador to France'), both).person?.id).toBe('b');
    expect(resolvePerson(m('Li Wei', [], 'a spokesman'), both).person).toBeNull();
    expect(resolvePerson(m('Li Wei'), both).candidates).toHaveLength(2);
  });

  it('reads the role held at the quote date', () => {
    const moved: PersonLike[] = [
      { id: 'a', name: 'Ann Lee', aliases: [], roles: [{ title: 'Finance Minister', to: '2020-01-01' }] },
      { id: 'b', name: 'Ann Lee', aliases: [], roles: [{ title: 'Finance Minister', from: '2021-01-01' }] },
    ];
    expect(resolvePerson(m('Ann Lee', [], 'finance minister'), moved, '2019-06-01').person?.id).toBe('a');
    expect(resolvePerson(m('Ann Lee', [], 'finance minister'), moved, '2022-06-01').person?.id).toBe('b');
    expect(resolvePerson(m('Ann Lee', [], 'finance minister'), moved, '2020-06-01').person).toBeNull();
  });

  it('prefers an exact name over a surname that also fits', () => {
    expect(resolvePerson(m('Hunter Biden'), people).person?.id).toBe('hunter');
  });
});

describe('compatibleNames', () => {
  it.each([
    ['S. Lavrov', 'Sergey Lavrov', true],
    ['Sergei Lavrov', 'Sergey Lavrov', true],
    ['Sergey Lavrov', 'Sergey Shoigu', false],
    ['Lavrov', 'Sergey Lavrov', false],
    ['A. Lavrov', 'Sergey Lavrov', false],
  ])('%j ~ %j is %s', (a, b, expected) => {
    expect(compatibleNames(a, b)).toBe(expected);
  });
});

describe('rolesAgree', () => {
  it.each([
    ['Russian Foreign Minister', 'Russian Foreign Minister', true],
    ['foreign minister', 'Chinese foreign minister', true],
    ['senior spokesperson', 'Senior spokesperson, Chinese Foreign Ministry', false],
    ['Chinese Foreign Ministry senior spokesperson', 'Senior spokesperson, Chinese Foreign Ministry', true],
    ['Chinese foreign minister', 'Senior spokesperson, Chinese Foreign Ministry', false],
    ['Chinese Ambassador', 'Chinese foreign minister', false],
    ['minister', undefined, false],
  ])('%j vs %j is %s', (page, stored, expected) => {
    expect(rolesAgree(page, stored)).toBe(expected);
  });
});

describe('roleAt', () => {
  const roles = {
    roles: [
      { title: 'Ambassador', from: '2010-01-01', to: '2013-03-15' },
      { title: 'Foreign Minister', from: '2013-03-16', to: '2022-12-30' },
      { title: 'Party foreign affairs director', from: '2022-10-01' },
    ],
  };
  it.each([
    ['2012-05-01', 'Ambassador'],
    ['2013-03-15', 'Ambassador'],
    ['2013-03-16', 'Foreign Minister'],
    ['2022-02-24', 'Foreign Minister'],
    ['2022-11-01T10:00:00Z', 'Party foreign affairs director'],
    ['2009-01-01', null],
    [undefined, 'Party foreign affairs director'],
  ])('at %s: %s', (date, title) => {
    expect(roleAt(roles, date)?.title ?? null).toBe(title);
  });

  it('falls back to the role that ended last when none is held', () => {
    expect(
      roleAt({
        roles: [
          { title: 'A', to: '2001-01-01' },
          { title: 'B', to: '2005-01-01' },
        ],
      })?.title,
    ).toBe('B');
    expect(roleAt({ roles: [] })).toBeNull();
    expect(roleAt({ roles: [{ title: 'Undated' }] }, '1999-01-01')?.title).toBe('Undated');
  });
});
