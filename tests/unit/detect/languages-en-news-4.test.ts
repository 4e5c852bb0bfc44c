import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('a reported speech chain: ", and that …" goes on reporting the subject of the verb', () => {
  it.each([
    [
      'a participle naming someone',
      'Joan Perry said the bill already contained “enough loopholes,” and that the amendment, tabled by Fiona Marsh, the chair of the committee, would in practice hand “a veto to the developers.”',
      'a veto',
      'Joan Perry',
    ],
    [
      'an apposition naming someone',
      'Kendra Lowe said the department had been “warned in writing,” and that the project engineer, Paul Arsenault, a veteran of the department, had been left to “clean up a mess he didn’t make.”',
      'clean up',
      'Kendra Lowe',
    ],
    [
      'a pronoun subject',
      'Greg Olsen chairs the panel. He said the plan was “rushed,” and that the report, written by Tom Eckert, a former city engineer, had warned of “serious gaps.”',
      'serious gaps',
      'Greg Olsen',
    ],
    [
      '"but that" after "told"',
      'Ines Moreau told reporters the talks were “going nowhere,” but that the mediator, Judge Carl Webb, had been “patient beyond words.”',
      'patient beyond',
      'Ines Moreau',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a cue verb of its own inside the chain',
      'Ruth Dale said the vote was close, and that Mayor Tom Reyes had told her the plan was “finished.”',
      'finished',
      'Ruth Dale',
    ],
  ])('the person who speaks inside it keeps the quote: %s', (_name, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });
});
