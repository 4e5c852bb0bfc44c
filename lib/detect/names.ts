/**
 * Reads capitalised runs of words as candidate names: splits titles from names ("Russian Foreign Minister"
 * + "Sergei Lavrov"), tells organisations (by their words, appositions and offices) and places from people,
 * and reads the role the text gives each person.
 */

import { isBareSource, PARTY_NOUNS } from './anonymous';
import {
  DEMONYMS,
  GENDERED,
  HONORIFICS,
  NOT_NAME,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from './lexicon';
import { isAscii, lower } from './lower';
import { actsAsVerb, roleAfter, roleBefore } from './roles';
import { ofTheTitle } from './title-of';
import type { Token } from './tokens';
import { lookupWord } from './word-table';

/** Prepositions that put the capitalised words after them in a place ("in Moscow", "from Standing Rock"). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'throughout',
  'towards',
  'toward',
  'into',
]);
// Lower-case nouns that make the capitalised words before them an organisation ("Time magazine").
const ORG_TYPE_NOUNS = new Set(['magazine', 'newspaper', 'network', 'agency', 'channel', 'broadcaster', 'website']);
// An apposition that describes an organisation ("Weibo, China's main social media service,").
const ORG_APPOSITION =
  /^, (?:(?:a|an|the|its|\p{Lu}[\p{L}.]*[\u2019']s)\s+)(?:(?!(?:spokes\p{L}+|representative|director|head|member|chief)\b)[\p{L}-]+\s+){0,4}(service|platform|network|site|website|app|company|firm|agency|newspaper|magazine|broadcaster|channel|outlet|group|bank|party|union|organi[sz]ation|charity|watchdog|regulator|ministry|department)\b/u;
// A capitalised place followed by a lower-case office: "Morton County sheriff's office", "Dallas police department".
const LOWER_OFFICE =
  /^ ((?:\p{Ll}+[\u2019']s)|police|fire|health|sheriff|transport|education|parks) (office|department|service|agency)\b/u;
// Words that begin place names ("North Dakota", "San Francisco").
const PLACE_PREFIXES = new Set(
  'north south east west northern southern eastern western new san santa los las saint fort mount great upper lower'.split(
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
// "Then-nominee", "Ex-minister", "Former": a role at another time, before the name.
const TIME_PREFIX = /^(?:then|ex|former|late)-\p{L}+$/u;
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'der', 'la', 'le', 'ibn', 'di', 'du']);
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', '&']);
/** Name form for comparing: accents off, lower case (Sergéy and Sergey compare equal). */
export const fold = (s: string) => (isAscii(s) ? lower(s) : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Edit distance of at most one (Sergei/Sergey, Mohammed/Muhammed would need two). */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const isAcronym = (t: Token) =>
  /^\p{Lu}{2,6}$/u.test(t.text) && !['US', 'UK', 'EU', 'UN', 'TV', 'AM', 'PM'].includes(t.text);
const isInitials = (t: Token) => /^(?:\p{Lu}\.){2,3}$/u.test(t.text);
/** True for a word in capitals and digits only once stops, hyphens and apostrophes are left out ("NATO", "G-7"). */
function allCapitals(word: string): boolean {
  // A lower-case ASCII second letter survives the stripping and rules capitals out with no string built.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word.replace(/[.\-']/g, ''));
}

// A lone capital with no full stop ("E spiega", "su X Giovanna Ruffini") is a word or a network, not a name.
const isNameToken = (t: Token) => t.cap && t.text.length > 1 && !NOT_NAME.has(t.lower) && !allCapitals(t.text);

/** True for a plural demonym ("Americans", "Ukrainians", "the Japanese"), not a surname like Evans or Reese. */
function isGroupName(word: string): boolean {
  if (word.endsWith('ans')) return DEMONYMS.has(word.slice(0, -1)) || /(?:ians|eans)$/.test(word);
  return /[^e]ese$/.test(word);
}

/** Groups tokens into runs of capitalised words joined by single spaces (and name particles or connectors). */
export function capitalRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run.at(-1)?.cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run[run.length - 1];
    const joined = prev && t.start - prev.end === 1 && text.charCodeAt(prev.end) === 32 && !prev.possessive;
    if (!joined) flush();
    // Hashtags and handles (#Hamilton, @dockunion) are not names.
    const tagged = t.start > 0 && (text[t.start - 1] === '#' || text[t.start - 1] === '@');
    if (tagged) {
      flush();
      continue;
    }
    if (t.cap || (run.length && (PARTICLES.has(t.lower) || CONNECTORS.has(t.lower)))) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** Index of the first token of the title phrase that ends a run ("Attorney General", "Secretary"). */
function lastTitleStart(run: Token[]): number {
  let i = run.length - 1;
  while (i > 0 && isTitleWord(run[i - 1])) i--;
  return i;
}

/** True for a word of a title phrase: an honorific, a role noun or a word that modifies one. */
function isTitleWord(t: Token | undefined): boolean {
  return !!t && (HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower));
}

/** Index of the last title token (honorific, role noun, role word) in a run, or -1. */
function lastTitle(run: Token[]): number {
  let k = -1;
  run.forEach((t, i) => {
    if (HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower)) k = i;
  });
  return k;
}

/** A name read from one run of capitalised words, before mentions are merged into entities. */
export interface Candidate {
  tokens: Token[];
  kind: 'person' | 'organisation';
  titled: boolean;
  gender: 'm' | 'f' | null;
  role: string | null;
  /** What kind of organisation the text calls it ("group", "magazine"). */
  noun?: string;
  /** Where the name ends when it runs on in lower case ("Morton County sheriff's office"). */
  end?: number;
  /** A determiner stands right before it ("the Bill"): a thing or an organisation, not a person. */
  determined?: boolean;
}

