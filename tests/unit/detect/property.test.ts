import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

// Text built from the pieces detection reacts to: every kind of mark, names, cues, apostrophes, breaks.
const piece = fc.constantFrom(
  '"',
  "'",
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\u00ab',
  '\u00bb',
  '\u201e',
  '\u201a',
  '\u300c',
  '\u300d',
  ' ',
  ' ',
  ' ',
  '\n\n',
  '\n',
  '.',
  ',',
  ':',
  '\u2014',
  'said',
  'says',
  'told',
  'according to',
  'he',
  'she',
  'it',
  'the embassy',
  'Wang Yi',
  'Wang',
  'Mr. Lee',
  'Sergei Lavrov',
  'President',
  "don't",
  "'90s",
  "Kyiv's",
  "students'",
  'We will win',
  'in Moscow',
  'Foreign Minister',
  'a',
  'b',
  'x',
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

/** True when two spans overlap without one containing the other. */
const crosses = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.start && b.start < a.end && a.end < b.end;

describe('detect on random and malformed text', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const d = detect(t);
        for (const q of d.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(t.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.text).toBe(t.slice(q.start, q.end));
          if (q.speakerMention) expect(q.speakerMention.end).toBeLessThanOrEqual(t.length);
        }
        for (const p of d.people)
          for (const m of p.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(t.length);
          }
      }),
      { numRuns: 400 },
    );
  });

  it('gives quotes that nest or stand apart, never half-overlap, with unique ids', () => {
    fc.assert(
      fc.property(text, (t) => {
        const qs = detect(t).quotes;
        expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
        for (const a of qs) for (const b of qs) expect(crosses(a, b)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same answer twice for the same text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(detect(t)).toEqual(detect(t));
      }),
      { numRuns: 100 },
    );
  });
});
