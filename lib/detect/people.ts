/**
 * Finds the people and organisations a text names: runs of capitalised words, split from the titles
 * before them ("Russian Foreign Minister" + "Sergei Lavrov"), told apart from places and organisations,
 * with every later mention (surname, honorific + surname, transliteration variant) merged into one entity.
 */

import { isPersonNoun } from './anonymous';
import { addMention, addOrg, betterRole, bodyNamed, newEntity, orgAbbreviates, personIsBody } from './entity-records';
import { nameStartAfterGenitive, opensComplement, readsAsGenitive } from './genitive-lead';
import { isGivenName } from './given-names';
import { speaksAsGroup } from './groups';
import { addInstitutions } from './institutions';
import { language } from './language';
import { isCueVerb, NOT_NAME, pronounOf, ROLE_NOUNS, STRONG_CUES } from './lexicon';
import { elisionLength, inflectsNames, nominativeName, sameInflected } from './name-forms';
import { manNominative } from './name-nominative-cs';
import { trimBodyBeforeHolder, trimOpenerAndMonth } from './name-openers';
import { type Candidate, capitalRuns, fold, nearSpelling, PLACE_PREPOSITIONS, readRun } from './names';
import { isNounRun } from './noun-runs';
import { isOccupation } from './occupations';
import { addOffices } from './offices';
import { isPaternalSurname } from './paternal-surnames';
import type { Entity, Mention, PeopleIndex, SharedName } from './people-index';
import { thingNamed } from './thing-names';
import { type Token, tokenize } from './tokens';

export type { Entity, Mention, PeopleIndex, SharedName };

// Plural nouns for groups that stand as the subject of "said" without being anyone's name.
const GROUP_NOUNS = new Set(
  'people everyone everybody nobody someone somebody children families officials police prosecutors witnesses authorities experts critics analysts residents investigators lawmakers officers protesters supporters opponents sources observers economists scientists researchers doctors parents students teachers workers voters organizers organisers activists advocates diplomats leaders members others many some both'.split(
    ' ',
  ),
);

// Particles that open names written lower case elsewhere in the text ("Bin Laden" after "Osama bin Laden").
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|de|di|da|du|del|della|der|van|von|la|le)$/;

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
  if (next && text.slice(t.end, next.start) === ' ' && saysWord(next.lower)) return true;
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

/** True when the run opening at `first` follows a cue verb and a preposition naming whom it told. */
function toldOutlet(tokens: Token[], first: Token): boolean {
  // "dijo a El País Juan Pérez": the outlet's article may stand between.
  const back = language().articles.has(tokens[first.index - 1]?.lower ?? '') ? 1 : 0;
  const to = tokens[first.index - 1 - back];
  const verb = tokens[first.index - 2 - back];
  return !!to && !!verb && language().addressee.has(to.lower) && isCueVerb(verb.lower);
}

/** True when a name follows "analysts at", "a professor at": the name of an employer, not a person. */
function worksAt(tokens: Token[], first: Token): boolean {
  const at = tokens[first.index - 1];
  const who = tokens[first.index - 2];
  if (at?.lower !== 'at' || !who) return false;
  return GROUP_NOUNS.has(who.lower) || ROLE_NOUNS.has(who.lower) || ROLE_NOUNS.has(who.lower.replace(/s$/, ''));
}

