/**
 * Titles that stand for a person named earlier under another title: Spanish copy calls the coach it named
 * "el entrenador" next "el técnico" or "el míster", the president "el mandatario" or "el jefe del
 * Ejecutivo", a minister "la funcionaria". A title fits a person when their stated role holds a title of the
 * same class, in the same gender.
 */

import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

type Gender = 'm' | 'f' | undefined;

/** The classes of interchangeable titles of the language read, each a set of masculine forms. */
function classes(): Set<string>[] {
  const code = language().code;
  let found = compiled.get(code);
  if (!found) {
    found = (language().epithets ?? []).map((c) => new Set(c.split(' ')));
    compiled.set(code, found);
  }
  return found;
}

const compiled = new Map<string, Set<string>[]>();

// Feminine titles from the masculine ones: ministra, presidenta, senadora, alcaldesa, chercheuse, directrice.
const FEMININE: [string, string][] = [
  ['a', 'o'],
  ['a', 'e'],
  ['a', ''],
  ['esa', 'e'],
  ['euse', 'eur'],
  ['rice', 'eur'],
];

/** The masculine form a title is listed under, and the gender its form tells, or undefined when unlisted. */
function listed(word: string): { base: string; gender: Gender } | undefined {
  const all = classes();
  if (all.some((c) => c.has(word))) return { base: word, gender: undefined };
  for (const [f, m] of FEMININE) {
    if (!word.endsWith(f) || word.length < f.length + 3) continue;
    const base = word.slice(0, -f.length) + m;
    if (all.some((c) => c.has(base))) return { base, gender: 'f' };
  }
  return undefined;
}

/** The title at token i as the classes list it: "jefe del Ejecutivo" is "jefe_ejecutivo". */
export function titleAt(tokens: Token[], i: number): string {
  const t = tokens[i];
  if (!t) return '';
  const of = language().of;
  let k = i + 1;
  if (!of.has(tokens[k]?.lower ?? '')) return t.lower;
  k++;
  if (of.has(tokens[k]?.lower ?? '')) k++;
  const phrase = `${t.lower}_${tokens[k]?.lower ?? ''}`;
  return listed(phrase) ? phrase : t.lower;
}

/** The word at k joined to what it is of, the way the classes list it: "jefe del gobierno" is "jefe_gobierno". */
function phraseAt(words: string[], k: number): string {
  const of = language().of;
  let n = k + 1;
  if (!of.has(words[n] ?? '')) return words[k] ?? '';
  n++;
  if (of.has(words[n] ?? '')) n++;
  return `${words[k]}_${words[n] ?? ''}`;
}

/** The gender an article before a title gives it ("el", "la"), if any. */
function articleGender(article: string | undefined): Gender {
  if (article === 'el' || article === 'un' || article === 'del' || article === 'al') return 'm';
  if (article === 'la' || article === 'una') return 'f';
  // Portuguese "o dirigente", "a dirigente": only there is "a" an article before a title.
  if (language().code !== 'pt') return undefined;
  if (article === 'o' || article === 'do' || article === 'ao' || article === 'um') return 'm';
  return article === 'a' || article === 'da' || article === 'à' || article === 'uma' ? 'f' : undefined;
}

/**
 * True when a person whose stated role is `role` (and gender `gender`) may be the one a title `title`
 * (with the article before it) refers to: the same title, or one of its class in a gender that agrees.
 */
export function titleFits(role: string, gender: 'm' | 'f' | null, title: string, article?: string): boolean {
  const words = role.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  if (words.includes(title)) return true;
  const wanted = listed(title);
  if (!wanted) return false;
  const want = wanted.gender ?? articleGender(article);
  const all = classes();
  return words.some((w, k) => {
    const own = listed(phraseAt(words, k)) ?? listed(w);
    if (!own || !all.some((c) => c.has(own.base) && c.has(wanted.base))) return false;
    const is = gender ?? own.gender ?? articleGender(words[k - 1]);
    return !want || !is || want === is;
  });
}
