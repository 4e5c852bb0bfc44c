/**
 * Words near a quote that look like its attribution but are not: a reporting verb in the passive
 * ("Holloway was asked", "she was told"), whose subject heard the words, and a clause opening right after
 * the quote ("…" after Vale were denied a penalty), which tells what happened, not who spoke.
 */

import type { Referent } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';

// Forms of "be" (and "get") that make a passive of the participle after them, adverbs allowed between.
const BE = /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)$/;
const PARTICIPLE = /^(?:\p{L}+ed|told|said|written|spoken)$/u;

/** True when the English reporting verb at token `v` is a past participle after a form of "be". */
export function isPassiveCue(tokens: Token[], v: number): boolean {
  if (language().code !== 'en') return false;
  const t = tokens[v];
  if (!t || !PARTICIPLE.test(t.lower)) return false;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const w = tokens[k]?.lower ?? '';
    if (BE.test(w)) return true;
    if (!/^(?:\p{L}+ly|not|never|also|then|again|repeatedly)$/u.test(w)) return false;
  }
  return false;
}

/** Nobody named, when token `v` is a reporting verb in the passive: the speaker such a cue leaves; else undefined. */
export function passiveSpeaker(tokens: Token[], v: number): Referent | undefined {
  const t = tokens[v];
  return t && isCueVerb(t.lower) && isPassiveCue(tokens, v) ? { entity: null, start: t.start, end: t.end } : undefined;
}

// Words opening a clause of its own right after a quote: "..." after Vale were denied, "..." and Mehta blamed.
const OTHER_CLAUSE =
  /^(?:and|but|while|whereas|yet|or|because|although|though|after|before|when|as|until|since|unless|if)$/;

/** True when `word` right after a quote opens another clause, which tells what happened, not who spoke. */
export function opensOtherClause(word: string): boolean {
  return OTHER_CLAUSE.test(word);
}