/** The form a surname is matched by: folded, without a glued particle ("al-Bashir" -> "bashir"). */
function surnameKey(word: string): string {
  return fold(word).replace(/^(?:al|el|ad|as|ash|at|bin|ibn|abu|d|l|da|de|di|du)[-\u2019']/, '');
}

/** What findPeople builds up while it reads a text's runs of capitalised words. */
interface PeopleScan {
  text: string;
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  /** One-word names, attached once every full name is known. */
  singles: { c: Candidate; start: number; end: number }[];
  shared: SharedName[];
  lowerWords: Set<string>;
  slavic: boolean;
  sameWord: (a: string, b: string) => boolean;
  places: Set<string>;
}

/** Finds people and organisations and merges their mentions. */
export function findPeople(text: string, tokens: Token[] = tokenize(text)): PeopleIndex {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.text);
  // In Slavic languages a name changes with its case: "Андрея Рудькова" is Андрей Рудьков.
  const slavic = inflectsNames(text);
  const runs = capitalRuns(text, tokens);
  const scan: PeopleScan = {
    text,
    tokens,
    entities: [],
    mentions: [],
    singles: [],
    shared: [],
    lowerWords,
    slavic,
    sameWord: (a, b) => a === b || (slavic && sameInflected(a, b)),
    places: placeNames(text, tokens, runs),
  };
  for (const run of runs) {
    const head = run[0];
    if (!head) continue;
    for (const c of readRun(text, run, tokens, head.index, lowerWords)) readCandidate(scan, c);
  }
  // Surnames alone (and "Mr. Trump") attach to the full name they abbreviate, matching gender when known.
  for (const single of scan.singles) addSingle(scan, single);
  const { entities, mentions } = scan;
  addOffices(text, { entities, mentions }, (name, start, end) => addOrg(entities, mentions, name, start, end));
  addInstitutions(
    text,
    tokens,
    { entities, mentions },
    (name, start, end) => addOrg(entities, mentions, name, start, end),
    (word) => isGivenName(word, slavic),
  );
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, text, shared: scan.shared };
}

/** Names that follow "in", "from", "near" are places; the same words are places elsewhere too. */
function placeNames(text: string, tokens: Token[], runs: Token[][]): Set<string> {
  const places = new Set<string>();
  for (const run of runs) {
    const head = run[0];
    const tail = run.at(-1);
    if (!head || !tail) continue;
    const before = tokens[head.index - 1];
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !tail.possessive)
      places.add(text.slice(head.start, tail.end));
  }
  return places;
}

/** Drops the words a candidate picked up that are not part of the name; `opener` is its first word as read. */
function trimCandidate(scan: PeopleScan, c: Candidate, opener: Token): void {
  const { tokens, slavic } = scan;
  // A word the text also writes in lower case ("Is Trump", "Why Biden") opens no untitled name.
  if (c.kind === 'person' && !c.titled && !c.role && c.tokens.length > 1)
    if (scan.lowerWords.has(opener.lower) && !NAME_PARTICLE.test(opener.lower) && !isGivenName(opener.text, slavic))
      c.tokens = c.tokens.slice(1);
  // "Saxophonist Felix Navarro has led": an occupation opening a sentence is a role, not a given name.
  if (c.kind === 'person' && !c.titled && c.tokens.length > 2 && isOccupation(opener.lower, slavic)) {
    c.role ??= opener.text;
    c.tokens = c.tokens.slice(1);
  }
  // "Councilmember Tom Ashworth", "Paul Dreyer Mar 10": an unknown title before, a date's month after.
  trimBodyBeforeHolder(c, tokens, slavic);
  trimOpenerAndMonth(c, scan.text, scan.lowerWords, slavic);
  // "a déclaré au Parisien Jean Dupont": the outlet told runs into the name of who told it.
  if (c.kind === 'person' && !c.titled && c.tokens.length > 2 && toldOutlet(tokens, opener)) {
    const given = c.tokens.findIndex((t, i) => i > 0 && isGivenName(t.text, slavic));
    const k = given > 0 ? given : c.tokens.length === 3 ? 1 : -1;
    if (k > 0 && c.tokens.length - k >= 2) c.tokens = c.tokens.slice(k);
  }
  // "sagte Müller der Deutschen Presse-Agentur": where every noun is capitalised, an article ends a name.
  if (c.kind === 'person' && language().capitalisesNouns) {
    const k = c.tokens.findIndex(
      (t, i) => i > 0 && language().articles.has(t.text) && !/^(?:von|zu|van)$/.test(c.tokens[i - 1]?.lower ?? ''),
    );
    if (k > 0) c.tokens = c.tokens.slice(0, k);
  }
  // "hejtman Vysočiny Radek Hlaváček": the title's genitive runs into the name; the name starts at its given name.
  // "Cenu Karla Engliše" is a prize: a thing named after someone is left whole, to be read as one.
  const thing = !c.titled && !c.role && thingNamed(c.tokens, tokens, false) !== null;
  const named = c.kind === 'person' && !thing ? nameStartAfterGenitive(c.tokens, slavic) : 0;
  if (named > 0) c.tokens = c.tokens.slice(named);
  // "à l'AFP Maïwenn Le Goff": an agency's acronym glued before a full name is not part of it.
  const bare = opener.text.slice(elisionLength(opener.text));
  if (c.kind === 'person' && !c.titled && c.tokens.length > 2 && /^\p{Lu}{2,}$/u.test(bare))
    c.tokens = c.tokens.slice(1);
}

