/** Drops the words a candidate name picked up that are not part of the name: openers, titles, outlets, months. */

import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import { nameStartAfterGenitive } from './genitive-lead';
import { isGivenName } from './given-names';
import { elisionLength } from './name-forms';
import { trimBodyBeforeHolder, trimOpenerAndMonth } from './name-openers';
import { isOccupation } from './occupations';
import type { PeopleScan } from './people-scan';
import { thingNamed } from './thing-names';

// Particles that open names written lower case elsewhere in the text ("Bin Laden" after "Osama bin Laden").
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|de|di|da|du|del|della|der|van|von|la|le)$/;

/** True when the run opening at `first` follows a cue verb and a preposition naming whom it told. */
function toldOutlet(tokens: Token[], first: Token): boolean {
  // "dijo a El País Juan Pérez": the outlet's article may stand between.
  const back = language().articles.has(tokens[first.index - 1]?.lower ?? '') ? 1 : 0;
  const to = tokens[first.index - 1 - back];
  const verb = tokens[first.index - 2 - back];
  return !!to && !!verb && language().addressee.has(to.lower) && isCueVerb(verb.lower);
}

/** Drops the words a candidate picked up that are not part of the name; `opener` is its first word as read. */
export function trimCandidate(scan: PeopleScan, c: Candidate, opener: Token): void {
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
  if (c.kind === 'person' && !c.titled && c.tokens[0] === opener && c.tokens.length > 2 && /^\p{Lu}{2,}$/u.test(bare))
    c.tokens = c.tokens.slice(1);
}
