import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a quote after a sentence about its source, in the same paragraph', () => {
  it.each([
    [
      'cs',
      '„Je to skvělý hráč,“ řekl trenér Karel Dušek. Web Kopaná Dnes to vidí podobně. „Hraje výborně a je rychlý.“',
      'Hraje',
      'Kopaná Dnes',
    ],
    [
      'fr',
      'La réunion a duré trois heures. Hélène Marchal ne cache pas son inquiétude. « Nous manquons de bras. »',
      'Nous',
      'Hélène Marchal',
    ],
    [
      'es',
      'El pleno terminó tarde. Lucía Navarro no oculta su enfado. “Nadie nos ha escuchado.”',
      'Nadie',
      'Lucía Navarro',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    // A paragraph break between the sentence and the quote: the quote starts something new.
    ['fr', 'Hélène Marchal ne cache pas son inquiétude.\n\n« Nous manquons de bras. »', 'Nous'],
    // The sentence before does not open on its subject.
    ['fr', 'La réunion a duré trois heures avec Hélène Marchal. « Nous manquons de bras. »', 'Nous'],
    // A passive names its agent too: either could be speaking.
    ['fr', 'Lucien Morel a été critiqué par Hélène Marchal. « Il ment. »', 'Il ment'],
    ['es', 'Pablo Herrero fue criticado por Lucía Navarro. “Miente.”', 'Miente'],
    // A speaker quoted before does not carry over a sentence about someone else.
    [
      'cs',
      '„Je to skvělý hráč,“ řekl trenér Karel Dušek.\n\nPetr Malina seděl na tribuně.\n\n„Hraje výborně.“',
      'Hraje',
    ],
  ])('%s: no speaker in %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang)).toBeNull();
  });
});

describe('Czech names read by case on a page declared Czech', () => {
  it.each([
    ['Ministr Pavel Kubát přijel v pondělí. „Je to chyba,“ řekl Kubátovi blízký zdroj.', 'Je to', null],
    ['Ministr Pavel Kubát přijel v pondělí. Podle Kubáta je dohoda „na dosah“.', 'na dosah', 'Pavel Kubát'],
    // First written in the instrumental, he is listed in the nominative once "Kubát" speaks.
    ['S ministrem Pavlem Kubátem jsme mluvili v pondělí. „Je to chyba,“ řekl Kubát.', 'Je to', 'Pavel Kubát'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });
});
