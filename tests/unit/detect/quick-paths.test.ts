import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankOut } from '@/lib/detect/people/credits';
import { tokensOutside } from '@/lib/detect/text/blanked-tokens';
import { isAscii, lower } from '@/lib/detect/text/lower';
import { fold } from '@/lib/detect/text/name-spelling';
import { mayBeInWord, tokenize } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';

/** Fold as it was written before its ASCII shortcut: the rule the shortcut must keep. */
const plainFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('lower and fold give what the plain string methods give', () => {
  it.each(['said', 'Said', 'NATO', 'Élysée', 'straße', 'İstanbul', 'ΟΔΟΣ', 'dit-il', "O'Brien", '', 'x2'])(
    '%j',
    (word) => {
      expect(lower(word)).toBe(word.toLowerCase());
      expect(fold(word)).toBe(plainFold(word));
      expect(isAscii(word)).toBe([...word].every((c) => c.charCodeAt(0) < 128));
    },
  );
});

describe('the characters a word may hold are the word pattern’s', () => {
  it.each(['a', 'Z', 'é', 'ß', 'Ж', '中', '9', '٣', "'", '’', '-', '.'])('%j may be in a word', (char) => {
    expect(mayBeInWord(char)).toBe(true);
    expect(
      tokenize(`x${char}x`)
        .map((t) => t.text)
        .join(''),
    ).toContain(char === '.' ? 'x' : `x${char}x`);
  });
  it.each([' ', '\n', '\u00a0', '(', ')', '/', ',', '«', '»', '“', '”', '—', '!', '"'])('%j never is', (char) => {
    expect(mayBeInWord(char)).toBe(false);
    expect(tokenize(`x${char}x`).map((t) => t.text)).toEqual(['x', 'x']);
  });
});

/** What tokenising the blanked text gives, the long way. */
const slowTokens = (text: string, spans: Span[]) => tokenize(blankOut(text, spans));

describe('tokensOutside reads the blanked text as a second tokenize would', () => {
  it.each([
    ['a photo credit in brackets', 'He said so. (Jane Doe/Agency) She agreed.', [{ start: 12, end: 30 }], true],
    ['a whole line', 'Staff writer Jane Doe\nThe mayor said "no".', [{ start: 0, end: 21 }], true],
    [
      'nested spans',
      'One (two (three) four) five six',
      [
        { start: 4, end: 22 },
        { start: 9, end: 16 },
      ],
      true,
    ],
    ['a span ending inside a word', 'Photo: Jane Doe/Getty Images for Reuters said', [{ start: 0, end: 30 }], false],
    ['a span starting inside a word', 'Washington said so', [{ start: 4, end: 10 }], false],
    ['an inverted French cue cut at its hyphen', 'Non, dit-il encore.', [{ start: 8, end: 18 }], false],
  ] as [string, string, Span[], boolean][])('%s', (_name, text, spans, quickly) => {
    const quick = tokensOutside(text, tokenize(text), spans);
    // A span edge where a word could run across it leaves the reading to tokenize.
    expect(quick !== null).toBe(quickly);
    if (quick) expect(quick).toEqual(slowTokens(text, spans));
  });

  it('agrees with a second tokenize on any text and spans', () => {
    const piece = fc.constantFrom(
      'Jane',
      'Doe',
      'said',
      ' ',
      '\n',
      '(',
      ')',
      '/',
      '.',
      "'s",
      '-',
      'dit-il',
      'U.S.',
      'É',
      '’',
      '9',
      // Outside ASCII: marks no word holds, a letter past the first plane, a digit of another script.
      '«',
      '»',
      '\u00a0',
      '—',
      '“',
      '𝐀',
      '٣',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), (t, pairs) => {
        const spans = pairs.map(([a, b]) => {
          const [s, e] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
          return { start: s, end: e };
        });
        const quick = tokensOutside(t, tokenize(t), spans);
        if (quick)
          expect(quick).toEqual(
            slowTokens(
              t,
              [...spans].sort((a, b) => a.start - b.start),
            ),
          );
      }),
      { numRuns: 400 },
    );
  });
});
