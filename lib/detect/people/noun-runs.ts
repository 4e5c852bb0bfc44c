/**
 * German writes every noun with a capital, so two nouns in a row read like a first name and a surname:
 * "dem Verein Unterstützung", "im Keller Gasflaschen", "den Preis Jahr für Jahr". A person's name takes no
 * article in German news; after an article, a contraction or a quantifier ("allen"), a run whose first word is
 * no given name is nouns.
 */

import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';
import { isGivenName } from './given-names';
import { germanNameGender } from './given-names-de';

const CONTRACTIONS = new Set(['am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs']);
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
// Quantifiers and demonstratives stand where an article does: "mit allen Grundeigentümern Gespräche".
const DETERMINERS = new Set(
  'alle allen aller allem viele vielen vieler einige einigen mehrere mehreren beide beiden diese diesen diesem dieser dieses manche manchen'.split(
    ' ',
  ),
);

/**
 * True when the capitalised run opening at `head` is common nouns after an article ("dem Verein
 * Unterstützung", "eine Passantin", "ein Sprecher der Stadt"), not a person's name.
 */
export function isNounRun(tokens: Token[], head: Token): boolean {
  if (!language().capitalisesNouns) return false;
  const before = tokens[head.index - 1];
  if (!before || before.end + 1 !== head.start) return false;
  const article = language().articles.has(before.lower) || CONTRACTIONS.has(before.lower);
  if (!article && !INDEFINITE.has(before.lower) && !DETERMINERS.has(before.lower)) return false;
  return !isGivenName(head.text) && !germanNameGender(head.text);
}
