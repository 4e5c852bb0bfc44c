/**
 * English "he" and "she" standing for someone named before a sentence: a sentence opening on one, or
 * holding one, is about that person, not about the other people it names.
 */
import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import { tokenAt as firstTokenAt, type Token } from '@/lib/detect/text/tokens';

/** True when `t` is an English "he" or "she" (the sentence it opens has a pronoun for its subject). */
export function opensOnPronoun(t: Token): boolean {
  return language().code === 'en' && (t.lower === 'he' || t.lower === 'she');
}

/** True when text [from, to) holds an English "he" or "she" outside quotes. */
export function hasPersonalPronoun(s: { tokens: Token[]; quoted: boolean[] }, from: number, to: number): boolean {
  if (language().code !== 'en') return false;
  for (let k = firstTokenAt(s.tokens, from); k < s.tokens.length && must(s.tokens[k], 'token').start < to; k++) {
    const t = must(s.tokens[k], 'token');
    if (!s.quoted[k] && (t.lower === 'he' || t.lower === 'she')) return true;
  }
  return false;
}
