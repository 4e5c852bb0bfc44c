import { describe, expect, it } from 'vitest';
import type { Person, Relation, Statement } from '@/lib/core/records';
import { CSV_COLUMNS } from '@/lib/pack/csv-columns';
import { parseCsv } from '@/lib/pack/csv-parse';
import { statementsToCsv } from '@/lib/pack/export-csv';
import { csvToPack, looksLikeCsv } from '@/lib/pack/import-csv';
import { checkPack } from '@/lib/pack/parse-pack';
import { scopeLibrary } from '@/lib/pack/scope';

const T = '2024-01-01T00:00:00.000Z';
const meta = { name: 'lib.csv', author: 'not given', licence: 'not given', date: '2024-01-01' };
const person = (id: string, name: string, more: Partial<Person> = {}): Person => ({
  id,
  name,
  aliases: [],
  roles: [],
  kind: 'person',
  createdAt: T,
  updatedAt: T,
  ...more,
});
const statement = (id: string, personId: string, text: string, more: Partial<Statement> = {}): Statement => ({
  id,
  personId,
  text,
  sources: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
  ...more,
});
const relation = (id: string, fromId: string, toId: string, more: Partial<Relation> = {}): Relation => ({
  id,
  fromId,
  toId,
  type: 'contradicts',
  note: '',
  labelledBy: 'me',
  createdAt: T,
  ...more,
});

const people = [
  person('p1', 'Ann Lee', {
    aliases: ['Lee', 'A. Lee'],
    roles: [{ title: 'Trade minister', from: '2013', to: '2022-05' }, { title: 'Senator' }],
  }),
  person('p2', 'Board of "Trade", Inc.', { kind: 'organisation' }),
];
const statements = [
  statement('s1', 'p1', 'We said "no", twice.\nThen yes.', {
    date: '2022-02-19',
    venue: 'Munich, Germany',
    sources: [
      { url: 'https://example.org/a', outlet: 'Example', title: 'A, "quoted" title', publishedAt: '2022-02' },
      { url: 'https://example.net/b' },
    ],
    tags: ['trade', 'EU'],
    context: { prefix: 'said: “', suffix: '” and' },
  }),
  statement('s2', 'p1', '=HYPERLINK("http://evil")', { date: '2023', tags: ['trade'] }),
  statement('s3', 'p2', "'=already quoted", { sources: [{ url: 'https://example.com/c', title: 'C' }] }),
  statement('s4', 'p2', 'Fine.', { tags: ['EU'] }),
];
const relations = [
  relation('r1', 's2', 's1', { note: 'Changed course, entirely.' }),
  relation('r2', 's2', 's4', { type: 'qualifies', labelledBy: 'Desk' }),
  relation('r3', 's4', 's3', { type: 'consistent-with', note: '' }),
];

const withoutTimes = <T extends { createdAt?: string; updatedAt?: string }>(list: T[]) =>
  list.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);

function roundTrip(library: { people: Person[]; statements: Statement[]; relations: Relation[] }) {
  const read = csvToPack(statementsToCsv(library), meta, 'me');
  if (!read.ok) throw new Error(`missing ${read.missing.join(', ')}`);
  const checked = checkPack(read.pack);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return { checked, read };
}

describe('CSV export and import', () => {
  it('writes the header with relation and source columns', () => {
    const header = statementsToCsv({ people, statements, relations }).split('\r\n')[0];
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header).toContain('relations,relation_notes');
    expect(header).toContain('source_titles,source_outlets,source_dates');
  });

  it('reads back the same people, statements and relations', () => {
    const { checked } = roundTrip({ people, statements, relations });
    expect(checked.rejected).toEqual([]);
    expect(withoutTimes(checked.pack.people)).toEqual(withoutTimes(people));
    expect(withoutTimes(checked.pack.statements)).toEqual(withoutTimes(statements));
    expect(withoutTimes(checked.pack.relations)).toEqual(withoutTimes(relations));
  });

  it.each([
    ['one tag', { kind: 'tag', tag: 'eu' } as const, ['s1', 's4'], ['p1', 'p2'], []],
    ['one person', { kind: 'person', personId: 'p2' } as const, ['s3', 's4'], ['p2'], ['r3']],
    ['a selection', { kind: 'statements', ids: new Set(['s1', 's2']) } as const, ['s1', 's2'], ['p1'], ['r1']],
  ])('exports %s as exactly its records', (_, scope, statementIds, personIds, relationIds) => {
    const part = scopeLibrary({ people, statements, relations }, scope);
    const { checked } = roundTrip(part);
    expect(checked.pack.statements.map((s) => s.id)).toEqual(statementIds);
    expect(checked.pack.people.map((p) => p.id)).toEqual(personIds);
    expect(checked.pack.relations.map((r) => r.id)).toEqual(relationIds);
  });

  it('names the file line of a rejected row, and the columns a foreign CSV lacks', () => {
    const csv = 'id,person,text,date,relations\r\na,Ann,"two\nlines",2013\r\nb,Ann,words,2013-02-30,contradicts a\r\n';
    const read = csvToPack(csv, meta, 'me');
    expect(read.ok && read.lines).toEqual({ people: [2], statements: [2, 4], relations: [4] });
    const checked = read.ok ? checkPack(read.pack) : null;
    expect(checked?.ok && checked.rejected.map((r) => [r.list, r.index])).toEqual([
      ['statements', 1],
      ['relations', 0],
    ]);
    expect(csvToPack('name,quote\r\nAnn,words\r\n', meta, 'me')).toEqual({ ok: false, missing: ['person', 'text'] });
  });

  it.each([
    ['lib.csv', '{}', true],
    ['export.txt', 'id,person,person_id\r\n', true],
    ['pack.json', '{"format":"onrecord-pack"}', false],
  ])('reads %s as CSV: %s', (name, text, csv) => {
    expect(looksLikeCsv(name, text)).toBe(csv);
  });

  it('parses quoted cells with commas, quotes and line breaks, and skips blank lines', () => {
    expect(parseCsv('a,"b,""c""\r\nd"\r\n\r\ne,f\n')).toEqual([
      { line: 1, cells: ['a', 'b,"c"\r\nd'] },
      { line: 4, cells: ['e', 'f'] },
    ]);
  });
});

describe('CSV cells a spreadsheet may write', () => {
  it.each([
    ['a,b', [['a', 'b']]],
    ['a,', [['a', '']]],
    ['a,b\r\n', [['a', 'b']]],
    ['ab"c,d\ne', [['ab"c', 'd'], ['e']]],
    ['"x""y",\r"z"', [['x"y', ''], ['z']]],
    [',\n', [['', '']]],
  ])('%j reads as %j', (text, rows) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual(rows);
  });
});
