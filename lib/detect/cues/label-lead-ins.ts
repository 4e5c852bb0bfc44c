/**
 * Headline and summary lead-ins that are a bare label before the colon: "Una paziente di 84 anni: «…»",
 * "La Fiom: «…»", "Un vecino: «…»". They name the speaker themselves, as someone unnamed or as a body the
 * text never introduces; the paragraph's earlier topic is not whoever they are.
 */
import type { Token } from '@/lib/detect/text/tokens';

// Indefinite articles: "Una paziente", "Un residente", "Une habitante", "Ein Anwohner", "A resident".
const INDEFINITE = new Set([
  'un',
  'uno',
  'una',
  "un'",
  'un’',
  'une',
  'unos',
  'unas',
  'um',
  'uma',
  'ein',
  'eine',
  'a',
  'an',
]);
// Definite articles that open a body's short name: "La Fiom", "Il Codacons", "Le Medef", "El PSOE".
const DEFINITE = new Set([
  'il',
  'lo',
  'la',
  "l'",
  'l’',
  'i',
  'gli',
  'le',
  'les',
  'el',
  'los',
  'las',
  'o',
  'os',
  'as',
  'the',
]);

/** True when tokens [a, b) before a colon are only a label: an indefinite noun phrase or "the" + a capitalised name. */
export function labelLeadIn(tokens: Token[], a: number, b: number): boolean {
  const first = tokens[a];
  const second = tokens[a + 1];
  if (!first || !second || b - a < 2) return false;
  if (INDEFINITE.has(first.lower)) return b - a <= 8 && !second.cap;
  return DEFINITE.has(first.lower) && second.cap && b - a <= 3 && tokens.slice(a + 1, b).every((t) => t.cap);
}
