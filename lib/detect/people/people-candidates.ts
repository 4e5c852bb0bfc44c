/** Reads one candidate name into the scan: an organisation, a one-word name kept for later, or a full name. */

import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import { trimCandidate } from './candidate-trim';
import { addOrg, bodyNamed, personIsBody } from './entity-records';
import { addFullName } from './full-names';
import { isGivenName } from './given-names';
import { GROUP_NOUNS } from './lone-names';
import { elisionLength } from './name-forms';
import { isNounRun } from './noun-runs';
import type { PeopleScan } from './people-scan';
import { thingNamed } from './thing-names';

/** True when a name follows "analysts at", "a professor at": the name of an employer, not a person. */
function worksAt(tokens: Token[], first: Token): boolean {
  const at = tokens[first.index - 1];
  const who = tokens[first.index - 2];
  if (at?.lower !== 'at' || !who) return false;
  return GROUP_NOUNS.has(who.lower) || ROLE_NOUNS.has(who.lower) || ROLE_NOUNS.has(who.lower.replace(/s$/, ''));
}

/** Reads one candidate name: an organisation, a one-word name kept for later, or a person's full name. */
export function readCandidate(scan: PeopleScan, c: Candidate): void {
  const { text, tokens } = scan;
  const opener = c.tokens[0];
  if (!opener) return;
  trimCandidate(scan, c, opener);
  // trimming always leaves at least one word
  const head = c.tokens[0];
  const tail = c.tokens.at(-1);
  if (!head || !tail) return;
  // "Plano de Recuperação" less its common first word leaves "de Recuperação": a thing's name, no one's.
  if (head !== opener && !head.cap) return;
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
