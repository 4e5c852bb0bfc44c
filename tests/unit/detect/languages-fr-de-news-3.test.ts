import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quote starting with `words` in `text`, read in language `lang`. */
function quoteOf(text: string, words: string, lang: string) {
  return detect(text, { lang }).quotes.find((x) => x.text.startsWith(words));
}

/** The names of the people found in `text`. */
function peopleOf(text: string, lang: string) {
  return detect(text, { lang }).people.map((p) => p.name);
}

describe('French news: a title’s complement is not a person', () => {
  it.each([
    [
      'conseillère d’Etat',
      'La conseillère d’Etat chargée des Finances, Monique Jeanneret, a présenté le budget. «Nous tiendrons les comptes», a-t-elle assuré.',
      'Nous tiendrons',
      'Monique Jeanneret',
    ],
    [
      'secrétaire d’État',
      'Le secrétaire d’État aux Transports, Hugo Marchetti, était à Lyon lundi. « La ligne rouvrira en mars », a-t-il annoncé.',
      'La ligne rouvrira',
      'Hugo Marchetti',
    ],
  ])('%s: the pronoun cue goes to the named holder', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker).toBe(speaker);
    expect(peopleOf(text, 'fr').some((n) => /^d[’']/.test(n))).toBe(false);
  });
});
