import { describe, expect, it } from 'vitest';
import type { Person, Relation, Statement } from '@/lib/core/records';
import { recordUrn, toWebAnnotations } from '@/lib/pack/export-annotations';
import { csvCell, statementsToCsv } from '@/lib/pack/export-csv';

const T = '2024-01-01T00:00:00.000Z';
const people: Person[] = [
  { id: 'p1', name: 'Ann Lee', aliases: [], roles: [], kind: 'person', createdAt: T, updatedAt: T },
];
const statements: Statement[] = [
  {
    id: 's1',
    personId: 'p1',
    text: 'We said "no", twice.\nThen yes.',
    date: '2022-02-19',
    venue: 'Munich',
    sources: [{ url: 'https://example.org/a', outlet: 'Example' }, { url: 'https://example.net/b' }],
    tags: ['trade', 'EU'],
    context: { prefix: 'said: “', suffix: '” and' },
    createdAt: T,
    updatedAt: T,
  },
  { id: 's2', personId: 'p1', text: '=HYPERLINK("http://evil")', sources: [], tags: [], createdAt: T, updatedAt: T },
];
const relations: Relation[] = [
  { id: 'r1', fromId: 's2', toId: 's1', type: 'contradicts', note: 'Changed.', labelledBy: 'me', createdAt: T },
];

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋33', "'＋33"],
    ['－2', "'－2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\tx', "'\tx"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ["'=1", "''=1"],
    ["'plain", "'plain"],
  ])('writes %j as %j, so reading it back takes off only the apostrophe it added', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes one row per statement, with names, tags, sources line by line and relations', () => {
    const lines = statementsToCsv({ people, statements, relations }).split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const cell = (row: string, column: string) => row.split(',')[header.indexOf(column)];
    expect(header.slice(0, 3)).toEqual(['id', 'person', 'person_id']);
    expect(lines[1]).toContain('"We said ""no"", twice.\nThen yes."');
    expect(lines[1]).toContain('"trade\nEU"');
    expect(lines[1]).toContain('"https://example.org/a\nhttps://example.net/b"');
    expect(lines[1]).toContain('"Example\n"');
    const second = lines.find((l) => l.startsWith('s2,')) ?? '';
    expect(second).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(cell(second, 'relations')).toBe('contradicts s1');
    expect(cell(second, 'relation_notes')).toBe('Changed.');
    expect(lines[lines.length - 1]).toBe('');
  });
});

describe('Web Annotation export', () => {
  const collection = toWebAnnotations({ people, statements, relations }, 'My library') as {
    '@context': string;
    total: number;
    first: { items: Record<string, unknown>[] };
  };
  const [first, second, link] = collection.first.items;

  it('is an AnnotationCollection in the W3C context with every statement and relation', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(3);
  });

  it('targets each source with a TextQuoteSelector carrying the exact words and context', () => {
    expect(first).toMatchObject({ id: recordUrn('statement', 's1'), type: 'Annotation', motivation: 'describing' });
    expect(first!.target).toEqual([
      {
        source: 'https://example.org/a',
        selector: { type: 'TextQuoteSelector', exact: statements[0]!.text, prefix: 'said: “', suffix: '” and' },
      },
      {
        source: 'https://example.net/b',
        selector: { type: 'TextQuoteSelector', exact: statements[0]!.text, prefix: 'said: “', suffix: '” and' },
      },
    ]);
    expect(first!.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'EU' });
    expect(second!.target).toMatchObject({ source: 'urn:onrecord:statement:s2' });
  });

  it('links related statements with the type and note', () => {
    expect(link).toMatchObject({ motivation: 'linking', target: 'urn:onrecord:statement:s2' });
    expect(link!.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'contradicts' });
  });
});
