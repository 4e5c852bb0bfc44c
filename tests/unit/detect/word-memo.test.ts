import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingQuote } from '@/lib/detect/quotes/headings';
import { languageFor } from '@/lib/detect/text/language';
import { memoWord, memoWordBy } from '@/lib/detect/text/word-memo';

describe('a word test judged once per word', () => {
  it('asks the test once per distinct word and answers as it did', () => {
    const asked: string[] = [];
    const long = memoWord((w) => {
      asked.push(w);
      return w.length > 4;
    });
    const words = ['minister', 'said', 'minister', 'said', 'envoy'];
    expect(words.map(long)).toEqual(words.map((w) => w.length > 4));
    expect(asked).toEqual(['minister', 'said', 'envoy']);
  });

  it('keeps no more words than its limit and still answers beyond it', () => {
    const asked: string[] = [];
    const test = memoWord((w) => {
      asked.push(w);
      return w === 'b';
    }, 2);
    expect(['a', 'b', 'c', 'c', 'a'].map(test)).toEqual([false, true, false, false, false]);
    expect(asked).toEqual(['a', 'b', 'c', 'c']);
  });

  it('keeps the answers of each key apart', () => {
    const inLanguage = memoWordBy((lang: { code: string }, w: string) => w.startsWith(lang.code));
    const [fr, de] = [{ code: 'fr' }, { code: 'de' }];
    expect([inLanguage(fr, 'france'), inLanguage(de, 'france'), inLanguage(de, 'deutsch')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('the kept language tests answer as the lexicon does, asked once or again', () => {
  it.each([
    ['de', 'finanzminister', 'isRole', true],
    ['de', 'tisch', 'isRole', false],
    ['de', 'innenministerium', 'isBody', true],
    ['fr', 'ministère', 'isBody', true],
    ['fr', 'affirme', 'isVerb', true],
    ['fr', 's’amuse', 'isVerb', true],
    ['fr', 'table', 'isVerb', false],
    ['en', 'finanzministerin', 'isRole', false],
  ] as const)('%s %s (%s): %s', (code, word, test, expected) => {
    const lang = languageFor(code);
    expect([lang[test](word), lang[test](word)]).toEqual([expected, expected]);
  });
});

/** headingQuote as written before it read the marks in place: the rule it must keep. */
const MARKS = /["'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019\u203a\u2039\s]+/gu;
function plainHeadingQuote(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl;
  const line = text.slice(from, to).replace(MARKS, ' ').trim();
  const heading = line.length > 0 && to - from <= 100 && /[\p{L}\p{N}]$/u.test(line);
  return !text.slice(from, start).replace(MARKS, '') && !text.slice(end, to).replace(MARKS, '') && heading;
}

describe('a quote standing as its own crosshead', () => {
  it.each([
    ['intro\n« On ne lutte pas contre la mer »\nbody', 6, 40],
    ['intro\n\u00a0“We will win”\u2003\nbody', 7, 20],
    ['He said “We will win” today\nbody', 8, 21],
    ['\u201cYes\u201d', 0, 5],
    ['x\n \t\u201e\u{1F600}Nein\u201c\n', 3, 10],
  ])('%j', (text, start, end) => {
    expect(headingQuote(text, start, end)).toBe(plainHeadingQuote(text, start, end));
  });

  it('agrees with the plain rule on any text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '"',
      '«',
      '»',
      '“',
      '”',
      '„',
      '’',
      '.',
      '\u{1F600}',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        expect(headingQuote(text, start, end)).toBe(plainHeadingQuote(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