/** An organisation candidate from a run, without sentence openers; none when nothing is left. */
function orgCandidate(run: Token[], noun?: string): Candidate[] {
  const tokens = run.filter((t) => !NOT_NAME.has(t.lower));
  return tokens.length ? [{ tokens, kind: 'organisation', titled: false, gender: null, role: null, noun }] : [];
}

/** Reads one capitalised run into person/organisation candidates. */
export function readRun(text: string, run: Token[], tokens: Token[], index: number, common: Set<string>): Candidate[] {
  const head = run[0];
  const tail = run.at(-1);
  if (!head || !tail) return [];
  // A sentence opener that the text also writes in lower case ("Protesters Jane Roe") is not part of a name.
  if (
    run.length > 1 &&
    common.has(head.lower) &&
    !PARTICLES.has(head.lower) &&
    /(?:^|[.!?\n]["\u201d\u2019]?\s*)$/.test(text.slice(0, head.start).slice(-3))
  )
    return readRun(text, run.slice(1), tokens, index + 1, common);
  // "Fuentes del Ministerio": the sources are nobody named; the body after them is a name.
  if (run.length > 1 && isBareSource(head.lower)) return readRun(text, run.slice(1), tokens, index + 1, common);
  const apposition = run.length <= 8 ? ORG_APPOSITION.exec(text.slice(tail.end, tail.end + 80)) : null;
  if (apposition && (run.length <= 3 || !run.some((t) => HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower))))
    return orgCandidate(run, apposition[1]?.toLowerCase());
  const office = LOWER_OFFICE.exec(text.slice(tail.end, tail.end + 40));
  if (office && !run.some((t) => HONORIFICS.has(t.lower)))
    return orgCandidate(run, office[2]).map((c) => ({ ...c, end: tail.end + office[0].length }));
  const next = tokens[index + run.length];
  if (
    next &&
    !next.cap &&
    ORG_TYPE_NOUNS.has(next.lower) &&
    text.slice(tail.end, next.start) === ' ' &&
    run.length <= 3
  )
    return orgCandidate(run, next.lower);
  // A word in capitals that the text also writes in lower case is a crosshead's word ("EL TEXTO"), not an acronym.
  const acronym = isAcronym(head) && !common.has(head.lower);
  // "ACLU of Iowa": an acronym heading "of" and a place is a body's chapter, never a person.
  const chapter = acronym && run.length > 2 && run[1]?.lower === 'of';
  if (run.some((t) => ORG_WORDS.has(t.lower)) || (run.length === 1 && acronym) || chapter)
    return readOrgRun(text, run, tokens, index, common);
  return readPeopleRun(text, run, tokens, index);
}

/** Reads a run that holds an organisation's word: the organisation, or people of it ("Alexandra Olgin of NPR"). */
function readOrgRun(text: string, run: Token[], tokens: Token[], index: number, common: Set<string>): Candidate[] {
  const lead = run.findIndex((t) => !NOT_NAME.has(t.lower) && !CONNECTORS.has(t.lower));
  const start = lead < 0 ? run.length : lead;
  const body = run.slice(start);
  const firstOrg = body.findIndex((t) => ORG_WORDS.has(t.lower) || isAcronym(t));
  // "Alexandra Olgin of South Carolina Public Radio": a person of an organisation.
  const link = body.findIndex((t, i) => i >= 2 && i < firstOrg && /^(?:of|at|for)$/.test(t.lower));
  const orgHead = body[link + 1];
  const bodyTail = body.at(-1);
  if (
    link >= 2 &&
    orgHead &&
    bodyTail &&
    body.slice(0, link).every((t) => isNameToken(t) && !PLACE_WORDS.has(t.lower))
  ) {
    const org = text.slice(orgHead.start, bodyTail.end);
    const people = readRun(text, body.slice(0, link), tokens, index + start, common).map((c) => ({
      ...c,
      role: c.role ?? `of ${org}`,
    }));
    return [...people, ...readRun(text, body.slice(link + 1), tokens, index + start + link + 1, common)];
  }
  // A role noun after the organisation ("Foreign Ministry Spokesperson Hua") splits off a person.
  const k = lastTitle(body);
  const bodyHead = body[0];
  const title = body[k];
  if (k > firstOrg && k < body.length - 1 && bodyHead && title) {
    const role = text.slice(bodyHead.start, title.end);
    return readRun(text, body.slice(k + 1), tokens, index + start + k + 1, common).map((c) => ({
      ...c,
      titled: true,
      role: c.role ?? role,
      gender: c.gender ?? lookupWord(GENDERED, title.lower) ?? null,
    }));
  }
  return body.length ? [{ tokens: body, kind: 'organisation', titled: false, gender: null, role: null }] : [];
}

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
function readPeopleRun(text: string, run: Token[], tokens: Token[], index: number): Candidate[] {
  const out: Candidate[] = [];
  let titleBefore: Token | null = null; // the title ending the previous part ("Secretary" of "State Mike Pompeo")
  for (const p of splitOnConnectors(run)) {
    const k = lastTitle(p);
    const carried = k < 0 ? titleBefore : null;
    titleBefore = k === p.length - 1 ? (p.at(lastTitleStart(p)) ?? null) : null;
    const person = readPerson(text, tokens, index, { part: p, k, carried });
    if (person) out.push(person);
  }
  return out;
}

/** True when the first word of a would-be name is not part of it (a place, role or time word before the name). */
function leadsName(t: Token, length: number): boolean {
  if (!isNameToken(t) && !(isInitials(t) && length > 1)) return true;
  const describes =
    PLACE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || DEMONYMS.has(t.lower) || TIME_PREFIX.test(t.lower);
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
