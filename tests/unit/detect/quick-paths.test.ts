import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokensOutside } from '@/lib/detect/blanked-tokens';
import { blankOut } from '@/lib/detect/credits';
import { eachLetterRun } from '@/lib/detect/letter-runs';
import { isAscii, lower } from '@/lib/detect/lower';
import { fold } from '@/lib/detect/names';
import { tokenize } from '@/lib/detect/tokens';
import type { Span } from '@/lib/detect/types';
import { found, nextWord, WORD } from '@/lib/detect/word-scan';

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

/** Every word `WORD` finds in `text`, as start:end. */
function byPattern(text: string): string[] {
  return [...text.matchAll(new RegExp(WORD.source, 'gu'))].map((m) => `${m.index}:${m.index + m[0].length}`);
}

/** Every word the ASCII scanner finds in `text`, as start:end. */
function byScanner(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; nextWord(text, at); at = found.end) out.push(`${found.start}:${found.end}`);
  return out;
}

describe('nextWord finds the words the word pattern finds', () => {
  it.each([
    'U.S. and U.K. officials',
    'U.É. then A.B',
    "O'Brien's co-author said: \u201cno.\u201d",
    'dit-il, a-t-elle ajouté',
    'Müller-Lüdenscheid sagte',
    'end with a stop.',
    "trailing joiner- and ' quote",
    'digits 2024-25 and 3.5%',
    '\ud835\udc00 astral letters',
    'A.',
    '',
  ])('%j', (text) => {
    expect(byScanner(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on any text', () => {
    const piece = fc.constantFrom(
      'A',
      'b',
      'É',
      'é',
      'ß',
      '.',
      "'",
      '\u2019',
      '-',
      ' ',
      '\n',
      '9',
      '“',
      '\ud835\udc00',
      'Ж',
    );
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(byScanner(t)).toEqual(byPattern(t));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The letter runs `eachLetterRun` visits, with no length limit. */
function runsOf(text: string): string[] {
  const out: string[] = [];
  eachLetterRun(text, Number.POSITIVE_INFINITY, (w) => out.push(w));
  return out;
}

describe('eachLetterRun visits the runs /\\p{L}+/gu finds', () => {
  it.each(['le président a dit', 'Müller sagte: „nein“', 'x2y café, 3 ans', 'Ж \ud835\udc00b', ''])('%j', (text) => {
    expect(runsOf(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
  });

  it('leaves out only the ASCII runs longer than asked', () => {
    const out: string[] = [];
    eachLetterRun('a bb ccc dddd é éé', 2, (w) => out.push(w));
    expect(out).toEqual(['a', 'bb', 'é', 'éé']);
  });

  it('agrees with the pattern on any text', () => {
    const piece = fc.constantFrom('a', 'Z', 'é', 'ß', ' ', '.', '9', '“', '\ud835\udc00', 'Ж', '\u0301', '-');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (t) => {
          expect(runsOf(t)).toEqual(t.match(/\p{L}+/gu) ?? []);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
