/**
 * Words a run of capitals carries into a person's name that are not part of it: a title the lexicon does
 * not know ("Councilmember Tom Ashworth", "Депутат Виктор Лапин", "Zastupitel Tomáš Kubíček"), and the
 * month of a date that follows a byline ("Interview by Paul Dreyer Mar 10, 2026").
 */

import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import { isGivenName } from './given-names';

// Endings of words naming what someone is or does, in the languages the titles list may lack.
const ROLE_ENDING = /(?:member|woman|man|person|ist|tel|тель|ник|ница)$/u;
const MONTHS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);

/** True when the text writes a word of `word`'s stem in lower case ("депутатов" for "Депутат"). */
function stemInLowerCase(word: string, lowerWords: ReadonlySet<string>): boolean {
  const stem = word.slice(0, Math.max(5, word.length - 3));
  if (stem.length < 5) return false;
  for (const w of lowerWords) if (w.startsWith(stem)) return true;
  return false;
}

/**
 * True when the first of `tokens` is a title before a given name and a surname: a capitalised word that is no
 * given name itself, whose stem the text writes in lower case or that ends as role nouns do. An unknown given
 * name before a middle name ("Barack Hussein Obama") is neither, and stays.
 */
export function titleBeforeGivenName(tokens: Token[], lowerWords: ReadonlySet<string>, inflected: boolean): boolean {
  const [opener, given] = tokens;
  if (!opener || !given || tokens.length < 3 || !/^\p{Lu}\p{Ll}{3,}$/u.test(opener.text)) return false;
  if (isGivenName(opener.text, inflected) || !isGivenName(given.text, inflected)) return false;
  return ROLE_ENDING.test(opener.lower) || stemInLowerCase(opener.lower, lowerWords);
}

/** 1 when the last of `tokens` is a month a day's number follows ("Mar" of "Mar 10"), else 0. */
export function monthAfterName(text: string, tokens: Token[]): number {
  const last = tokens.at(-1);
  if (!last || tokens.length < 3) return 0;
  const month = MONTHS.has(last.lower.replace(/\.$/, ''));
  return month && /^\.?\s\d{1,2}(?!\d)/.test(text.slice(last.end, last.end + 5)) ? 1 : 0;
}

/** Drops from a person candidate an unknown title before its given name (kept as its role) and a month after it. */
export function trimOpenerAndMonth(c: Candidate, text: string, lowerWords: ReadonlySet<string>, inflected: boolean) {
  if (c.kind !== 'person') return;
  const opener = c.tokens[0];
  if (opener && !c.titled && titleBeforeGivenName(c.tokens, lowerWords, inflected)) {
    c.role ??= opener.text;
    c.tokens = c.tokens.slice(1);
  }
  c.tokens = c.tokens.slice(0, c.tokens.length - monthAfterName(text, c.tokens));
}

// An elided article glued to a title: "l'assessore", "dell'assessore".
const ELIDED = /^\p{L}+['\u2019]/u;

/**
 * Index of the role noun a title's complement hangs off, at `i` or a few lower-case words (or a party's acronym)
 * before it ("le député socialiste de la Creuse": "de" then "socialiste" then "député"), or -1.
 */
function titleBefore(tokens: Token[], i: number): number {
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const t = tokens[k];
    // A party's acronym may stand in the title: "le sénateur LR du Var".
    if (!t || (t.cap && !/^\p{Lu}{2,5}$/u.test(t.text))) return -1;
    if (ROLE_NOUNS.has(t.lower.replace(ELIDED, ''))) return k;
    if (!t.cap && !language().of.has(t.lower) && !/^\p{Ll}+$/u.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "il presidente della Regione Stefano Carli": with no comma, the body a title is of runs into the given name
 * of whoever holds it. The words before the given name join the title as the person's role.
 */
export function trimBodyBeforeHolder(c: Candidate, tokens: Token[], inflected: boolean) {
  const opener = c.tokens[0];
  if (!opener || c.tokens.length < 3) return;
  const of = tokens[opener.index - 1];
  const t = titleBefore(tokens, opener.index - 2);
  const title = tokens[t];
  if (!of || !title || !language().of.has(of.lower)) return;
  const k = c.tokens.findIndex((x, i) => i > 0 && isGivenName(x.text, inflected));
  if (k < 1 || c.tokens.length - k < 2 || c.tokens.slice(0, k).some((x) => isGivenName(x.text, inflected))) return;
  const between = tokens.slice(t + 1, opener.index).map((x) => x.text);
  c.role ??= [title.text.replace(ELIDED, ''), ...between, ...c.tokens.slice(0, k).map((x) => x.text)].join(' ');
  c.kind = 'person';
  c.tokens = c.tokens.slice(k);
}
