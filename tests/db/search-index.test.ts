import { describe, expect, it } from 'vitest';
import type { Person, Statement } from '@/lib/core/records';
import { buildSearchIndex, type IndexMatches } from '@/lib/db/search-index';
import { foldedWords, plainWords, statementWords } from '@/lib/db/search-words';
import { seeded } from '@/scripts/bench/synthetic-library';
import { person, statement } from './helpers';

describe('statement words', () => {
  it('reads plain text exactly as the Unicode folding does', () => {
    const rand = seeded(7);
    const pieces = [
      'Ukraine',
      'is',
      'NO',
      'exception',
      'a',
      'I',
      "'",
      '`',
      '\u2018',
      '\u2019',
      "''",
      'x1',
      '42',
      ' ',
      '  ',
      '.',
      ',',
      '...',
      '\u2026',
      '\u2014',
      '\u2013',
      '\u201c',
      '\u201d',
      '\u00a0',
      '-',
      '(',
      ')',
      "don't",
      "'tis",
      "rock'n'roll",
      'O\u2019Brien',
      'e-mail',
      '\t',
      '\n',
      'ZZ',
      'ab',
      '"',
      ';',
    ];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(rand() * 14);
      const text = Array.from({ length }, () => pieces[Math.floor(rand() * pieces.length)]!).join(
        rand() < 0.5 ? ' ' : '',
      );
      expect(plainWords(text), JSON.stringify(text)).toEqual(foldedWords(text));
    }
  });

  it('leaves any other text to the Unicode folding', () => {
    expect(plainWords('Sergeï Lavrov')).toBeNull();
    expect(statementWords('Sergeï Lavrov said')).toEqual(['sergei', 'lavrov', 'said']);
    expect(statementWords('“Ukraine is no exception” — he said…')).toEqual([
      'ukraine',
      'is',
      'no',
      'exception',
      'he',
      'said',
    ]);
  });

  it('keeps at most 400 distinct words, in order', () => {
    const text = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    const words = statementWords(text);
    expect(words).toHaveLength(400);
    expect(words.at(-1)).toBe('w399');
    expect(foldedWords(text)).toEqual(words);
  });
});

/** A small random library, so updates can be compared with building from scratch. */
function library(seed: number): { people: Person[]; statements: Statement[]; rand: () => number } {
  const rand = seeded(seed);
  const words = ['sovereignty', 'security', 'sanctions', 'summit', 'grain', 'gas', 'border', 'budget', 'border-line'];
  const people = ['Wang Yi', 'Sergey Lavrov', 'Hua Chunying', 'Anna Baerbock'].map((name, i) =>
    person({ id: `p${i}`, name, aliases: [name.split(' ')[1]!] }),
  );
  const statements = Array.from({ length: 120 }, (_, i) =>
    statement({
      id: `s${i}`,
      personId: `p${i % people.length}`,
      text: Array.from({ length: 3 + Math.floor(rand() * 5) }, () => words[Math.floor(rand() * words.length)]).join(
        ' ',
      ),
    }),
  );
  return { people, statements, rand };
}

function same(a: IndexMatches | null, b: IndexMatches | null, ids: string[]) {
  expect(a === null).toBe(b === null);
  if (!a || !b) return;
  expect(a.statementIds.size).toBe(b.statementIds.size);
  expect(ids.filter((id) => a.statementIds.has(id))).toEqual(ids.filter((id) => b.statementIds.has(id)));
  expect([...a.personIds].sort()).toEqual([...b.personIds].sort());
}

const QUERIES = ['s', 'so', 'sanctions', 'gas b', 'lavrov', 'wang sec', 'border', 'baerbock grain', 'zzz', 'new'];

describe('search index updates', () => {
  it('answers like a fresh index after statements are added, edited, moved and removed', () => {
    let { people, statements, rand } = library(3);
    const index = buildSearchIndex(people, statements);
    for (let step = 0; step < 60; step++) {
      const i = Math.floor(rand() * statements.length);
      const pick = statements[i]!;
      const roll = rand();
      if (roll < 0.25)
        statements = [...statements, statement({ id: `n${step}`, personId: 'p1', text: `new words ${step}` })];
      else if (roll < 0.4) statements = statements.map((s) => (s === pick ? { ...s, text: `${s.text} gas` } : s));
      else if (roll < 0.5) statements = statements.map((s) => (s === pick ? { ...s, text: 'border summit' } : s));
      else if (roll < 0.6) statements = statements.map((s) => (s === pick ? { ...s, personId: 'p3' } : s));
      else if (roll < 0.7) statements = statements.map((s) => (s === pick ? { ...s, tags: ['t'] } : s));
      else if (roll < 0.9) statements = statements.filter((s) => s !== pick);
      else people = people.map((p, k) => (k === 2 ? { ...p, aliases: [...p.aliases, `Sanctions${step}`] } : p));
      const counts = index.update(people, statements);
      expect(counts.added + counts.replaced + counts.removed).toBeLessThanOrEqual(1);
      const fresh = buildSearchIndex(people, statements);
      const ids = [...statements.map((s) => s.id), 's0', 's1', 'n0'];
      for (const q of QUERIES) same(index.query(q), fresh.query(q), ids);
    }
  });

  it('touches only what changed, and keeps answering an earlier query for records that stayed', () => {
    const { people, statements } = library(5);
    const index = buildSearchIndex(people, statements);
    const before = index.query('gas')!;
    const target = statements.find((s) => before.statementIds.has(s.id))!;
    const next = statements.map((s) => (s === target ? { ...s, text: 'summit only' } : s));
    expect(index.update(people, next)).toEqual({ added: 0, replaced: 1, removed: 0, rebuilt: false });
    expect(index.update(people, next)).toEqual({ added: 0, replaced: 0, removed: 0, rebuilt: false });
    expect(index.query('gas')!.statementIds.has(target.id)).toBe(false);
    expect(index.query('summit only')!.statementIds.has(target.id)).toBe(true);
    // The earlier answer is about the library it ran over.
    expect(before.statementIds.has(target.id)).toBe(true);
  });

  it('rebuilds its statement part after a bulk change or once many slots are free, and still answers correctly', () => {
    const { people, statements } = library(9);
    const many = Array.from({ length: 3000 }, (_, i) => statement({ id: `m${i}`, personId: 'p0', text: `grain ${i}` }));
    const index = buildSearchIndex(people, [...statements, ...many]);
    const ids = [...statements.map((s) => s.id), 'm1', 'm2000'];
    // Removals in steps below the bulk limit leave free slots, until there are too many.
    const first = index.update(people, [...statements, ...many.slice(900)]);
    expect(first).toMatchObject({ removed: 900, rebuilt: false });
    const second = index.update(people, [...statements, ...many.slice(1800)]);
    expect(second).toMatchObject({ removed: 900, rebuilt: true });
    same(index.query('grain'), buildSearchIndex(people, [...statements, ...many.slice(1800)]).query('grain'), ids);
    // Clearing most of the library at once is indexed from scratch.
    expect(index.update(people, statements)).toMatchObject({ rebuilt: true });
    same(index.query('grain'), buildSearchIndex(people, statements).query('grain'), ids);
  });
});
