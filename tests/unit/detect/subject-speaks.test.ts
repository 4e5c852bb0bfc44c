import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„»“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a name after a preposition or hanging off another noun is not the speaker', () => {
  it.each([
    [
      'en',
      'Harriet Vole runs the mill.\n\nUnder a contract with the Northfield Water Board, the mill must keep its weir "open in every season of the year".',
      'open in',
    ],
    [
      'fr',
      'Le dossier reviendra sur la table du Conseil régional de Bretagne, où les élus devront « trancher avant la fin du mois ».',
      'trancher',
    ],
    [
      'pt',
      'A líder da bancada na Assembleia Municipal, vereadora Joana Pires, publicou nas redes que “a cidade não aguenta mais obras”.',
      'a cidade',
    ],
    [
      'de',
      'Die Forderungen der Apothekerkammer seien „in dieser Höhe nicht bezahlbar“, hieß es in einer Mitteilung.',
      'in dieser',
    ],
    [
      'fr',
      'Appuyée par Madrid, Lisbonne et Rome, la proposition a buté sur le refus de la Pologne, qui a estimé qu’elle menaçait de « ruiner la négociation ».',
      'ruiner',
    ],
  ])('%s: %s', (lang, text, words) => {
    const speaker = speakerOf(text, words, lang);
    expect(speaker === null || speaker === undefined || speaker === 'Joana Pires').toBe(true);
  });
});

describe('a quote that is the predicate of the name is said about it, not by it', () => {
  it.each([
    ['pt', 'Para o sindicalista, o Executivo «trata os professores como números e não como pessoas».', 'trata'],
    ['it', 'Secondo l’accusa, la società Ferromet "sapeva tutto almeno dal 2015" della contaminazione.', 'sapeva'],
    ['de', 'Die Behörde habe »auf jede Kontrolle verzichtet«, heißt es in dem Bericht der Prüfer.', 'auf jede'],
  ])('%s: %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang) ?? null).toBeNull();
  });
});

describe('a name inside a clause the quote is not in is not the speaker', () => {
  it.each([
    [
      'en',
      'One paramedic, who asked not to be named because Coastline Ambulance Trust staff may not talk to reporters, said the mood was "worse than I have ever known it".',
      'worse',
    ],
    [
      'en',
      'Counsel Priya Anand relied on a 2023 study by the Lakeside Hydrology Institute, which had found the aquifer "badly depleted" and urged that "no new licences be issued".',
      'no new',
    ],
    [
      'it',
      'LIVORNO (Toscana) – «Un colpo durissimo per tutto il porto». Il sindaco non usa mezzi termini.',
      'Un colpo',
    ],
  ])('%s: %s', (lang, text, words) => {
    const speaker = speakerOf(text, words, lang);
    expect(speaker === null || speaker === undefined).toBe(true);
  });
});

describe('the employer named before a title and a name is not the speaker', () => {
  it.each([
    [
      'en',
      'Harbor Lane Securities analyst Tomas Greer, who rates the stock a hold, wrote in a note that the quarter was "messier than the headline".',
      'messier',
      'Tomas Greer',
    ],
  ])('%s: %s', (lang, text, words, expected) => {
    const speaker = speakerOf(text, words, lang);
    expect(speaker === expected || speaker === null || speaker === undefined).toBe(true);
  });
});

describe('the subject that speaks keeps the quote', () => {
  it.each([
    [
      'en',
      'Mayor Dana Whitcombe, who votes only to break a tie, cast the deciding vote and called it "the hardest call of my career".',
      'the hardest',
      'Dana Whitcombe',
    ],
    [
      'en',
      'The Riverside Tenants Union, which represents 9,000 renters, said in a statement that its members were "done waiting for repairs".',
      'done waiting',
      'Riverside Tenants Union',
    ],
    [
      'fr',
      'Le secrétaire général du syndicat, Marc Delaunay, évoque une réforme « profondément injuste ».',
      'profondément',
      'Marc Delaunay',
    ],
    [
      'es',
      'La Misión de Observación Electoral (MOE), que desplegó 300 observadores, reportó “irregularidades menores” en la jornada.',
      'irregularidades',
      'Misión de Observación Electoral',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});
