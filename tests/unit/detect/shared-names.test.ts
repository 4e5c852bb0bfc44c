import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

const FATHER_AND_DAUGHTER = [
  'Graham Pettit, who has led the brigade for 22 years, gave evidence on Tuesday.',
  '"We had no radio and no idea where the front was," Mr Pettit told the hearing.',
  "Mr Pettit's daughter, Jess Pettit, who was driving a tanker that afternoon, also gave evidence.",
  '"I remember thinking, Dad is going to kill me," Ms Pettit said.',
].join('\n');

describe('a surname two people of the text bear means the one named in full last', () => {
  it.each([
    ['en', FATHER_AND_DAUGHTER, 'We had', 'Graham Pettit'],
    ['en', FATHER_AND_DAUGHTER, 'I remember', 'Jess Pettit'],
    [
      'en',
      'Ann Cole chairs the board.\nShe founded it in 1990.\nHer brother, Tom Cole, runs the mill.\n"We will not sell," Cole said.',
      'We will',
      'Tom Cole',
    ],
    [
      'de',
      'Thomas Albers stimmte dagegen.\nDie Fraktion war gespalten.\nUnterstützung bekam der Minister von der Fraktionschefin Katrin Albers. „Er hat recht“, sagte Albers.',
      'Er hat',
      'Katrin Albers',
    ],
    [
      'es',
      'Luis Arrieta votó en contra.\nEl debate duró horas.\nLa ministra, Pilar Arrieta, defendió la ley. “No habrá recortes”, dijo Arrieta.',
      'No habrá',
      'Pilar Arrieta',
    ],
  ])('%s: %s → %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    // Both named in one sentence just before: either could be meant, so nobody.
    ['en', 'Ann Cole and Tom Cole met on Monday.\n"We will not sell," Cole said.', 'We will'],
    // Each named in full a sentence apart: still either.
    ['en', 'Ann Cole said she would run. Tom Cole said he would too.\n"We will not sell," Cole said.', 'We will'],
    // The last full form is many paragraphs back: too far to follow.
    [
      'en',
      'Ann Cole chairs the board. Tom Cole runs the mill.\nOne.\nTwo.\nThree.\nFour.\n"We will not sell," Cole said.',
      'We will',
    ],
  ])('%s: nobody in %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang)).toBeNull();
  });
});
