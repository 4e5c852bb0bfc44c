import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCoverage } from '@/lib/match/diff';
import { hasWords, quoteWords, sameWords } from '@/lib/match/quote-text';

describe('hasWords', () => {
  it.each([
    ['no exception', 'ukraine is no exception', true],
    ['is no', 'ukraine is no exception', true],
    ['ukraine', 'ukraine is no exception', true],
    ['exception', 'ukraine is no exception', true],
    ['no except', 'ukraine is no exception', false],
    ['kraine', 'ukraine is no exception', false],
    ['in', 'within the union in time', true],
    ['in', 'within the union', false],
    ['', 'anything', false],
  ])('"%s" in "%s": %s', (piece, words, expected) => {
    expect(hasWords(words, piece)).toBe(expected);
  });

  it('agrees with a padded search on any words', () => {
    const word = fc.constantFrom('a', 'an', 'in', 'tin', 'no', 'on', 'none', 'one');
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (words, piece) => {
        expect(hasWords(words, piece)).toBe(` ${words} `.includes(` ${piece} `));
      }),
    );
  });
});

describe('sameWords on one page quote against many statements', () => {
  const stored = [
    'China always respects the sovereignty and territorial integrity of all countries.',
    'Ukraine is no exception.',
    'We understand Russia’s legitimate concerns on security issues.',
  ];

  it('gives the same answers whatever was compared before', () => {
    const quotes = [
      'China always respects the sovereignty … of all countries',
      'Ukraine is no exception',
      'legitimate concerns on security',
      'respects the sovereignty and the integrity',
    ];
    const fresh = quotes.map((q) => stored.map((s) => sameWords(q, s)));
    // Interleaved: the remembered pieces of one quote must never answer for another.
    for (let round = 0; round < 3; round++)
      quotes.forEach((q, i) => {
        expect(stored.map((s) => sameWords(q, s))).toEqual(fresh[i]);
      });
    expect(fresh).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('still needs three words', () => {
    expect(sameWords('no exception', 'Ukraine is no exception.')).toBe(false);
    expect(sameWords('is no exception', 'Ukraine is no exception.')).toBe(true);
  });
});

describe('wordCoverage with a floor', () => {
  const keys = quoteWords('we will not sign any trade deal that leaves farmers behind').split(' ');
  const texts = [
    'We will not sign any trade deal that leaves our farmers behind.',
    'We will sign a trade deal that leaves nobody behind.',
    'Farmers deserve better than this deal.',
    'Nothing in common at all.',
  ];

  it('is the plain coverage when the text reaches the floor, and 0 when it cannot', () => {
    for (const text of texts) {
      const plain = wordCoverage(keys, text);
      for (const floor of [0, 0.3, 0.5, 0.7, 0.8181, 1]) {
        const floored = wordCoverage(keys, text, floor);
        expect(floored).toBe(plain >= floor ? plain : 0);
      }
    }
  });

  it('counts the share of page words the stored text uses', () => {
    expect(wordCoverage(keys, texts[0]!)).toBe(1);
    expect(wordCoverage(keys, texts[3]!)).toBe(0);
    expect(wordCoverage([], texts[0]!)).toBe(0);
  });
});
