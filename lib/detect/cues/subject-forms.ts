/**
 * Subjects a cue verb has that are not the name next to it: a common noun opening the sentence ("El club
 * berciano anunció que ..."), a name hanging off "de" after the verb ("la amarilla de Ferrán"), whom the
 * speaker told ("ha explicado a EFE"), and the subject's own reckoning after "según" ("según sus cálculos") or
 * those who relayed words it already said ("…, habría dicho Garrido, según relataron dos de los presentes").
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Ctx } from './cue-context';

// Possessives after a source word that point back to the sentence's subject.
const OWN_SOURCE = /^(?:su|sus|his|her|their|its|son|sa|ses|leur|leurs|suo|sua|suoi|sue|seu|seus|suas)$/;

/** True when the word after "según"/"according to" is a possessive: the subject's own source, not another. */
export function ownSource(word: string): boolean {
  return OWN_SOURCE.test(word);
}

/** True when "según" at token k opens a clause ("según relataron") after a cue verb of the quote's own from token a. */
export function relayed(tokens: Token[], a: number, k: number): boolean {
  if (!isCueVerb(tokens[k + 1]?.lower ?? '')) return false;
  for (let v = a; v < k; v++) if (isCueVerb(tokens[v]?.lower ?? '')) return true;
  return false;
}

/** True when a preposition naming whom the speaker told stands before `r` ("ha explicado a EFE"). */
export function told(c: Ctx, r: { start: number }): boolean {
  const k = firstTokenAt(c.tokens, r.start);
  const before = c.tokens[k - 1];
  const lang = language();
  const article = before && lang.articles.has(before.lower) ? c.tokens[k - 2] : before;
  return !!article && lang.addressee.has(article.lower);
}

/** True when an English "told" stands right before `r` ("told BBC Radio 5 Live"): whom the speaker told. */
export function toldDirectly(c: Ctx, r: { start: number }): boolean {
  const before = c.tokens[firstTokenAt(c.tokens, r.start) - 1];
  return language().code === 'en' && /^(?:told|tell|tells|telling)$/.test(before?.lower ?? '');
}

/**
 * The token after whom a speaker told when that opens at `k` ("à Lusa", "a la agencia EFE"): a preposition
 * of address, at most an article, then capitalised words. -1 when none stands there.
 */
export function pastAddressee(c: Ctx, k: number): number {
  const lang = language();
  if (!lang.addressee.has(c.tokens[k]?.lower ?? '')) return -1;
  let i = k + 1;
  if (lang.articles.has(c.tokens[i]?.lower ?? '')) i++;
  // "à agência Lusa", "ao jornal Público": the kind of medium before its name.
  if (!c.tokens[i]?.cap && lang.outlets.has(c.tokens[i]?.lower ?? '') && c.tokens[i + 1]?.cap) i++;
  const first = i;
  // "ao Notícias da Margem": a particle may join the outlet's capitalised words.
  const joins = (j: number) => lang.of.has(c.tokens[j]?.lower ?? '') && !!c.tokens[j + 1]?.cap && j > first;
  while ((c.tokens[i]?.cap || joins(i)) && !c.quoted[i]) i++;
  return i > first ? i : -1;
}

/**
 * "El club berciano anunció que ...": a sentence opening on an article and a common noun has a subject the
 * text does not name here; nobody named later in the sentence is the speaker.
 */
export function commonSubject(c: Ctx, a: number, v: number): Referent | undefined {
  const det = c.tokens[a];
  const noun = c.tokens[a + 1];
  if (!det || !noun || v - a > 4 || noun.cap || c.quoted[a + 1]) return undefined;
  const definite = det.lower === 'the' || (language().code !== 'en' && language().articles.has(det.lower));
  return definite && !language().of.has(det.lower) ? { entity: null, start: det.start, end: noun.end } : undefined;
}

/**
 * The subject placed right after a cue verb that opens onto the quote ("Said Wang: ..."). A name further
 * on, or one hanging off "de" ("recurrirá la amarilla de Ferrán"), is an object, not who spoke.
 */
export function invertedBefore(c: Ctx, v: number, b: number): Referent | undefined {
  // "told BBC Radio 5 Live:": what follows "told" is whom the speaker told.
  if (/^(?:told|tell|tells|telling)$/.test(c.tokens[v]?.lower ?? '')) return undefined;
  let r: Referent | undefined;
  for (let i = v + 1; i < Math.min(b, v + 5) && !r; i++) if (!c.quoted[i]) r = referentAt(c.idx, c.d, c.tokens, i);
  if (!r) return undefined;
  const link = c.tokens[firstTokenAt(c.tokens, r.start) - 1]?.lower ?? '';
  return link === 'of' || language().of.has(link) || told(c, r) ? undefined : r;
}
