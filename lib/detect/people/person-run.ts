/**
 * Reads a run without an organisation's word into the people it names: the title before each name, its
 * gender and role, and the words that lead into a name without being part of it.
 */

import { DEMONYMS, GENDERED, PLACE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { lookupWord } from '@/lib/detect/text/word-table';
import { PARTY_NOUNS } from './anonymous';
import type { Candidate } from './candidate';
import { CONNECTORS, PARTICLES } from './capital-runs';
import { isGivenName } from './given-names';
import { actsAsVerb, roleAfter, roleBefore } from './roles';
import { isGroupName, isInitials, isNameToken, lastTitle, lastTitleStart } from './run-words';
import { ofTheTitle } from './title-of';

// Words that begin place names ("North Dakota", "San Francisco").
const PLACE_PREFIXES = new Set(
  'north south east west northern southern eastern western new san santa los las saint st st. fort mount great upper lower'.split(
    ' ',
  ),
);
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
// Capitalised nouns that end the names of things, not people.
const THING_WORDS = new Set(
  'bill act law treaty accord agreement convention plan report war award prize cup games festival index invasion ceasefire crisis pandemic election elections revolution offensive operation initiative doctrine strategy programme program protests uprising massacre bombing attack attacks earthquake hurricane olympics championship declaration charter protocol resolution budget reform scandal affair summit conference compact treasuries bonds stocks shares futures'.split(
    ' ',
  ),
);
// An elided article or preposition glued to a word: "l’Estonien", "dell'assessore".
const ELIDED_ARTICLE = /^\p{L}{1,3}[\u2019']/u;
// "Then-nominee", "Ex-minister", "Former": a role at another time, before the name.
const TIME_PREFIX = /^(?:then|ex|former|late)-\p{L}+$/u;

/** Split on connectors: "Wang Yi and Sergey Lavrov" names two people. */
function splitOnConnectors(run: Token[]): Token[][] {
  let part: Token[] = [];
  const parts: Token[][] = [];
  for (const t of run) {
    if (CONNECTORS.has(t.lower)) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(t);
  }
  if (part.length) parts.push(part);
  return parts;
}

/** Reads a run without an organisation's word into the people it names, one per part between connectors. */
export function readPeopleRun(text: string, run: Token[], tokens: Token[], index: number): Candidate[] {
  const out: Candidate[] = [];
  let titleBefore: Token | null = null; // the title ending the previous part ("Secretary" of "State Mike Pompeo")
  for (const p of splitOnConnectors(run)) {
    const complement: number = titleBefore ? complementBeforeName(tokens, p) : -1;
    const k: number = complement >= 0 ? complement : lastTitle(p);
    const carried = k < 0 || complement >= 0 ? titleBefore : null;
    const person = readPerson(text, tokens, index, { part: p, k, carried });
    const last = p[k];
    if (person && carried && complement >= 0 && last) person.role = text.slice(carried.start, last.end);
    titleBefore = k === p.length - 1 ? (p.at(lastTitleStart(p)) ?? null) : null;
    if (person) out.push(person);
  }
  return out;
}

/**
 * "the TD for Kerry Siobhán Brennock", "the Minister for Foreign Affairs Simon Coveney": what a title is for or
 * of runs into the name of who holds it. The name starts at its given name when one is known, else it is the
 * last two words; the index of the complement's last word is returned, or -1 when the part is a name alone.
 */
function complementBeforeName(tokens: Token[], p: Token[]): number {
  const link = tokens[(p[0]?.index ?? 0) - 1]?.lower;
  if (p.length < 3 || (link !== 'for' && link !== 'of')) return -1;
  const given = p.findIndex((t, i) => i > 0 && i < p.length - 1 && isGivenName(t.text));
  return (given > 0 ? given : p.length - 2) - 1;
}

/** True when the first word of a would-be name is not part of it (a place, role or time word before the name). */
function leadsName(t: Token, length: number): boolean {
  if (!isNameToken(t) && !(isInitials(t) && length > 1)) return true;
  // "Trustees Raymond Gutierrez, Loretta Vance and …": the plural of a title heads a list of names.
  const pluralTitle = t.lower.length > 4 && t.lower.endsWith('s') && ROLE_NOUNS.has(t.lower.slice(0, -1));
  // "l’Estonien Kaarel Tamm": an elided article glued to the word before a name makes it a noun.
  const bare = t.lower.replace(ELIDED_ARTICLE, '');
  const describes =
    PLACE_WORDS.has(t.lower) ||
    ROLE_MODIFIERS.has(t.lower) ||
    DEMONYMS.has(bare) ||
    TIME_PREFIX.test(t.lower) ||
    pluralTitle;
  return describes && length > 1;
}

/** The name left after the words that lead into it; `placeFirst` when an untitled one opened with a place prefix. */
function stripLead(name: Token[], k: number): { name: Token[]; placeFirst: boolean } {
  let placeFirst = false;
  for (let first = name[0]; first && leadsName(first, name.length); first = name[0]) {
    placeFirst ||= PLACE_PREFIXES.has(first.lower) && k < 0;
    name = name.slice(1);
  }
  return { name, placeFirst };
}

/**
 * Reads one part of a run (`k` the index of its last title word, -1 when none; `carried` the title that ended the
 * part before) into a person, or null when the words are no one's name.
 */
function readPerson(
  text: string,
  tokens: Token[],
  index: number,
  { part: p, k, carried }: { part: Token[]; k: number; carried: Token | null },
): Candidate | null {
  const { name, placeFirst } = stripLead(p.slice(k + 1), k);
  const first = name[0];
  const last = name.at(-1);
  const pHead = p[0];
  // "North Dakota" leaves "Dakota": what follows a place word is part of a place, not a name.
  if (!first || !last || !pHead || name.length > 4 || placeFirst) return null;
  if (k < 0 && !untitledName(name, last)) return null;
  // Untitled, a place word marks a place ("North Dakota"); after a title it is a surname ("Minister Lena Park").
  // Particles may stand inside a name ("Osama bin Laden", "Ludwig van Beethoven"), not at its ends.
  // Initials may open a name too ("J.K. Rowling"), never end it ("U.S.").
  const inside = (t: Token, i: number) =>
    (i > 0 && i < name.length - 1 && PARTICLES.has(t.lower)) || (i < name.length - 1 && isInitials(t));
  // A role in apposition makes a person even of a name with a place word ("its director, Lisa Park").
  const placeLike = (t: Token) =>
    PLACE_WORDS.has(t.lower) && roleBefore(text, tokens, index, null) === null && roleAfter(text, last.end) === null;
  if (name.some((t, i) => (!isNameToken(t) && !inside(t, i)) || (k < 0 && !carried && name.length > 1 && placeLike(t))))
    return null;
  const titleTokens = p.slice(0, k + 1);
  let gender: 'm' | 'f' | null = null;
  for (const t of titleTokens) gender = lookupWord(GENDERED, t.lower) ?? gender;
  const before = tokens[index - 1];
  const titledBefore =
    !!before &&
    !before.cap &&
    ROLE_NOUNS.has(before.lower) &&
    text.slice(before.end, pHead.start) === ' ' &&
    !actsAsVerb(tokens, before.index, name.length === 1);
  if (ofTheTitle(name, titledBefore)) return null;
  if (titledBefore) gender = lookupWord(GENDERED, before.lower) ?? gender;
  const titled = k >= 0 || titledBefore || !!carried;
  // Courtesy titles (Mr., Ms., Dr.) are not roles; rank titles (Sen., Gen., Gov.) are.
  const roleTokens = titleTokens.filter((t) => !COURTESY.has(t.lower.replace(/\.$/, '')));
  const roleHead = roleTokens[0];
  const roleTail = roleTokens.at(-1);
  let role: string | null = roleHead && roleTail ? text.slice(roleHead.start, roleTail.end) : null;
  if (carried && first !== pHead) {
    const beforeName = p[p.indexOf(first) - 1];
    if (beforeName) role = text.slice(carried.start, beforeName.end); // "Secretary of State"
  }
  role = roleBefore(text, tokens, index, roleTokens.length ? role : null) ?? role;
  const afterRole = roleAfter(text, last.end);
  const determined =
    !!before && DETERMINERS.has(before.lower) && first === pHead && text.slice(before.end, pHead.start) === ' ';
  return { tokens: name, kind: 'person', titled, gender, role: role ?? afterRole, determined };
}

/** False for untitled words that name a group, a thing or a party member rather than a person. */
function untitledName(name: Token[], last: Token): boolean {
  // Plural demonyms ("Native Americans", "the Japanese") name groups, not people.
  if (isGroupName(last.lower)) return false;
  // Capitalised things ("the Data Retention Bill", "the Cold War") are not people.
  if (name.some((t) => THING_WORDS.has(t.lower))) return false;
  // "a Virginia Democrat", "the Iowa Republican": a party member described, not a name.
  return !PARTY_NOUNS.has(last.lower.replace(/s$/, ''));
}