/** Reads one candidate name: an organisation, a one-word name kept for later, or a person's full name. */
function readCandidate(scan: PeopleScan, c: Candidate): void {
  const { text, tokens } = scan;
  const opener = c.tokens[0];
  if (!opener) return;
  trimCandidate(scan, c, opener);
  // trimming always leaves at least one word
  const head = c.tokens[0];
  const tail = c.tokens.at(-1);
  if (!head || !tail) return;
  // "d'Alan Moore" is Alan Moore: the elided article is not part of the name.
  const start = head.start + (c.kind === 'person' ? elisionLength(head.text) : 0);
  const end = c.end ?? tail.end;
  const name = text.slice(start, end);
  if (c.kind === 'person' && !c.titled && !c.role && c.tokens.length > 1) {
    // Places, and capitalised common words ("Cold War", a Title Case headline), are not names.
    if (scan.places.has(name) || scan.lowerWords.has(tail.lower)) return;
  }
  // "King Arthur Flour": a title does not make a person of a run that ends in a common noun of the text and
  // whose last word never stands alone, as a surname does ("his daughter Ivanka Trump … Trump said").
  if (c.kind === 'person' && c.titled && c.tokens.length > 1 && scan.lowerWords.has(tail.lower))
    if (!standsAlone(tokens, tail)) return;
  if (c.kind === 'person' && !c.titled && !c.role && isNounRun(tokens, head)) return;
  // "The Daily Record", "the Twitter Rules": a person's name does not take the definite article; a body's does.
  if (c.kind === 'person' && !c.titled && !c.role && c.tokens.length > 1 && afterThe(tokens, head, scan.slavic))
    c.kind = 'organisation';
  if (c.kind === 'person' && !c.titled && !c.role && worksAt(tokens, head)) c.kind = 'organisation';
  // "Harold Finch Stadium", "via Roma" name no one; "Westmoor Athletic" names a club.
  const thing = c.kind === 'person' ? thingNamed(c.tokens, tokens, c.titled) : null;
  if (thing === 'thing') return;
  if (thing === 'club') c.kind = 'organisation';
  const untitled = c.kind === 'person' && !c.titled && !c.role && c.tokens.length > 1;
  if (untitled && bodyNamed(scan.entities, name)) c.kind = 'organisation';
  if (c.kind === 'organisation') {
    personIsBody(scan.entities, name);
    const org = addOrg(scan.entities, scan.mentions, name, start, end);
    if (c.noun && !org.nouns.includes(c.noun)) org.nouns.push(c.noun);
    return;
  }
  if (c.tokens.length === 1) {
    scan.singles.push({ c, start, end });
    return;
  }
  addFullName(scan, c, { start, end, name, head, tail });
}

