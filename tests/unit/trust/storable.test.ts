import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { Person, Statement } from '@/lib/core/records';
import { LIMITS, PackPersonSchema, PackStatementSchema } from '@/lib/pack/pack-schema';
import { fitUrl, MORE, shorten, storablePerson, storableStatement, UnstorableRecordError } from '@/lib/pack/storable';
import { speak, speakEnglish } from '@/tests/support/speak';

const T = '2024-01-01T00:00:00.000Z';
const base: Statement = {
  id: 's1',
  personId: 'p1',
  text: 'We will never accept it',
  sources: [{ url: 'https://example.org/a' }],
  tags: [],
  createdAt: T,
  updatedAt: T,
};
const ann: Person = { id: 'p1', name: 'Ann Lee', aliases: [], roles: [], kind: 'person', createdAt: T, updatedAt: T };
const longUrl = `https://example.org/${'a'.repeat(2_100)}`;

describe('fitting a record to what a backup can carry', () => {
  it.each([
    ['a 651-character title', { sources: [{ url: 'https://example.org/a', title: 't'.repeat(651) }] }],
    ['a 2,137-character source URL', { sources: [{ url: `https://example.org/a?q=${'x'.repeat(2_110)}#frag` }] }],
    ['a long path', { sources: [{ url: longUrl }] }],
    ['a year beyond 9999', { sources: [{ url: 'https://example.org/a', publishedAt: '+010000-01-01T00:00:00.000Z' }] }],
    ['30 February', { date: '2023-02-30' }],
    ['a file: page', { sources: [{ url: 'file:///home/me/article.html' }] }],
    ['a long context', { context: { prefix: 'p'.repeat(1_000), suffix: 's'.repeat(1_000) } }],
    ['a lone surrogate', { text: 'never \uD800 accept', venue: '\uDC00' }],
  ])('%s is fitted, and the result is a valid pack record', (_label, over) => {
    const fitted = storableStatement({ ...base, ...over } as Statement);
    expect(v.safeParse(PackStatementSchema, fitted).success).toBe(true);
    // Fitting is stable: what the library stores fits unchanged, so a backup restores it as it was.
    expect(storableStatement(fitted)).toEqual(fitted);
  });

  it('marks a shortened title, and keeps the start of a long link', () => {
    const fitted = storableStatement({ ...base, sources: [{ url: longUrl, title: 't'.repeat(651) }] });
    expect(fitted.sources[0]!.title).toHaveLength(LIMITS.short);
    expect(fitted.sources[0]!.title!.endsWith(MORE)).toBe(true);
    expect(fitted.sources[0]!.url.startsWith('https://example.org/aaa')).toBe(true);
    expect(fitted.sources[0]!.url.length).toBeLessThanOrEqual(LIMITS.url);
  });

  it('drops the query and fragment of a long link before cutting it', () => {
    expect(fitUrl(`https://example.org/story?utm=${'x'.repeat(2_100)}`)).toBe('https://example.org/story');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}\uD83D\uDE00rest`;
    expect(shorten(text, 10)).toBe(`${'a'.repeat(8)}${MORE}`);
  });

  it.each([
    ['empty words', { text: '   ' }, 'text is empty'],
    ['201 tags', { tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }, 'tags has more than 200 entries'],
    ['an id with spaces at its ends', { id: ' s1 ' }, 'id has spaces'],
  ])('refuses a statement with %s', (_label, over, message) => {
    expect(() => storableStatement({ ...base, ...over } as Statement)).toThrow(UnstorableRecordError);
    expect(() => storableStatement({ ...base, ...over } as Statement)).toThrow(message);
  });

  it('refuses a person with more aliases than a pack carries, naming the limit', () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `Alias ${i}`);
    expect(() => storablePerson({ ...ann, aliases })).toThrow('aliases has more than 200 entries');
    expect(v.safeParse(PackPersonSchema, storablePerson({ ...ann, aliases: aliases.slice(0, 200) })).success).toBe(
      true,
    );
  });
});

describe('a refused write in the reader’s language', () => {
  afterEach(speakEnglish);

  it.each([
    ['fr', { text: '   ' }, 'Déclaration « ', 'text est vide'],
    ['de', { tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }, 'Aussage „', 'tags hat mehr als 200 Einträge'],
    ['es', { id: ' s1 ' }, 'Declaración «', 'id empieza o termina con espacios'],
  ])('%s: names the record and the problem', (lang, over, record, problem) => {
    speak(lang);
    const refused = () => storableStatement({ ...base, ...over } as Statement);
    expect(refused).toThrow(record);
    expect(refused).toThrow(problem);
  });
});
