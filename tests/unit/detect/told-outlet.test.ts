import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('the outlet a speaker told is not part of their name', () => {
  it.each([
    ['fr', '« On n’a jamais vu ça », a déclaré au Courrier Jean Dupont, habitant de Brest.', 'On n', 'Jean Dupont'],
    ['fr', '« Tout est fini », a confié à Ouest-Matin Marie Kergoat.', 'Tout', 'Marie Kergoat'],
    ['fr', '« On n’a jamais vu ça », a déclaré à l’AFP Maïwenn Le Goff.', 'On n', 'Maïwenn Le Goff'],
    ['es', '“Nunca vimos algo así”, dijo a El Heraldo Juan Pérez.', 'Nunca', 'Juan Pérez'],
    ['it', '«Non ci hanno avvisato», ha detto al Giornale Marco Rossi.', 'Non ci', 'Marco Rossi'],
    [
      'es',
      'La reunión fue larga. “No habrá recortes”, ha explicado a EFE el portavoz de la Policía, Juan López.',
      'No habrá',
      'Juan López',
    ],
    [
      'de',
      'Max Müller ist Sprecher. „Wir tun alles“, sagte Müller der Deutschen Presse-Agentur.',
      'Wir tun',
      'Max Müller',
    ],
    ['cs', 'Jan Novák byl u toho. „Nikdy jsme nic takového neviděli,“ řekl pro Deník Jan Novák.', 'Nikdy', 'Jan Novák'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});
