import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in French `text`. */
function speakerOf(text: string, words: string) {
  return detect(text, { lang: 'fr' }).quotes.find((x) => x.text.replace(/^[«»“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('French: the outlet an interview opening the sentence took place on is not the speaker', () => {
  it.each([
    [
      'a station on which the minister was asked, two quotes sharing the cue',
      'Interrogée sur RTL jeudi soir, la ministre de la Culture, Agnès Duval, a salué « un beau succès » du festival et promis « une aide renforcée » pour 2027.',
      'une aide',
      'Agnès Duval',
    ],
    [
      'a station whose name opens on "France"',
      'Interrogé sur France Culture lundi, le maire de Brest, Yann Le Goff, a défendu « un budget sincère » et annoncé « des économies » dès janvier.',
      'des économies',
      'Yann Le Goff',
    ],
    [
      'a guest of a channel',
      'Invité de BFMTV dimanche, le député Luc Perrin a jugé la réforme « injuste » et réclamé « un vrai débat » au Parlement.',
      'un vrai débat',
      'Luc Perrin',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('keeps a person asked about', () => {
    const d = detect(
      'Interrogé sur Jean Castel, le préfet a refusé tout commentaire. « Je ne dirai rien », a dit Jean Castel.',
      {
        lang: 'fr',
      },
    );
    expect(d.people.some((p) => p.name === 'Jean Castel')).toBe(true);
  });
});
