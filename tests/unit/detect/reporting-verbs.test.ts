import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the first quote in `text`, read as a page declared in `lang`. */
function firstSpeaker(text: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes[0]?.speaker;
}

// One sentence per language with the verb slot open; words after the name leave only the verb to say who spoke.
const FRAMES: Record<string, (verb: string) => string> = {
  fr: (v) => `Hélène Marchal est arrivée lundi. « Rien n’est réglé », ${v} Hélène Marchal devant la presse.`,
  de: (v) => `Jonas Weber kam am Montag. „Nichts ist geregelt“, ${v} Jonas Weber vor der Presse.`,
  es: (v) => `Lucía Navarro llegó el lunes. “Nada está resuelto”, ${v} Lucía Navarro ante la prensa.`,
  it: (v) => `Marco Bellini è arrivato lunedì. «Niente è risolto», ${v} Marco Bellini davanti ai giornalisti.`,
  pt: (v) => `Rita Fontes chegou na segunda-feira. “Nada está resolvido”, ${v} Rita Fontes à imprensa.`,
  cs: (v) => `Tomáš Kubát přijel v pondělí. „Nic není vyřešeno,“ ${v} Tomáš Kubát před novináři.`,
};
const SPEAKERS: Record<string, string> = {
  fr: 'Hélène Marchal',
  de: 'Jonas Weber',
  es: 'Lucía Navarro',
  it: 'Marco Bellini',
  pt: 'Rita Fontes',
  cs: 'Tomáš Kubát',
};

describe('reporting verbs of each language, inverted after the quote', () => {
  it.each([
    ['fr', 'a martelé'],
    ['fr', 'a tranché'],
    ['fr', 'résume'],
    ['fr', 'concède'],
    ['fr', 'a fustigé'],
    ['de', 'mahnte'],
    ['de', 'erläuterte'],
    ['de', 'berichtete'],
    ['de', 'unterstrich'],
    ['es', 'recalcó'],
    ['es', 'sentenció'],
    ['es', 'matizó'],
    ['es', 'zanjó'],
    ['it', 'ha ribadito'],
    ['it', 'ha osservato'],
    ['it', 'racconta'],
    ['it', 'ha puntualizzato'],
    ['pt', 'garantiu'],
    ['pt', 'ressaltou'],
    ['pt', 'lembrou'],
    ['cs', 'poznamenal'],
    ['cs', 'konstatoval'],
    ['cs', 'zdůrazňuje'],
    ['cs', 'přirovnává'],
  ])('%s: %s', (lang, verb) => {
    expect(firstSpeaker(FRAMES[lang]!(verb), lang)).toBe(SPEAKERS[lang]);
  });
});
