import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quotes of `text` read as French. */
function quotesOf(text: string) {
  return detect(text, { lang: 'fr' }).quotes;
}

/** The quote starting with `words` in `text`. */
function quoteOf(text: string, words: string) {
  return quotesOf(text).find((x) => x.text.startsWith(words));
}

describe('French news: an incise inside the guillemets cuts the quotation in two', () => {
  it.each([
    [
      'a-t-elle insisté',
      'La rectrice Hélène Corbin a reçu les syndicats lundi. « Aucun élève ne sera laissé sans solution, a-t-elle insisté. Nous ouvrirons des classes là où il le faudra. »',
      'Aucun élève ne sera laissé sans solution',
      'Nous ouvrirons des classes là où il le faudra.',
      'Hélène Corbin',
    ],
    [
      'soupire-t-elle',
      'Infirmière depuis vingt ans, Agnès Morvan travaille de nuit à Brest. « On ne quitte pas le service par plaisir, soupire-t-elle. Chaque départ pèse sur celles qui restent. »',
      'On ne quitte pas le service par plaisir',
      'Chaque départ pèse sur celles qui restent.',
      'Agnès Morvan',
    ],
    [
      'poursuit-il',
      'Le maire de Vierzon, Olivier Lenain, a reçu les parents mardi. « Nous avons trouvé des locaux provisoires, poursuit-il. La rentrée aura lieu comme prévu. »',
      'Nous avons trouvé des locaux provisoires',
      'La rentrée aura lieu comme prévu.',
      'Olivier Lenain',
    ],
    [
      'a-t-il affirmé en entrevue au Devoir',
      'Le maire de Lévis, Gilles Bouchard, défend son budget. «Nous avons gelé les embauches, a-t-il affirmé en entrevue au Devoir. Personne ne peut dire que nous avons gaspillé.»',
      'Nous avons gelé les embauches',
      'Personne ne peut dire que nous avons gaspillé.',
      'Gilles Bouchard',
    ],
    [
      'a expliqué + name',
      'Les agriculteurs ont bloqué le périphérique. « Nous ne demandons pas la charité, a expliqué Julien Garnier, éleveur dans la Sarthe. Nous demandons un prix juste. »',
      'Nous ne demandons pas la charité',
      'Nous demandons un prix juste.',
      'Julien Garnier',
    ],
    [
      'an incise set inside a sentence',
      'La présidente de région, Sophie Lamarque, a présenté le plan. « Ce budget, assure-t-elle, protège les lycées les plus fragiles. »',
      'Ce budget',
      'protège les lycées les plus fragiles.',
      'Sophie Lamarque',
    ],
  ])('%s: both parts are the incise subject’s', (_, text, first, second, speaker) => {
    const qs = quotesOf(text);
    const a = qs.find((q) => q.text.startsWith(first));
    const b = qs.find((q) => q.text.startsWith(second));
    expect(a?.text).not.toContain(second);
    expect(a?.speaker).toBe(speaker);
    expect(b?.speaker).toBe(speaker);
  });

  it.each([
    ['a list after a comma', '« Nous voulons des postes, des moyens, du temps. Voilà tout. »'],
    ['a verb that reports nothing', '« Ils ont fermé la classe, laissent les enfants sans maître. Voilà tout. »'],
    ['an English page', '“We will not go back, she said. Not now.”'],
  ])('%s: the quotation stays whole', (_, text) => {
    expect(quotesOf(text)).toHaveLength(1);
  });
});
