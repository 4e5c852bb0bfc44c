/**
 * Attaches one-word names ("Trump", "Mr. Smith") to the full name they abbreviate, or makes a person of a lone
 * word only when it speaks, is titled or stands in apposition to a role.
 */

import { language } from '@/lib/detect/text/language';
import { NOT_NAME, pronounOf, ROLE_NOUNS, STRONG_CUES } from '@/lib/detect/text/lexicon';
import { fold } from '@/lib/detect/text/name-spelling';
import type { Token } from '@/lib/detect/text/tokens';
import { orgAbbreviates } from './acronyms';
import { isPersonNoun } from './anonymous';
import type { Candidate } from './candidate';
import { PLACE_PREPOSITIONS } from './capital-runs';
import { addMention, addOrg, newEntity, takeRole } from './entity-records';
import { surnameKey } from './full-names';
import { opensComplement, readsAsGenitive } from './genitive-lead';
import { givenNameGender } from './given-names';
import { speaksAsGroup } from './groups';
import { manNominative, womanNominativeBySurname } from './name-nominative-cs';
import { isPaternalSurname } from './paternal-surnames';
import type { Entity } from './people-index';
import type { PeopleScan } from './people-scan';
import { namedLast, sharedStarts } from './shared-names';

/** Plural nouns for groups: the subject of "said" without being anyone's name, or whose employer a name is. */
export const GROUP_NOUNS = new Set(
  'people everyone everybody nobody someone somebody children families officials police prosecutors witnesses authorities experts critics analysts residents investigators lawmakers officers protesters supporters opponents sources observers economists scientists researchers doctors parents students teachers workers voters organizers organisers activists advocates diplomats leaders members others many some both'.split(
    ' ',
  ),
);

/** A reporting verb strong enough to make a lone capitalised word beside it a name ("said", "dijo", "řekl"). */
function saysWord(w: string): boolean {
  return STRONG_CUES.has(w) || (language().code !== 'en' && language().isVerb(w));
}

/** True when a lone capitalised word is the subject of a reporting verb ("Roof told her", "said Roof."): a name. */
function speaks(text: string, tokens: Token[], t: Token, common: Set<string>): boolean {
  // "Reporters asked", "Teammates said": the plural of a role or a kind of person is a group, not a name.
  if (GROUP_NOUNS.has(t.lower) || common.has(t.lower) || (t.lower.endsWith('s') && isPersonNoun(t.lower))) return false;
  // "Merchants say", "Several told": a group speaks.
  if (language().code === 'en' && speaksAsGroup(t.lower, tokens[t.index + 1]?.lower)) return false;
  // "Ella dijo", "Er sagte": a pronoun opening the sentence is nobody's name.
  if (pronounOf(t.lower) || NOT_NAME.has(t.lower)) return false;
  const next = tokens[t.index + 1];
  const prev = tokens[t.index - 1];
  // "Officials in Kyiv said": a place, not a speaker.
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return false;
  // German puts the verb second: in "Gleichzeitig räumte er ein" a pronoun after the verb is its subject and the
  // word before it an adverb. ("Smith said he would" keeps Smith: English puts no subject after the verb.)
  const after = tokens[t.index + 2];
  const inverted =
    language().capitalisesNouns && !!after && (!!pronounOf(after.lower) || language().impersonal.has(after.lower));
  if (next && text.slice(t.end, next.start) === ' ' && saysWord(next.lower)) return !inverted;
  return (
    !!prev &&
    text.slice(prev.end, t.start) === ' ' &&
    saysWord(prev.lower) &&
    /^[,.;]/.test(text.slice(t.end, t.end + 1))
  );
}

const ISSUES_STATEMENT = /^\s+(?:has\s+|had\s+)?(?:issued|released|put out|published)\s+an?\s+(?:\w+\s+)?statement\b/;

