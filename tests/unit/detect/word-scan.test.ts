import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWord, WORD_SOURCE, type WordSpan } from '@/lib/detect/word-scan';

/** Words as a global search of the same pattern finds them, the way the tokenizer read them before. */
function globalWords(text: string, from = 0, to = text.length): string[] {
  const re = new RegExp(WORD_SOURCE, 'gu');
  re.lastIndex = from;
  const out: string[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

function scannedWords(text: string, from = 0, to = text.length): string[] {
  const span: WordSpan = { start: 0, end: from };
  const out: string[] = [];
  while (nextWord(text, span.end, to, span)) out.push(`${span.start}:${text.slice(span.start, span.end)}`);
  return out;
}

describe('nextWord finds the words a global search finds', () => {
  it.each([
    'U.S. officials said Mr. Lee’s plan was "well-known".',
    'L’économiste a dit-il 42 fois: Ωmega 𝐀𝐁 😀 ok',
    'lone \ud800 high and \udc00 low surrogates 𝐀\ud800',
    '..., — «Bonjour» 3.5% ﻿zero‍width',
    '',
  ])('%j', (text) => {
    expect(scannedWords(text)).toEqual(globalWords(text));
  });

  it('agrees on random text of letters, marks, digits, symbols and surrogates', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'Ω',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      '7',
      '٣',
      ' ',
      '\n',
      '.',
      "'",
      '’',
      '-',
      '"',
      'ß',
      '\u0301',
      '_',
      'U.',
      'S.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(45), fc.nat(45), (parts, a, b) => {
        const text = parts.join('');
        const to = Math.min(text.length, Math.max(a, b));
        const from = Math.min(a, b, to);
        // The tokenizer starts at 0 and after whole words, never inside a surrogate pair.
        fc.pre(!/[\ud800-\udbff]/.test(text[from - 1] ?? '') || !/[\udc00-\udfff]/.test(text[from] ?? ''));
        expect(scannedWords(text, from, to)).toEqual(globalWords(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
