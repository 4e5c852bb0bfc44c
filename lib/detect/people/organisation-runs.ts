/**
 * Organisation names that German-language news writes without an English organisation word: a company with
 * its legal form ("die Isarland Wohnbau GmbH", "Voltaris AG"), an association ("Gewerbeverein Talheim e.V."),
 * an office of a place ("Landratsamt Erding"), an acronym with its country ("WWF Schweiz") and a body named
 * by the group it stands for ("Verband kommunaler Verkehrsbetriebe"). Read as people, they lend a place's
 * name to whoever is "aus Talheim" and take a title's cue from the person named with them.
 */

import { language } from '@/lib/detect/text/language';
import { NOT_NAME, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import { isGivenName } from './given-names';
import { isAcronym } from './run-words';

// Legal forms of companies and associations, as written (case matters: "AG" is a form, "Ag" is not).
const LEGAL_FORMS = new Set(['GmbH', 'AG', 'SE', 'KG', 'KGaA', 'mbH', 'UG', 'eG', 'OHG', 'gGmbH', 'Co.']);
// A ministry named by what it is for, in one word.
const MINISTRY = /^\p{L}{3,}ministerium$/u;
// "… e.V." or "… e. V.": a registered association; the tokens split it into "e" and "V.".
const REGISTERED = /^ e\. ?V\./;
// Body nouns a name of the group it stands for follows in the genitive plural ("Bund deutscher Architekten").
const GROUP_BODIES = /^(?:verband|bund|verein|vereinigung|gesellschaft|institut|zentralverband|bundesverband)$/;
// "Verband kommunaler Verkehrsbetriebe": adjectives in the genitive plural, then the group's noun.
const GROUP_TAIL = /^(?: \p{Ll}+er)+ \p{Lu}[\p{L}-]+/u;
// The same phrase seen from the group's noun: the body's noun and the adjectives right before it.
const GROUP_HEAD =
  /(?:^|[^\p{L}])(?:Verband|Bund|Verein|Vereinigung|Gesellschaft|Institut|Zentralverband|Bundesverband)(?: \p{Ll}+er)+ $/u;

/** True when token `t` is the "V." of an "e.V." that closes an association's name. */
export function isRegisteredMark(text: string, t: Token): boolean {
  return t.text === 'V.' && /e\. ?$/.test(text.slice(Math.max(0, t.start - 3), t.start));
}

/** The organisation a run names by the forms above, or undefined when the run is read another way. */
export function organisationRun(text: string, run: Token[]): Candidate[] | undefined {
  const tail = run.at(-1);
  const head = run[0];
  if (!head || !tail) return undefined;
  if (run.length === 1 && isRegisteredMark(text, head)) return [];
  // "Verkehrsbetriebe" in "Verband kommunaler Verkehrsbetriebe" is read with the body's name, not alone.
  if (language().capitalisesNouns && GROUP_HEAD.test(text.slice(Math.max(0, head.start - 80), head.start))) return [];
  const words = run.filter((t, i) => i > 0 || !NOT_NAME.has(t.lower));
  const org = (end?: number): Candidate[] =>
    words.length ? [{ tokens: words, kind: 'organisation', titled: false, gender: null, role: null, end }] : [];
  if (run.length > 1 && run.slice(1).some((t) => LEGAL_FORMS.has(t.text))) return org();
  if (REGISTERED.test(text.slice(tail.end, tail.end + 6))) return org();
  if (!language().capitalisesNouns) return undefined;
  const first = words[0];
  if (!first) return undefined;
  // "Gesundheitsministerium", "Bundesinnenministerium": a compound names one ministry, as "Ministerium" does not.
  if (words.length === 1 && MINISTRY.test(first.lower)) return org();
  const rest = words.slice(1);
  const plain = rest.length > 0 && rest.every((t) => t.cap && !ROLE_NOUNS.has(t.lower) && !isGivenName(t.text));
  // "Landratsamt Erding", "Gewerbeverein Talheim": an institution's noun, then the place or name it is of
  // ("Amt der Landesregierung in Bregenz" and "Ministerium in Wien" are read as institutions elsewhere).
  if (plain && language().isBody(first.lower)) return org();
  // "WWF Schweiz", "ADAC Nordbayern": an acronym and the country or region of its branch.
  if (plain && rest.length === 1 && isAcronym(first)) return org();
  if (words.length === 1 && GROUP_BODIES.test(first.lower)) {
    const group = GROUP_TAIL.exec(text.slice(first.end, first.end + 80));
    if (group) return org(first.end + group[0].length);
  }
  return undefined;
}
