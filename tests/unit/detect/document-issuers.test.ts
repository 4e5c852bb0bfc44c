import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words`, read as a page in `lang`. */
function speakerOf(lang: string, text: string, words: string) {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('"the statement said" after the statement was tied to its author', () => {
  it.each([
    [
      'according to a statement from his attorney, X',
      'According to a statement from his attorney, Maureen Castle, Doyle “regrets nothing.” “He acted within the law at every step,” the statement said.',
      'He acted',
      'Maureen Castle',
    ],
    [
      'a statement from the client’s attorney, X',
      'Doyle declined to comment. A statement from Doyle’s attorney, Maureen Castle, called the charges “baseless.” “My client will be vindicated,” the statement said.',
      'My client',
      'Maureen Castle',
    ],
    [
      'a titled sender of a letter',
      'Rep. Alan Birch released a letter to the governor on Monday. “The people of this district deserve answers,” the letter said.',
      'The people of',
      'Alan Birch',
    ],
    [
      'a letter that "read"',
      'Councilwoman Ada Price sent a letter to the board. “This is not over,” the letter read.',
      'This is not over',
      'Ada Price',
    ],
    [
      'a statement issued by a company',
      'A statement issued by Norvik Energy blamed the storm. “Crews are working around the clock,” the statement said.',
      'Crews are',
      'Norvik Energy',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf('en', text, words)).toBe(speaker);
  });

  it.each([
    [
      'released by a lawyer: the client may be its author',
      'In a statement released by his lawyer, Tom Ruiz, Brandt said he “stands behind the work.” “He will not be doing that in the press,” the statement said.',
      'He will not',
      'Tom Ruiz',
    ],
  ])('not the one who passed it on: %s', (_name, text, words, notSpeaker) => {
    expect(speakerOf('en', text, words)).not.toBe(notSpeaker);
  });
});

describe('a document named again stands for whoever issued it', () => {
  it.each([
    [
      'fr',
      'La maire de Lannion, Anne Le Goff, a publié un communiqué mardi. « Nous ne céderons pas », poursuit le texte.',
      'Nous ne céderons',
      'Anne Le Goff',
    ],
    [
      'fr',
      'La Fédération des commerçants de Vannes a diffusé un communiqué lundi. « Les travaux nous ruinent », poursuit le texte.',
      'Les travaux',
      'Fédération des commerçants de Vannes',
    ],
    [
      'es',
      'La Asociación de Vecinos de Triana difundió una nota el martes. “No nos han escuchado”, añade la nota.',
      'No nos han',
      'Asociación de Vecinos de Triana',
    ],
  ])('%s: the document stands for who issued it in %s', (lang, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it.each([
    [
      'fr',
      'Un avocat de Paul Mercier a envoyé un courrier au maire. « Rien ne justifie ce refus », poursuit le texte.',
      'Rien ne',
    ],
    ['es', 'Un abogado de Ana Ruiz envió una carta al juzgado. “No hubo fraude”, añade la carta.', 'No hubo'],
  ])('%s: a document sent on someone’s behalf is not theirs in %s', (lang, text, words) => {
    expect(speakerOf(lang, text, words) ?? '').not.toMatch(/Mercier|Ruiz/);
  });
});
