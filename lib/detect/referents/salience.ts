/**
 * Who the sentences before a pronoun are about. "He", "she", "it" and "they" point to the subject of
 * the sentence (or sentences) just read, not to whoever spoke last: a person introduced after a quote
 * takes over the next "he said". Genders come from the pronouns the text already used for a person.
 */

import { CLAUSE_WORDS } from '@/lib/detect/lexicons/clause-words';
import { openerEnd, unnamedSubject } from '@/lib/detect/people/anonymous';
import { type Entity, mentionCovering, type PeopleIndex } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { DEMONYMS, isCueVerb, ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import { tokenAt as firstTokenAt, type Token } from '@/lib/detect/text/tokens';
import { lookupWord } from '@/lib/detect/text/word-table';
import { agedOpener } from './age-subject';
import { hasPersonalPronoun, opensOnPronoun } from './personal-pronouns';
import { bareTitleAt, definiteDescription, givenAsTitle } from './unnamed-descriptions';

// The tokens' own lookup, under the name the salience rules' callers use.
export { firstTokenAt };

/** The text a pronoun stands in, with which of its words are quoted (quoted names are not subjects). */
export interface Scene {
  text: string;
  tokens: Token[];
  quoted: boolean[];
  /** Pronouns already resolved, by position and discourse state. */
  memo?: Map<string, number | null>;
}

// A sentence opening with one of these puts its first name in a subordinate clause ("Asked whether Lee ...").
const SUBORDINATE =
  /^(?:asked|when|after|before|if|while|as|although|though|because|since|unless|despite|with|unlike|like|once|until|told|according)$/;

// How far back a pronoun looks for the person it stands for.
const MAX_SENTENCES = 5;
const MAX_DISTANCE = 1500;

/** Index of the first mention starting at or after `pos`. */
function firstMentionAt(idx: PeopleIndex, pos: number): number {
  let lo = 0;
  let hi = idx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = idx.mentions[mid]; // mid < hi <= mentions.length
    if (m && m.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entities named outside quotes in [from, to), in text order, first mention of each. */
export function namedBetween(s: Scene, idx: PeopleIndex, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = firstMentionAt(idx, from); k < idx.mentions.length; k++) {
    const m = must(idx.mentions[k], 'mention');
    if (m.start >= to) break;
    if (s.quoted[firstTokenAt(s.tokens, m.start)] || out.includes(m.entity)) continue;
    out.push(m.entity);
  }
  return out;
}

/** Start of the sentence before the one starting at `start` (skipping its closing marks), or -1. */
export function previousSentence(text: string, start: number): number {
  let p = start;
  while (p > 0 && /[\s"'\u201c\u201d\u2019\u00ab\u00bb)\]]/.test(text.charAt(p - 1))) p--;
  if (p > 0 && /[.!?]/.test(text.charAt(p - 1))) p--;
  return p > 0 ? sentenceStart(text, p) : -1;
}

/**
 * The person a "he" or "she" at `pos` most likely stands for: the first person named (outside quotes) in
 * the nearest sentence that names one fitting `fits`, looking back no further than the sentence holding
 * the last attributed quote (`since`). Undefined when those sentences name nobody; null when the nearest
 * of them is about a person it leaves unnamed ("one mother"), whom a "he" or "she" of gender `g` then means.
 */
export function salientPerson(
  s: Scene,
  idx: PeopleIndex,
  pos: number,
  since: number,
  fits: (e: Entity) => boolean,
  g?: 'm' | 'f',
): number | null | undefined {
  const own = sentenceStart(s.text, pos);
  const opener = s.tokens[firstTokenAt(s.tokens, own)];
  let from = opener && SUBORDINATE.test(opener.lower) ? -1 : own;
  let to = pos;
  if (from < 0) {
    to = own;
    from = previousSentence(s.text, own);
  }
  // "The mayor said …" read on the way back: the pronoun is the mayor's, not an unnamed description's before.
  let titled = false;
  for (let n = 0; n < MAX_SENTENCES && from >= 0 && pos - from < MAX_DISTANCE; n++) {
    // "One mother said …. '…,' she said": a sentence about someone unnamed hands them the pronoun.
    if (g && aboutUnnamed(s, idx, from, to, g, !titled)) return null;
    titled ||= bareTitleAt(s.tokens, openerEnd(s.text, s.tokens, firstTokenAt(s.tokens, from)));
    // "The 34-year-old … was in no mood. He said:": the sentence is about whom the age phrase stands for.
    const aged = agedOpener(s.tokens, firstTokenAt(s.tokens, from));
    const ager = aged !== undefined && aged < to ? agedPerson(s, idx, aged, since) : null;
    if (ager != null && fits(must(idx.entities[ager], 'entity'))) return ager;
    const people = namedBetween(s, idx, from, to).filter((e) => must(idx.entities[e], 'entity').kind === 'person');
    // Only a sentence about a person counts; a subject of the wrong gender gives way to the next one named.
    const subject = people.find((e) => isSubject(s, idx, e, from));
    if (subject !== undefined) {
      const hit = fits(must(idx.entities[subject], 'entity'))
        ? subject
        : people.find((e) => fits(must(idx.entities[e], 'entity')));
      if (hit !== undefined) return hit;
    }
    // "She testified that when she confronted Lindqvist, he told her …": one of the same gender named in the
    // pronoun's own sentence, not as its subject, may be whom it stands for, or not; nobody is named.
    if (n === 0 && from === own && g && people.some((e) => fits(must(idx.entities[e], 'entity')))) return null;
    if (from <= since) break;
    to = from;
    from = previousSentence(s.text, from);
  }
  return undefined;
}

/**
 * Who "the 34-year-old" at `at` stands for: the one person the sentence before it names ("… for Vale veteran
 * Ryan Holloway, who … The 34-year-old"), else the person the text is about there; null for nobody.
 */
export function agedPerson(s: Scene, idx: PeopleIndex, at: number, since: number): number | null {
  const own = sentenceStart(s.text, at);
  const prev = previousSentence(s.text, own);
  const isPerson = (e: Entity) => e.kind === 'person';
  const named = prev < 0 ? [] : headNames(s, idx, prev, own).filter((e) => isPerson(must(idx.entities[e], 'entity')));
  const only = named.length === 1 ? named[0] : undefined;
  return only ?? salientPerson(s, idx, at, since, isPerson) ?? null;
}

/**
 * The entities named in [from, to) but for a name standing before a title and another name, as a team or
 * an employer does ("Vale veteran Ryan Holloway", "Comets coach Dale Whitaker").
 */
function headNames(s: Scene, idx: PeopleIndex, from: number, to: number): number[] {
  const inside = idx.mentions.filter((m) => m.start >= from && m.end <= to);
  const modifier = (m: { end: number }) =>
    inside.some((n) => n.start > m.end && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(s.text.slice(m.end, n.start)));
  const kept = new Set(inside.filter((m) => !modifier(m)).map((m) => m.entity));
  return namedBetween(s, idx, from, to).filter((e) => kept.has(e));
}

/** True when the sentence [from, to) opens with an unnamed person ("One mother who …") fitting gender `g`. */
function aboutUnnamed(s: Scene, idx: PeopleIndex, from: number, to: number, g: 'm' | 'f', described: boolean): boolean {
  const first = firstTokenAt(s.tokens, from);
  const named = (k: number) => {
    const t = s.tokens[k];
    return !!t && !!mentionCovering(idx, t.start, t.end);
  };
  // "'…,' the company's spokeswoman said.": the cue's subject right after an opening quote.
  if (s.quoted[first]) return described && !!describedSubject(s, idx, afterQuote(s, first, to), g, named);
  const who =
    unnamedSubject(s.text, s.tokens, first, g, named) ??
    (described ? describedSubject(s, idx, first, g, named) : undefined);
  return !!who && who.end <= to && !s.quoted[firstTokenAt(s.tokens, who.start)];
}

/** The first token after the quote opening the sentence at token `first`, or past the end when none before `to`. */
function afterQuote(s: Scene, first: number, to: number): number {
  let k = first;
  while (k < s.tokens.length && s.quoted[k] && must(s.tokens[k], 'token').start < to) k++;
  const t = s.tokens[k];
  return t && t.start < to ? k : s.tokens.length;
}

/** An English sentence opening on "the company's spokeswoman" or "the head of the union", unless a title given a name. */
function describedSubject(s: Scene, idx: PeopleIndex, first: number, g: 'm' | 'f', named: (k: number) => boolean) {
  if (language().code !== 'en') return undefined;
  const found = definiteDescription(s.text, s.tokens, openerEnd(s.text, s.tokens, first), g, named);
  return found && !givenAsTitle(s.text, idx, found.title, found.who.start) ? found.who : undefined;
}

// Words that may stand in a subject before the name: "The country's top diplomat, Kenji Sato, ...".
const IN_SUBJECT = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'and', 'of']);

/**
 * True when entity `e`'s first mention in the sentence from `from` is its subject: nothing but a title,
 * a possessive or an opening phrase set off by a comma ("On Monday, ...") stands before it.
 */
export function isSubject(s: Scene, idx: PeopleIndex, e: number, from: number): boolean {
  let k = firstMentionAt(idx, from);
  while (k < idx.mentions.length && must(idx.mentions[k], 'mention').entity !== e) k++;
  const at = idx.mentions[k];
  // "Austin's deputy, Kathleen Hicks, ...": a possessive names whose the subject is, not the subject.
  if (!at || s.tokens[firstTokenAt(s.tokens, at.end) - 1]?.possessive) return false;
  // "..., where realtor Ann Cole said she ...": whoever a reporting verb follows is its clause's subject.
  const next = s.tokens[firstTokenAt(s.tokens, at.end)];
  if (next && !s.quoted[next.index] && s.text.slice(at.end, next.start) === ' ' && isCueVerb(next.lower)) return true;
  // "She did not stand when the man she had prosecuted, Curtis Abernathy, walked out": a sentence opening on
  // he or she is about whom the pronoun stands for, not about a person it names further on.
  const before = firstTokenAt(s.tokens, at.start);
  const opener = s.tokens[firstTokenAt(s.tokens, from)];
  if (opener && before > opener.index && !s.quoted[opener.index] && opensOnPronoun(opener)) return false;
  const of = s.tokens[before - 1];
  if (of && (of.lower === 'of' || language().of.has(of.lower)) && titled(s.tokens, before - 2)) return false;
  // "D’après X, …", "Pour X, …": a sentence opening on its source is about that source.
  if (
    before - 1 === firstTokenAt(s.tokens, from) &&
    of &&
    (language().according.has(of.lower) || language().opinion.has(of.lower))
  )
    return true;
  // In an apposition ("Norway's lead delegate, Kari Holm") a few more words may describe the role.
  let spare = 0;
  for (let i = firstTokenAt(s.tokens, at.start) - 1; i >= 0; i--) {
    const t = must(s.tokens[i], 'token');
    if (t.end <= from) break;
    const comma = /,/.test(s.text.slice(t.end, must(s.tokens[i + 1], 'token').start));
    if (comma && !ROLE_NOUNS.has(t.lower)) break;
    if (comma) spare = 2;
    if (s.quoted[i] || t.cap || t.possessive || IN_SUBJECT.has(t.lower) || language().articles.has(t.lower)) continue;
    // "All'uscita Matteo Bartolini si è fermato": an elided phrase opening the sentence leaves the name its subject.
    if (i === firstTokenAt(s.tokens, from) && /^\p{Lu}\p{L}{1,4}[\u2019']\p{Ll}/u.test(t.text)) continue;
    if (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || DEMONYMS.has(t.lower)) continue;
    // "Sa collègue Martine Royer", "la sociologue Camille Roy": a noun between a determiner and the name is its title.
    if (i === firstTokenAt(s.tokens, at.start) - 1 && determines(s, i - 1, from)) continue;
    // "Le député socialiste de la Creuse Bastien Roudier": an adjective after the title belongs to it.
    if (ROLE_NOUNS.has(s.tokens[i - 1]?.lower ?? '')) continue;
    if (spare-- > 0) continue;
    return false;
  }
  return true;
}

/** True for a preposition that is no source word: what it governs is not the sentence's subject. */
function fronting(word: string): boolean {
  const lang = language();
  if (lang.according.has(word) || lang.opinion.has(word)) return false;
  return (CLAUSE_WORDS[lang.code]?.prepositions ?? '').split(' ').includes(word);
}

/**
 * True for an article or a possessive at token k that opens the sentence's subject (first, after an opening
 * "Pour" or after a comma), not one inside a complement ("président de l’association Porz Kerlann").
 */
function determines(s: Scene, k: number, from: number): boolean {
  const lang = language();
  const t = s.tokens[k];
  if (!t || !(IN_SUBJECT.has(t.lower) || lang.articles.has(t.lower) || lang.possessives.has(t.lower))) return false;
  const before = s.tokens[k - 1];
  if (!before || before.end <= from || /,\s*$/.test(s.text.slice(before.end, t.start))) return true;
  // "En el caserío Pedregal Grande, Marcelina Ayala, …": a preposition opening the sentence governs the
  // noun phrase, a place or a circumstance; a source word ("Pour sa collègue X") still names whose view it is.
  if (fronting(before.lower)) return false;
  return before.end > from && s.tokens[k - 2] !== undefined && must(s.tokens[k - 2], 'token').end <= from && before.cap;
}

/** True when a role noun stands at token i, or right before an article there ("el portavoz del", "la jefa de la"). */
function titled(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (ROLE_NOUNS.has(t.lower)) return true;
  return language().articles.has(t.lower) && ROLE_NOUNS.has(tokens[i - 1]?.lower ?? '');
}

/** Sets the gender of people the text calls he or she right after naming them alone (or His/Her opening the next sentence). */
export function inferGenders(s: Scene, idx: PeopleIndex): void {
  for (const t of s.tokens) {
    const g =
      t.lower === 'he' || t.lower === 'his'
        ? 'm'
        : t.lower === 'she' || t.lower === 'her'
          ? 'f'
          : lookupWord(language().pronouns, t.lower);
    if (!g || s.quoted[t.index]) continue;
    const start = sentenceStart(s.text, t.start);
    const atStart = firstTokenAt(s.tokens, start) === t.index;
    // Inside a sentence "his" and "her" may belong to someone else ("Lee praised his rival", "Lee met her");
    // opening a sentence they point back to the person just named.
    if ((t.lower === 'her' || t.lower === 'his') && !atStart) continue;
    let people = namedBetween(s, idx, start, t.start).filter((e) => must(idx.entities[e], 'entity').kind === 'person');
    if (!people.length && atStart) {
      const prev = previousSentence(s.text, start);
      // "She did not stand when Curtis Abernathy walked out. She …": a sentence that has a he or she of its
      // own is about someone named before it, not about the one person it names.
      if (prev >= 0 && !hasPersonalPronoun(s, prev, start))
        people = namedBetween(s, idx, prev, start).filter((e) => must(idx.entities[e], 'entity').kind === 'person');
    }
    if (people.length === 1) must(idx.entities[must(people[0], 'person id')], 'entity').gender ??= g;
  }
}

/** The organisation (for "it") or entity (for "they") that is the subject of the same or previous sentence. */
export function salientSubject(
  s: Scene,
  pos: number,
  subjectIn: (from: number, to: number) => number | null | undefined,
): number | null {
  const own = sentenceStart(s.text, pos);
  const here = subjectIn(own, pos);
  if (here !== undefined) return here;
  const prev = previousSentence(s.text, own);
  return prev < 0 ? null : (subjectIn(prev, own) ?? null);
}

/** A lone capitalised name described with "which" ("Boeing, which builds ...") is an organisation. */
export function inferOrganisations(s: Scene, idx: PeopleIndex): void {
  for (const m of idx.mentions) {
    const e = must(idx.entities[m.entity], 'entity');
    if (e.kind !== 'person' || e.first || e.role || e.gender) continue;
    const which = s.tokens[firstTokenAt(s.tokens, m.end)];
    if (which?.lower === 'which' && /^,\s*$/.test(s.text.slice(m.end, which.start))) e.kind = 'organisation';
  }
}