/** True when a lone capitalised word issues a statement: bodies do, while people are named in full first. */
function issuesStatement(text: string, t: Token): boolean {
  return ISSUES_STATEMENT.test(text.slice(t.end, t.end + 60));
}

/** Attaches a one-word name to the person or body it stands for, or to a new person when it speaks. */
export function addSingle(scan: PeopleScan, single: { c: Candidate; start: number; end: number }): void {
  const { text, tokens, entities, mentions } = scan;
  const { c, start, end } = single;
  const lone = c.tokens[0];
  if (!lone) return;
  const word = surnameKey(lone.text);
  const options = entities.filter(
    (e) => e.kind === 'person' && (scan.sameWord(e.surname, word) || e.first === word || isPaternalSurname(e, word)),
  );
  // "Mrs Whitfield" after Mark and Jo Whitfield: the first names tell the honorific's gender before pronouns do.
  const genderOf = (e: Entity) => e.gender ?? (e.first ? givenNameGender(e.first) : null);
  const fit = options.filter((e) => !c.gender || !genderOf(e) || genderOf(e) === c.gender);
  // Two people of the text share the name: "Smith" alone could be either; attribution weighs that later.
  const shared = !c.determined && fit.length > 1;
  if (shared) scan.shared.push({ start, end, gender: c.gender, candidates: fit.map((e) => e.id) });
  // The mention goes to the one the text named last; attribution weighs whether that is clear enough.
  let ent = c.determined
    ? null
    : shared
      ? (namedLast(text, fit, start, sharedStarts(scan.shared)) ?? fit.at(-1) ?? null)
      : (fit[0] ?? null);
  if (!ent) {
    const org = entities.find((e) => e.kind === 'organisation' && orgAbbreviates(e.name, lone.text));
    if (org) {
      addMention(org, mentions, text.slice(start, end), start, end);
      return;
    }
    // "Twitter issued a statement": a body the text names by one word.
    if (!c.determined && !c.titled && issuesStatement(text, lone)) {
      addOrg(entities, mentions, text.slice(start, end), start, end);
      return;
    }
    // A lone name in apposition to a role ("Her husband, Carlos,") is a person too.
    const prev = tokens[lone.index - 1];
    // A capitalised noun before the comma ends a name ("The Rusty Anchor, Doors 8pm"), not a role.
    const apposed = !!prev && !prev.cap && ROLE_NOUNS.has(prev.lower) && text.slice(prev.end, lone.start) === ', ';
    if (c.determined || !(c.titled || apposed || speaks(text, tokens, lone, scan.lowerWords))) return;
    // "kouč Orlů", "trenér Sparty": after a Czech title one word in the genitive is what the title is of.
    if (c.titled && scan.slavic && (readsAsGenitive(lone.text) || opensComplement(tokens, lone))) return;
    // "na síti X": one letter is a letter or a network, never a person's name.
    if (lone.text.length < 2) return;
    ent = newEntity(entities, 'person', lone.text, word);
  }
  // "Mr Pettit" said of one of two Pettits tells nothing about the other one it was guessed to be.
  if (!shared) ent.gender ??= c.gender;
  takeRole(ent, c.role);
  if (c.titled) ent.titled = true;
  addMention(ent, mentions, text.slice(start, end), start, end);
  const nominative = scan.slavic ? womanNominativeBySurname(ent.name, lone.text) : undefined;
  // "podle mluvčího Jana Krále … sdělil Král": he is Jan Král, not a woman named Jana.
  const his = scan.slavic && !nominative ? manNominative(ent.name, lone.text) : undefined;
  if (nominative || his) {
    // "se starostkou Janou Malou … řekla Malá": the reader looks her up as Jana Malá.
    if (!ent.aliases.includes(ent.name)) ent.aliases.push(ent.name);
    const name = nominative ?? his ?? ent.name;
    Object.assign(ent, { name, folded: fold(name), gender: his ? 'm' : (ent.gender ?? 'f') });
  }
}
