/**
 * A title qualified in lower case names a different office from the bare one: "il giudice per le indagini
 * preliminari" is not the presiding "giudice" named before, "le procureur de la République" not any
 * "procureur". Such a title points back only to someone whose stated role holds its qualifier.
 */
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

// Words that join a title to its qualifier, besides the language's "of" words.
const FOR = new Set(['per', 'pour', 'para', 'for']);
// Plural articles the lexicons' article lists leave out.
const PLURAL_ARTICLES = new Set(['i', 'le', 'les', 'los', 'las', 'os', 'as']);

/** The lower-case head noun qualifying the title at token i ("indagini" in "per le indagini"), or [] when none. */
export function titleQualifier(tokens: Token[], i: number): string[] {
  const lang = language();
  if (!lang.postnominal) return [];
  const link = tokens[i + 1]?.lower ?? '';
  // Only "for": "la ministre du travail" is the minister named before, "il giudice per le indagini
  // preliminari" a judge of another office than the presiding one.
  if (!FOR.has(link)) return [];
  let k = i + 2;
  const article = tokens[k]?.lower ?? '';
  if (lang.articles.has(article) || lang.of.has(article) || PLURAL_ARTICLES.has(article)) k++;
  // Only the head noun: the words after it may already be the sentence's verb ("… per le indagini parlava").
  const t = tokens[k];
  return t && !t.cap && !lang.of.has(t.lower) && /^\p{Ll}{3,}$/u.test(t.lower) ? [t.lower] : [];
}

/** True when `role` holds the qualifier's words (none asked: any role fits). */
export function roleHoldsQualifier(role: string | null, qualifier: string[]): boolean {
  if (!qualifier.length) return true;
  const words = (role ?? '').toLowerCase().split(/[^\p{L}]+/u);
  return qualifier.every((q) => words.includes(q));
}
