import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a description as the cue’s subject stands for the one person just named', () => {
  it.each([
    [
      'es',
      'La concejala Irene Salas presentó una moción sobre el alquiler. “No podemos seguir así”, sostuvo la concejala.',
      'No podemos',
      'Irene Salas',
    ],
    [
      'es',
      'Ramón Ortega, de 71 años, espera el autobús desde las seis.\n\n“Llevo una hora aquí”, relató el jubilado.',
      'Llevo',
      'Ramón Ortega',
    ],
    [
      'fr',
      'Le maire, Luc Marchand, défend le projet. « Avec cet argent, on rénove l’école », explique l’édile.',
      'Avec cet',
      'Luc Marchand',
    ],
    [
      'fr',
      'Odile Perrin tient la boulangerie depuis vingt ans. « On ne tiendra pas », prévient la commerçante.',
      'On ne',
      'Odile Perrin',
    ],
    [
      'it',
      'Giulia Ferri, 41 anni, è arrivata all’alba. «Qui non funziona niente», racconta la 41enne.',
      'Qui non',
      'Giulia Ferri',
    ],
    [
      'it',
      'Il sindaco di Lonato, Piero Galli, è prudente. «La fabbrica dà lavoro a tutti», ha detto il primo cittadino.',
      'La fabbrica',
      'Piero Galli',
    ],
    [
      'pt',
      'Joana Prates, 68 anos, vive no bairro há quarenta anos. «Daqui não saio», garante a reformada.',
      'Daqui',
      'Joana Prates',
    ],
    [
      'de',
      'Katrin Vogel verteidigte am Montag den Plan. „Wir sparen nicht an den Schulen“, sagte die 49 Jahre alte Sozialdemokratin.',
      'Wir sparen',
      'Katrin Vogel',
    ],
    [
      'de',
      'Jonas Berger steht seit dem Morgen am Tor. Er wartet. „Wir können nicht mehr“, sagt der 33-Jährige.',
      'Wir können',
      'Jonas Berger',
    ],
    [
      'fr',
      'À la mairie, Paul Girard reconnaît des retards. Le maire a soutenu le projet dès 2019. « On rénove l’école », explique le sexagénaire.',
      'On rénove',
      'Paul Girard',
    ],
    [
      'en',
      'Cork TD Nora Quinn said the council had ignored the petition.\n\n"They never read it," the Cork TD said.',
      'They never',
      'Nora Quinn',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    // Two people are named before the description: either may be meant.
    [
      'es',
      'Irene Salas y Tomás Gil presentaron una moción. “No podemos seguir así”, sostuvo la concejala.',
      'No podemos',
    ],
    // The person named is not the subject: whoever praised her is unnamed.
    ['de', 'Der Trainer lobte am Sonntag Lena Wolf. „Sie war stark“, sagte der 45-Jährige.', 'Sie war'],
    // The determiner's gender is not the person's.
    ['it', 'Marco Riva è arrivato all’alba. «Qui non funziona niente», racconta la pensionata.', 'Qui non'],
    // A spokesperson speaks for a body, not as the person named before.
    [
      'fr',
      'Le PDG, Alain Roux, a présenté les comptes. « Les résultats sont bons », a précisé le porte-parole.',
      'Les résultats',
    ],
    // A plural description is a group.
    [
      'en',
      'Nora Quinn said the council had ignored the petition.\n\n"They never read it," the residents said.',
      'They never',
    ],
    // A court is a body, whatever adjective comes first.
    [
      'es',
      'Juan Pérez recurrió la sentencia el lunes. “No cabe recurso alguno”, estableció el alto tribunal.',
      'No cabe',
    ],
    // An office the person named was never given is someone else's.
    ['de', 'Klaus Ohm verlor bei dem Brand sein Haus. „Wir werden klagen“, sagte der Anwalt.', 'Wir werden'],
    // A title marked as past is not whoever holds it now.
    [
      'fr',
      'Luc Marchand défend le projet devant la presse. « On rénove l’école », explique l’ancien enseignant.',
      'On rénove',
    ],
    // The sentence before the quote is about something else.
    [
      'es',
      'Ramón Ortega habló por la mañana. La obra se retrasó por la lluvia. “No es cosa de un día”, relató el jubilado.',
      'No es cosa',
    ],
  ])('%s: no speaker in %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang)).toBeNull();
  });

  it('leaves an office to the person the page gave it: the judge is not the lawyer named last', () => {
    const text =
      'Judge Ellen Marsh opened the hearing.\n\nTom Reed argued the permit was unlawful.\n\n"Place the data before us," the judge said.';
    expect(speakerOf(text, 'Place the', 'en')).not.toBe('Tom Reed');
  });
});
