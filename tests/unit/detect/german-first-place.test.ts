import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('German words before the verb that are no one: adverbs, and titles made of compounds', () => {
  it.each([
    [
      'Markus Hinterleitner verteidigte den Plan. Gleichzeitig räumte er ein, man sei „zu lange zu optimistisch“ gewesen.',
      'zu lange',
      'Markus Hinterleitner',
    ],
    [
      'Die Ministerin Anna Berger blieb hart. Zugleich betonte sie, die Reform sei „nicht verhandelbar“.',
      'nicht',
      'Anna Berger',
    ],
    ['„Wir können nicht mehr“, sagte Oberärztin Verena Stadlmayr.', 'Wir können', 'Verena Stadlmayr'],
    ['„Die Lage ist ernst“, sagte Primar Thomas Egger.', 'Die Lage', 'Thomas Egger'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'de')).toBe(speaker);
  });

  it.each([
    [
      'Die Ministerin Anna Berger blieb hart. Aus Koalitionskreisen hieß es, man werde das Projekt „nicht fallen lassen“.',
    ],
    ['Anna Berger schwieg. Aus Parteikreisen hieß es am Abend, der Plan sei „vom Tisch“.'],
  ])('circles a source comes from name nobody: %s', (text) => {
    expect(detect(text, { lang: 'de' }).quotes[0]?.speaker).toBeNull();
  });

  it('keeps an English name before "said he"', () => {
    expect(speakerOf('Roof said he was "not sorry" at all.', 'not sorry', 'en')).toBe('Roof');
  });
});
