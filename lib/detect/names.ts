/**
 * Reads capitalised runs of words as candidate names: splits titles from names ("Russian Foreign Minister"
 * + "Sergei Lavrov"), tells organisations (by their words, appositions and offices) and places from people,
 * and reads the role the text gives each person.
 */

import { PARTY_NOUNS } from './anonymous';
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
import { roleAfter, roleBefore } from './roles';
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
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

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
const isNameToken = (t: Token) =>
  t.cap && !NOT_NAME.has(t.lower) && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text.replace(/[.\-']/g, ''));

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
    while (run.length && !run[run.length - 1]!.cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
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
  while (
    i > 0 &&
    (HONORIFICS.has(run[i - 1]!.lower) || ROLE_NOUNS.has(run[i - 1]!.lower) || ROLE_MODIFIERS.has(run[i - 1]!.lower))
  )
    i--;
  return i;
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
  // A sentence opener that the text also writes in lower case ("Protesters Jane Roe") is not part of a name.
  if (
    run.length > 1 &&
    common.has(run[0]!.lower) &&
    !PARTICLES.has(run[0]!.lower) &&
    /(?:^|[.!?\n]["\u201d\u2019]?\s*)$/.test(text.slice(0, run[0]!.start).slice(-3))
  )
    return readRun(text, run.slice(1), tokens, index + 1, common);
  const lowers = run.map((t) => t.lower);
  const apposition = run.length <= 8 ? ORG_APPOSITION.exec(text.slice(run.at(-1)!.end, run.at(-1)!.end + 80)) : null;
  if (apposition && (run.length <= 3 || !run.some((t) => HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower))))
    return orgCandidate(run, apposition[1]!.toLowerCase());
  const office = LOWER_OFFICE.exec(text.slice(run.at(-1)!.end, run.at(-1)!.end + 40));
  if (office && !run.some((t) => HONORIFICS.has(t.lower)))
    return orgCandidate(run, office[2]).map((c) => ({ ...c, end: run.at(-1)!.end + office[0].length }));
  const next = tokens[index + run.length];
  if (
    next &&
    !next.cap &&
    ORG_TYPE_NOUNS.has(next.lower) &&
    text.slice(run.at(-1)!.end, next.start) === ' ' &&
    run.length <= 3
  )
    return orgCandidate(run, next.lower);
  if (lowers.some((l) => ORG_WORDS.has(l)) || (run.length === 1 && isAcronym(run[0]!))) {
    let start = 0;
    while (start < run.length && (NOT_NAME.has(run[start]!.lower) || CONNECTORS.has(run[start]!.lower))) start++;
    const body = run.slice(start);
    const firstOrg = body.findIndex((t) => ORG_WORDS.has(t.lower) || isAcronym(t));
    // "Alexandra Olgin of South Carolina Public Radio": a person of an organisation.
    const link = body.findIndex((t, i) => i >= 2 && i < firstOrg && /^(?:of|at|for)$/.test(t.lower));
    if (link >= 2 && body.slice(0, link).every((t) => isNameToken(t) && !PLACE_WORDS.has(t.lower))) {
      const org = text.slice(body[link + 1]!.start, body.at(-1)!.end);
      const people = readRun(text, body.slice(0, link), tokens, index + start, common).map((c) => ({
        ...c,
        role: c.role ?? `of ${org}`,
      }));
      return [...people, ...readRun(text, body.slice(link + 1), tokens, index + start + link + 1, common)];
    }
    // A role noun after the organisation ("Foreign Ministry Spokesperson Hua") splits off a person.
    const k = lastTitle(body);
    if (k > firstOrg && k < body.length - 1) {
      const role = text.slice(body[0]!.start, body[k]!.end);
      return readRun(text, body.slice(k + 1), tokens, index + start + k + 1, common).map((c) => ({
        ...c,
        titled: true,
        role: c.role ?? role,
        gender: c.gender ?? lookupWord(GENDERED, body[k]!.lower) ?? null,
      }));
    }
    return body.length ? [{ tokens: body, kind: 'organisation', titled: false, gender: null, role: null }] : [];
  }
  const out: Candidate[] = [];
  // Split on connectors: "Wang Yi and Sergey Lavrov" names two people.
  let part: Token[] = [];
  const parts: Token[][] = [];
  for (const t of run) {
    if (CONNECTORS.has(t.lower)) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(t);
  }
  if (part.length) parts.push(part);
  let titleBefore: Token | null = null; // the title ending the previous part ("Secretary" of "State Mike Pompeo")
  for (const p of parts) {
    const k = lastTitle(p);
    const carried = k < 0 ? titleBefore : null;
    titleBefore = k === p.length - 1 ? p[lastTitleStart(p)]! : null;
    let name = p.slice(k + 1);
    let placeFirst = false;
    while (
      name.length &&
      ((!isNameToken(name[0]!) && !(isInitials(name[0]!) && name.length > 1)) ||
        ((PLACE_WORDS.has(name[0]!.lower) ||
          ROLE_MODIFIERS.has(name[0]!.lower) ||
          DEMONYMS.has(name[0]!.lower) ||
          TIME_PREFIX.test(name[0]!.lower)) &&
          name.length > 1))
    ) {
      placeFirst ||= PLACE_PREFIXES.has(name[0]!.lower) && k < 0;
      name = name.slice(1);
    }
    // "North Dakota" leaves "Dakota": what follows a place word is part of a place, not a name.
    if (!name.length || name.length > 4 || placeFirst) continue;
    // Plural demonyms ("Native Americans", "the Japanese") name groups, not people.
    if (k < 0 && isGroupName(name.at(-1)!.lower)) continue;
    // Capitalised things ("the Data Retention Bill", "the Cold War") are not people.
    if (k < 0 && name.some((t) => THING_WORDS.has(t.lower))) continue;
    // "a Virginia Democrat", "the Iowa Republican": a party member described, not a name.
    if (k < 0 && PARTY_NOUNS.has(name.at(-1)!.lower.replace(/s$/, ''))) continue;
    const titleTokens = p.slice(0, k + 1);
    // Untitled, a place word marks a place ("North Dakota"); after a title it is a surname ("Minister Lena Park").
    // Particles may stand inside a name ("Osama bin Laden", "Ludwig van Beethoven"), not at its ends.
    // Initials may open a name too ("J.K. Rowling"), never end it ("U.S.").
    const inside = (t: Token, i: number) =>
      (i > 0 && i < name.length - 1 && PARTICLES.has(t.lower)) || (i < name.length - 1 && isInitials(t));
    // A role in apposition makes a person even of a name with a place word ("its director, Lisa Park").
    const placeLike = (t: Token) =>
      PLACE_WORDS.has(t.lower) &&
      roleBefore(text, tokens, index, null) === null &&
      roleAfter(text, name.at(-1)!.end) === null;
    if (
      name.some((t, i) => (!isNameToken(t) && !inside(t, i)) || (k < 0 && !carried && name.length > 1 && placeLike(t)))
    )
      continue;
    let gender: 'm' | 'f' | null = null;
    for (const t of titleTokens) gender = lookupWord(GENDERED, t.lower) ?? gender;
    const before = tokens[index - 1];
    const titledBefore =
      !!before && !before.cap && ROLE_NOUNS.has(before.lower) && text.slice(before.end, p[0]!.start) === ' ';
    if (titledBefore) gender = lookupWord(GENDERED, before.lower) ?? gender;
    const titled = k >= 0 || titledBefore || !!carried;
    // Courtesy titles (Mr., Ms., Dr.) are not roles; rank titles (Sen., Gen., Gov.) are.
    const roleTokens = titleTokens.filter((t) => !COURTESY.has(t.lower.replace(/\.$/, '')));
    let role: string | null = roleTokens.length ? text.slice(roleTokens[0]!.start, roleTokens.at(-1)!.end) : null;
    if (carried && name[0] !== p[0]) role = text.slice(carried.start, p[p.indexOf(name[0]!) - 1]!.end); // "Secretary of State"
    role = roleBefore(text, tokens, index, roleTokens.length ? role : null) ?? role;
    const afterRole = roleAfter(text, name.at(-1)!.end);
    const determined =
      !!before && DETERMINERS.has(before.lower) && name[0] === p[0] && text.slice(before.end, p[0]!.start) === ' ';
    out.push({ tokens: name, kind: 'person', titled, gender, role: role ?? afterRole, determined });
  }
  return out;
}