/** Merges a person's full name into the entity it names again (or a new one) and records the mention. */
function addFullName(
  scan: PeopleScan,
  c: Candidate,
  at: { start: number; end: number; name: string; head: Token; tail: Token },
): void {
  const { entities, sameWord } = scan;
  const { start, end, name } = at;
  const first = fold(scan.text.slice(start, at.head.end));
  const surname = surnameKey(lastName(c.tokens, at.tail).text);
  const folded = fold(name);
  const spaced = ` ${folded}`;
  const same = entities.find(
    (e) =>
      (e.kind === 'person' && e.folded.endsWith(spaced)) ||
      (e.kind === 'person' &&
        sameWord(e.surname, surname) &&
        (e.first ? nearSpelling(e.first, first) || sameWord(e.first, first) : !e.gender || e.gender === c.gender)),
  );
  // A capitalised sentence opener glued to a known name ("Later Sergei Lavrov") is not part of it.
  const second = c.tokens[1];
  const shorter =
    same || c.tokens.length < 3 || !second
      ? undefined
      : entities.find(
          (e) =>
            e.kind === 'person' &&
            sameWord(e.surname, surname) &&
            e.first &&
            (nearSpelling(e.first, fold(second.text)) || sameWord(e.first, fold(second.text))),
        );
  const ent = same ?? shorter ?? newEntity(entities, 'person', name, surname);
  if (same && name.length > same.name.length && !same.first) {
    same.name = name;
    same.folded = folded;
    same.first = first;
  } else if (same && scan.slavic && same.first && name.length < same.name.length && !name.includes('\n')) {
    // Of a name's case forms the shortest is, nearly always, the nominative the reader looks up.
    if (!same.aliases.includes(same.name)) same.aliases.push(same.name);
    Object.assign(same, { name, folded, first, surname });
  }
  ent.gender ??= c.gender;
  ent.role = betterRole(ent.role, c.role);
  if (c.titled) ent.titled = true;
  addMention(ent, scan.mentions, name, start, end);
}

/** Attaches a one-word name to the person or body it stands for, or to a new person when it speaks. */
function addSingle(scan: PeopleScan, single: { c: Candidate; start: number; end: number }): void {
  const { text, tokens, entities, mentions } = scan;
  const { c, start, end } = single;
  const lone = c.tokens[0];
  if (!lone) return;
  const word = surnameKey(lone.text);
  const options = entities.filter(
    (e) => e.kind === 'person' && (scan.sameWord(e.surname, word) || e.first === word || isPaternalSurname(e, word)),
  );
  const fit = options.filter((e) => !c.gender || !e.gender || e.gender === c.gender);
  // Two people of the text share the name: "Smith" alone could be either; attribution weighs that later.
  if (!c.determined && fit.length > 1)
    scan.shared.push({ start, end, gender: c.gender, candidates: fit.map((e) => e.id) });
  let ent = c.determined ? null : (fit.at(-1) ?? null);
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
  ent.gender ??= c.gender;
  ent.role = betterRole(ent.role, c.role);
  if (c.titled) ent.titled = true;
  addMention(ent, mentions, text.slice(start, end), start, end);
  const nominative = scan.slavic ? nominativeName(ent.name, lone.text) : undefined;
  // "podle mluvčího Jana Krále … sdělil Král": he is Jan Král, not a woman named Jana.
  const his = scan.slavic && !nominative ? manNominative(ent.name, lone.text) : undefined;
  if (nominative || his) {
    // "se starostkou Janou Malou … řekla Malá": the reader looks her up as Jana Malá.
    if (!ent.aliases.includes(ent.name)) ent.aliases.push(ent.name);
    const name = nominative ?? his ?? ent.name;
    Object.assign(ent, { name, folded: fold(name), gender: his ? 'm' : (ent.gender ?? 'f') });
  }
}

/** True when the text writes `last` capitalised without the word before it in the name: a surname alone. */
function standsAlone(tokens: Token[], last: Token): boolean {
  const before = tokens[last.index - 1]?.text;
  return tokens.some((t) => t.text === last.text && t.index !== last.index && tokens[t.index - 1]?.text !== before);
}

/** True when the name opening with `first` stands right after "the" and does not open with a given name. */
function afterThe(tokens: Token[], first: Token, slavic: boolean): boolean {
  const before = tokens[first.index - 1];
  return !!before && before.lower === 'the' && before.end + 1 === first.start && !isGivenName(first.text, slavic);
}

/** Generational suffixes after a surname: "Martin Luther King Jr.", "John Smith III". */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The surname token of a name: the last one, or the one before a suffix ("King" in "King Jr."). */
function lastName(tokens: Token[], last: Token): Token {
  const before = tokens.at(-2);
  return tokens.length > 2 && before && NAME_SUFFIX.test(last.lower) ? before : last;
}
