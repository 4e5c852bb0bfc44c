import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditLines } from '@/lib/detect/credits';

const NAME = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'\u2019-]*|de|van|von|da|al|bin))*`;
const WHOLE_SLASH = new RegExp(String.raw`${NAME}[ \t]*/[ \t]*${NAME}[ \t]*(?=\)|\n|$)`, 'gu');

/** SLASH credits found by scanning the whole text, as creditLines did before it looked at slash lines only. */
function slashSpans(text: string): string[] {
  return [...text.matchAll(WHOLE_SLASH)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

describe('creditLines finds slash credits line by line as a whole-text scan would', () => {
  it.each([
    'The mayor spoke.\n\nJane Doe/Getty Images\n\nMore text.',
    'Caption (Jane Doe/Reuters) here',
    'A / B and Ann Cole / AP Photo',
    'Ann Cole/AP',
    'no slash at all',
    'Ann Cole/\nAP Photo/Jane Doe',
  ])('%j', (text) => {
    const spans = creditLines(text).map((s) => `${s.start}-${s.end}`);
    for (const span of slashSpans(text)) expect(spans).toContain(span);
  });

  it('agrees on random lines of names, slashes and breaks', () => {
    const piece = fc.constantFrom('Ann', 'Cole', 'de', 'AP', 'Photo', ' ', '\t', '/', '\n', ')', 'x', 'É', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const spans = creditLines(text).map((s) => `${s.start}-${s.end}`);
        for (const span of slashSpans(text)) expect(spans).toContain(span);
      }),
      { numRuns: 300 },
    );
  });
});
