import { describe, expect, it } from 'vitest';
import { startsWithOneOf } from '@/lib/detect/text/first-letters';

const HEADS = ['ministère', 'préfecture', 'police', '-dash', ']bracket', '^caret', '\\slash'];
const TEXTS = [
  'selon le ministère de la Santé, la police a parlé',
  'la préfecture -dash ]bracket ^caret \\slash',
  'Xministère apolice ministère',
  '',
];

describe('startsWithOneOf', () => {
  it.each(TEXTS)('finds the same matches as the pattern without it in %j', (text) => {
    const alternation = HEADS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const plain = new RegExp(`(?<![\\p{L}])(?:${alternation})`, 'gu');
    const guarded = new RegExp(`${startsWithOneOf(HEADS)}(?<![\\p{L}])(?:${alternation})`, 'gu');
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    expect(found(guarded)).toEqual(found(plain));
  });

  it.each([[['', 'a']], [['\u{1d400}bold']]])(
    'adds no lookahead when a word cannot be told by one unit: %j',
    (words) => {
      expect(startsWithOneOf(words)).toBe('');
    },
  );

  it('lets only the words’ first characters through', () => {
    const re = new RegExp(`^${startsWithOneOf(['ab', 'cd'])}`, 'u');
    expect(['ax', 'cx', 'bx', 'dx'].map((s) => re.test(s))).toEqual([true, true, false, false]);
  });
});
