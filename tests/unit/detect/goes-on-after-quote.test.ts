import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in French `text`. */
function speakerOf(text: string, words: string) {
  return detect(text, { lang: 'fr' }).quotes.find((x) => x.text.replace(/^[«»“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('French "avant de" + infinitive of saying after a cue shares the cue’s speaker', () => {
  it.each([
    [
      'a description standing for the woman named before',
      'Anne Morel dirige le chantier depuis mars. « Le chantier avance », assure la quinquagénaire, avant de conclure : « On sera prêts. »',
      'On sera',
      'Anne Morel',
    ],
    [
      'a pronoun after the verb, "avant d’ajouter"',
      'Paul Giraud préside le club. « La saison est lancée », a-t-il déclaré, avant d’ajouter : « Il faudra du temps. »',
      'Il faudra',
      'Paul Giraud',
    ],
    [
      'a name after the verb, with whom the words were addressed to',
      '« Nous reviendrons », affirme Marc Lenoir, avant de lancer aux grévistes : « Tenez bon jusqu’à lundi ! »',
      'Tenez bon',
      'Marc Lenoir',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'the first quote’s speaker is unknown',
      'Anne Morel dirige le chantier. « Le chantier avance », lance une passante, avant d’ajouter : « On verra bien. »',
      'On verra',
    ],
    [
      'a new sentence with its own subject comes between',
      'Anne Morel parle. « Le chantier avance », dit-elle. Un ouvrier, lui, reste prudent, avant de conclure : « On verra. »',
      'On verra',
    ],
    [
      'the quote before ends its sentence',
      'Anne Morel parle. « Le chantier avance. » Un ouvrier, lui, reste prudent, avant de conclure : « On verra. »',
      'On verra',
    ],
  ])('names nobody when %s', (_label, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});
