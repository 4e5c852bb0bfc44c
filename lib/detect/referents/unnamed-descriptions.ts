/**
 * "The study's senior author, who asked not to be named, said …. '…,' she said": English news brings in
 * people by a definite description with an owner ("the company's spokeswoman", "the mayor's chief of staff")
 * or an "of"/"for" phrase ("the head of the union"). Such a subject is someone the text does not name, so a
 * "he" or "she" after it is theirs, not the last named person's, unless a name follows in apposition or the
 * description is a title the text already gave a named person.
 */

import { isPersonNoun, joined } from '@/lib/detect/people/anonymous';
import type { PeopleIndex, Referent } from '@/lib/detect/people/people-index';
import { isCueVerb, ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';

// Nouns whose ending or word says the person's sex: "spokeswoman", "chairman", "mother".
const FEMALE = /(?:woman|^(?:mother|wife|daughter|sister|girl|grandmother|aunt|actress|businesswoman))$/;
const MALE = /(?:(?<!wo)man|^(?:father|husband|son|brother|boy|grandfather|uncle|actor))$/;
const LINKS = new Set(['of', 'for']);
// How many words a description may hold between "the" and its noun ("the company's chief financial officer").
const SPAN = 6;

/** The gender a person noun gives, if any ("spokeswoman" f, "chairman" m, "author" none). */
export function nounGender(noun: string): 'm' | 'f' | undefined {
  if (FEMALE.test(noun)) return 'f';
  if (MALE.test(noun)) return 'm';
  return undefined;
}

/** Index of the last person noun in the run of joined words after token `from`, or -1 when the run has none. */
function headAfter(text: string, tokens: Token[], from: number, named: (k: number) => boolean): number {
  let head = -1;
  for (let n = from + 1; n <= Math.min(tokens.length - 1, from + SPAN); n++) {
    const t = tokens[n];
    const prev = tokens[n - 1];
    if (!t || !prev || !joined(text, prev, t) || named(n) || LINKS.has(t.lower) || isCueVerb(t.lower)) break;
    if (isPersonNoun(t.lower)) head = n;
    else if (head >= 0) break;
    // "the study's lead author's account": a noun owning something else is not the subject.
    if (t.possessive) return head === n ? -1 : head;
  }
  return head;
}

/** Index of the last token of an "of"/"for" complement after the head ("of staff", "for the family"). */
function complementEnd(text: string, tokens: Token[], head: number): number {
  const link = tokens[head + 1];
  const headToken = tokens[head];
  if (!link || !headToken || !LINKS.has(link.lower) || !joined(text, headToken, link)) return head;
  let end = head + 1;
  for (let n = head + 2; n <= Math.min(tokens.length - 1, head + 5); n++) {
    const t = tokens[n];
    const prev = tokens[n - 1];
    if (!t || !prev || !joined(text, prev, t) || isCueVerb(t.lower) || t.lower === 'who') break;
    end = n;
  }
  return end;
}

/** An unnamed person a description stands for, and the words naming their post ("senior author", "chief of staff"). */
export interface DescribedPerson {
  who: Referent;
  title: string;
}

/**
 * The unnamed person a description opening with "the" at token `det` stands for, when it has an owner or an
 * "of"/"for" phrase, names one person and fits a "he" or "she" of gender `g`; undefined otherwise. `named(k)`
 * tells whether token k lies in a named mention.
 */
export function definiteDescription(
  text: string,
  tokens: Token[],
  det: number,
  g: 'm' | 'f',
  named: (k: number) => boolean,
): DescribedPerson | undefined {
  const the = tokens[det];
  if (the?.lower !== 'the') return undefined;
  // The owner comes before any "of": "the head of the state's agency" is owned by nobody.
  const upTo = tokens.slice(det + 1, det + 4).findIndex((t) => LINKS.has(t.lower));
  const near = tokens.slice(det + 1, upTo < 0 ? det + 4 : det + 1 + upTo);
  // A named owner is still someone else's: "the mayor's chief of staff" is not the mayor.
  const owner = near.find((t) => t.possessive);
  const from = owner ? owner.index : det;
  const head = headAfter(text, tokens, from, named);
  const noun = tokens[head];
  if (!noun || noun.possessive) return undefined;
  const end = complementEnd(text, tokens, head);
  // Without an owner, only an "of"/"for" phrase makes it someone else than a title ("the mayor said").
  if (!owner && end === head) return undefined;
  // "The company's spokeswoman, Jane Doe, said", "the company's CEO Tim Cook": the name says who.
  if (named(end + 1)) return undefined;
  // "The study's authors": several people, not a "he" or "she".
  if (/s$/.test(noun.lower) && isPersonNoun(noun.lower.slice(0, -1))) return undefined;
  const sex = nounGender(noun.lower);
  if (sex && sex !== g) return undefined;
  // The post with its complement: "chief of staff" is no "Chief executive".
  const title = text.slice(tokens[from + 1]?.start ?? noun.start, tokens[end]?.end ?? noun.end).toLowerCase();
  return { who: { entity: null, start: the.start, end: noun.end }, title };
}

// How far around a name the text may give its bearer a title: "Mayor Ann Lee", "Thomas Brandt, the retailer's founder".
const TITLE_BEFORE = 40;
const TITLE_AFTER = 90;

/**
 * True when the words `title` stand next to a person named before `before` ("Police Chief Tom Ray", "Ann Lee,
 * the union's head"): the description then is a title the text gave that person, who may well be meant.
 */
export function givenAsTitle(text: string, idx: PeopleIndex, title: string, before: number): boolean {
  const words = title.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '.'));
  const word = new RegExp(`(?:^|[^\\p{L}])${words.join('\\s+')}(?:$|[^\\p{L}])`, 'iu');
  for (const m of idx.mentions) {
    if (m.end > before) break;
    if (idx.entities[m.entity]?.kind !== 'person') continue;
    const near = text.slice(Math.max(0, m.start - TITLE_BEFORE), Math.min(before, m.end + TITLE_AFTER));
    if (word.test(near)) return true;
  }
  return false;
}

/**
 * True when token `det` opens a bare title ("The mayor said", "the chief financial officer added"): such a
 * sentence is about the title's holder, so a "he" or "she" after it does not reach past it to an unnamed
 * description further back.
 */
export function bareTitleAt(tokens: Token[], det: number): boolean {
  if (tokens[det]?.lower !== 'the') return false;
  for (let n = det + 1; n <= Math.min(tokens.length - 1, det + 4); n++) {
    const t = tokens[n];
    if (!t || t.possessive) return false;
    if (ROLE_NOUNS.has(t.lower)) {
      if (ROLE_NOUNS.has(tokens[n + 1]?.lower ?? '')) continue;
      return !LINKS.has(tokens[n + 1]?.lower ?? '');
    }
    if (!ROLE_MODIFIERS.has(t.lower)) return false;
  }
  return false;
}
