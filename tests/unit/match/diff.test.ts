import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignWithin } from '@/lib/match/align';
import { compareQuote, diffTokens, findAlteredQuote } from '@/lib/match/diff';
import type { StatementLike } from '@/lib/match/types';
import type { DiffOp } from '@/lib/match/word-diff';

const words = (s: string) => (s ? s.split(' ') : []);
const show = (ops: DiffOp[]) =>
  ops.map((o) => (o.type === 'equal' ? o.to.join(' ') : `${o.type}(${o.from.join(' ')}→${o.to.join(' ')})`));

/** Replays runs on the stored words; throws when they were made from other words (the runs' contract). */
function applyDiff(from: string[], ops: DiffOp[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const op of ops) {
    for (const w of op.from) if (from[i++] !== w) throw new Error('runs do not fit these words');
    out.push(...op.to);
  }
  if (i !== from.length) throw new Error('runs do not cover these words');
  return out;
}

describe('alignWithin', () => {
  const gap = (w: string) => w === '…';
  it.each([
    ['the minister said the talks will fail', 'the talks will succeed', ['the talks will', 'replace(fail→succeed)']],
    ['x a b c y', 'a b c', ['a b c']],
    ['r r C r', 'r r', ['r r']],
    ['a b c d e', 'a … e', ['a', 'replace(b c d→…)', 'e']],
    ['a b c d e', 'a b …', ['a b', 'insert(→…)']],
    ['a b … d e', 'a b d e', ['a b', 'delete(…→)', 'd e']],
    ['a b c d e f', 'a c d x f', ['a', 'delete(b→)', 'c d', 'replace(e→x)', 'f']],
    ['a b c', 'x y', ['replace(a b→x y)']],
    ['', 'a b', ['insert(→a b)']],
  ])('%j holds %j as %j', (from, to, expected) => {
    expect(show(alignWithin(words(from), words(to), (w) => w, gap))).toEqual(expected);
  });

  it('property: the runs cover a stretch of the stored words and turn it into the page words', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'the', '…');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 25 }), fc.array(word, { maxLength: 15 }), (from, to) => {
        const ops = alignWithin(from, to, (w) => w, gap);
        const window = ops.flatMap((o) => o.from);
        const at = from.findIndex((_, i) => window.every((w, k) => from[i + k] === w));
        expect(window.length === 0 || at >= 0).toBe(true);
        expect(applyDiff(window, ops)).toEqual(to);
        for (const [i, o] of ops.slice(1).entries()) expect(o.type === 'equal' && ops[i]!.type === 'equal').toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffTokens', () => {
  it.each([
    ['“China always respects,” he', ['“China', 'always', 'respects,”', 'he']],
    ['sovereignty ... Ukraine', ['sovereignty', '…', 'Ukraine']],
    ['a…b [...] c — d', ['a', '…', 'b', '…', 'c', 'd']],
  ])('%j', (text, expected) => {
    expect(diffTokens(text)).toEqual(expected);
  });
});

const call: StatementLike = {
  id: 'call',
  text: 'China always respects the sovereignty and territorial integrity of all countries. At the same time, we also see a complex and unique historical context behind the Ukraine issue.',
  date: '2022-02-24',
};
const munich: StatementLike = {
  id: 'munich',
  text: 'sovereignty, independence and territorial integrity ... Ukraine is no exception.',
  date: '2022-02-19',
};
const taxes: StatementLike = { id: 'taxes', text: 'We will not raise taxes on working families this year.' };
const library = [call, munich, taxes];

describe('findAlteredQuote', () => {
  it.each([
    [
      'a word swapped',
      'China never respects the sovereignty and territorial integrity',
      'call',
      ['China', 'replace(always→never)', 'respects the sovereignty and territorial integrity'],
    ],
    [
      'words left out silently',
      'China always respects the sovereignty of all countries',
      'call',
      ['China always respects the sovereignty', 'delete(and territorial integrity→)', 'of all countries'],
    ],
    [
      'a word added',
      'We will not raise taxes on hard working families this year',
      'taxes',
      ['We will not raise taxes on', 'insert(→hard)', 'working families this year'],
    ],
    [
      'negation dropped',
      '“We will raise taxes on working families this year,”',
      'taxes',
      ['“We will', 'delete(not→)', 'raise taxes on working families this year,”'],
    ],
    ['“no” became “an”', 'Ukraine is an exception', 'munich', ['Ukraine is', 'replace(no→an)', 'exception']],
  ])('%s', (_label, quote, id, expected) => {
    const found = findAlteredQuote(quote, library);
    expect(found?.statement.id).toBe(id);
    expect(show(found!.ops)).toEqual(expected);
    expect(found!.similarity).toBeGreaterThanOrEqual(0.7);
    expect(found!.similarity).toBeLessThan(1);
  });

  it.each([
    [
      'the same words, other marks and case',
      '“CHINA always respects the sovereignty — and territorial integrity of all countries,”',
    ],
    ['a fragment of a statement', 'territorial integrity of all countries'],
    ['an omission the page marks', 'China always respects … all countries'],
    ['too different', 'China respects nothing and nobody at all today'],
    ['too short to tell', 'Ukraine: an exception'],
    ['another person’s words', 'The weather was fine and the games went well'],
  ])('none: %s', (_label, quote) => {
    expect(findAlteredQuote(quote, library)).toBeNull();
  });
});

describe('compareQuote', () => {
  it('property: a quote compared with itself, or with a stored text around it, is unchanged', () => {
    const word = fc.constantFrom('China', 'always', 'respects', 'the', 'sovereignty', 'of', 'all', 'countries,');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { maxLength: 5 }),
        fc.array(word, { maxLength: 5 }),
        (quote, before, after) => {
          const text = quote.join(' ');
          expect(compareQuote(text, text)).toMatchObject({ similarity: 1, changed: false });
          const around = compareQuote(text, [...before, ...quote, ...after].join(' '));
          expect(around.changed).toBe(false);
          expect(around.similarity).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: similarity stays between 0 and 1 and is 1 only for unchanged quotes', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), (page, stored) => {
        const c = compareQuote(page.join(' '), stored.join(' '));
        expect(c.similarity).toBeGreaterThanOrEqual(0);
        expect(c.similarity).toBeLessThanOrEqual(1);
        if (c.similarity === 1) expect(c.changed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('counts an ellipsis on the page as an omission, not a change', () => {
    const c = compareQuote(
      'sovereignty … Ukraine is no exception',
      'sovereignty, independence and territorial integrity ... Ukraine is no exception.',
    );
    expect(c.changed).toBe(false);
    expect(c.similarity).toBeGreaterThan(0.9);
  });
});
