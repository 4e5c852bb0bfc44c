/**
 * Names in a colon lead-in that are not its subject: where the words appeared ("in un video pubblicato sulla
 * pagina Facebook del Comune:", "dans un message sur X :") and whom a relative clause is about ("il commento
 * dell'avvocato Lenzi, che difende Ricci:"). The speaker is the name before them.
 */

// Prepositions of place and medium, per language: a name after one (and a noun) is where, not who.
const LOCATIVES: Record<string, Set<string>> = {
  en: new Set(['on', 'in', 'at', 'via']),
  it: new Set('su sul sulla sullo sui sugli sulle in nel nella nello nei negli nelle'.split(' ')),
  fr: new Set(['sur', 'dans']),
  es: new Set(['en', 'sobre']),
  pt: new Set('em no na nos nas sobre'.split(' ')),
  de: new Set(['auf', 'im', 'in']),
  cs: new Set(['na', 'v', 've']),
};
// Relative pronouns that open a clause about someone already named: "X, che difende Y:".
const RELATIVE = /,\s+(?:che|who|which|qui|que|der|die|das|který|která)\s/u;

/**
 * True when the lead-in words before a name (`lead`, lower case, from the sentence start) put it in a place
 * or a medium, or in a relative clause after an earlier name: it is a complement, not the subject.
 */
export function complementName(lead: string, code: string): boolean {
  if (RELATIVE.test(lead)) return true;
  const words = lead.match(/\p{L}+/gu) ?? [];
  const places = LOCATIVES[code];
  if (!places) return false;
  // "sulla pagina Facebook", "sur son compte X": a preposition, then at most an article and a noun.
  return words.slice(-3).some((w, k, last) => places.has(w) && k >= last.length - 3 && k < last.length);
}
