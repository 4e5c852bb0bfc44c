/**
 * Tells a group speaking from a person speaking where a lone capitalised word opens a sentence: "Merchants
 * say", "Campaigners warn" take the plural verb, and "Several told" has a quantifier for a subject. A person
 * takes "says"; a name never counts.
 */

// Quantifiers that stand for people as a subject ("Several told me", "Most said").
const QUANTIFIERS = new Set(['several', 'few', 'most', 'all', 'various', 'numerous', 'dozens', 'hundreds']);
// Present-tense reporting verbs in the plural: their subject is many, not one.
const PLURAL_CUES = new Set(['say', 'tell', 'warn', 'argue', 'insist', 'claim', 'complain', 'agree', 'fear', 'worry']);

/** True when the lone word `lower`, followed by `next`, is a group speaking rather than a person. */
export function speaksAsGroup(lower: string, next: string | undefined): boolean {
  if (QUANTIFIERS.has(lower)) return true;
  return !!next && PLURAL_CUES.has(next) && /[^s']s$/.test(lower);
}
