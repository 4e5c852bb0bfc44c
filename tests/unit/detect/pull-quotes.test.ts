import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Detects `text` with `block` (a substring) set apart as a pull quote; the block's quote. */
function pullQuote(text: string, block: string) {
  const start = text.lastIndexOf(block);
  const quotes = detect(text, { blockQuotes: [{ start, end: start + block.length }] }).quotes;
  return quotes.find((q) => q.start === start);
}

const BOOK = 'The historian Mara Quint wrote a book about trams.';
const LINE = 'The tram made the suburb possible and then made it lonely.';

describe('pull quotes', () => {
  it.each([
    [
      'repeats a line a cue after it attributes',
      `${BOOK} Of course, the tram made the suburb possible and then made it lonely, Quint notes.\n\n${LINE}\n\nMore text.`,
      'Mara Quint',
    ],
    [
      'repeats a line with "writes" after it',
      `${BOOK} In her view the tram made the suburb possible and then made it lonely, Quint writes.\n\n${LINE}\n\nMore text.`,
      'Mara Quint',
    ],
    [
      'repeats the writer own sentence: nobody said it',
      `${BOOK} "Trams were loved," Quint said. The tram made the suburb possible and then made it lonely.\n\n${LINE}\n\nMore text.`,
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(pullQuote(text, LINE)?.speaker ?? null).toBe(speaker);
  });

  it('does not carry the speaker of the quote before it', () => {
    const text = `${BOOK} "Trams were loved," Quint said.\n\n${LINE}\n\nThe tram made the suburb possible and then made it lonely.`;
    expect(pullQuote(text, LINE)?.speaker ?? null).toBeNull();
  });

  it('keeps a block quotation the text introduces', () => {
    const text = `${BOOK} Quint wrote in her preface:\n\n${LINE}\n\nMore text.`;
    expect(pullQuote(text, LINE)?.speaker).toBe('Mara Quint');
  });
});

describe('a plural-noun form as the verb after a quote', () => {
  it.each([
    ['notes', `${BOOK} "Trams shaped the city," Quint notes.`, 'Mara Quint'],
    ['points out', `${BOOK} "Trams shaped the city," Quint points out.`, 'Mara Quint'],
    ['claims', `${BOOK} "Trams shaped the city," Quint claims, citing maps.`, 'Mara Quint'],
    ['a plural noun after a common noun is no cue', `${BOOK} "Trams shaped the city," the tour notes.`, null],
  ])('%s', (_name, text, speaker) => {
    expect(detect(text).quotes[0]?.speaker ?? null).toBe(speaker);
  });
});
