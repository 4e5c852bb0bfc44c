/**
 * Reporting words that are nouns in place: "Trump's call", "the claims", "his remarks". A chain like
 * "Vindman testified that Trump's call was 'improper'" has one reporting verb, and the words are its
 * subject's, not the owner of the call.
 */

import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { readsDocument } from './document-reads';
import { isPassiveCue } from './passive-cues';

const DETERMINERS = new Set('the a an his her its their our my your this that these those every each no'.split(' '));

// Words between a subject and its reporting verb: "the report also said", "the company has said".
const BEFORE_VERB = /^(?:also|has|had|have|later|then|\p{L}+ly)$/u;

/** Where the verb after a subject ending before token `k` stands: `k`, or past one adverb or auxiliary. */
export function verbAfterSubject(tokens: Token[], k: number): number {
  return BEFORE_VERB.test(tokens[k]?.lower ?? '') ? k + 1 : k;
}

/** True when token `v` is a reporting verb used as a verb, not a noun after a possessive or determiner. */
export function isCueAt(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (readsDocument(tokens, v)) return true;
  if (!t || !isCueVerb(t.lower)) return false;
  const before = tokens[v - 1];
  // English determiners only: elsewhere "a" is an auxiliary ("a déclaré") and cue words do not double as nouns so.
  if (language().code !== 'en') return true;
  if (isPassiveCue(tokens, v)) return false;
  return !before || !(before.possessive || (DETERMINERS.has(before.lower) && !/(?:ed|ing)$/.test(t.lower)));
}
