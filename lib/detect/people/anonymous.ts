/**
 * Speakers the text leaves unnamed: "an Iowa Republican", "a senior official", "one resident", "survey
 * respondents", "people familiar with the talks", and a named person's aide or team ("Trump's transition
 * team", "Lee's lawyer"). Such a subject says who spoke: nobody the text names, so the quote gets no speaker
 * rather than whoever was named nearby.
 */

import { language } from '@/lib/detect/text/language';
import { isCueVerb, ORG_NOUNS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import type { Referent } from './people-index';

const words = (s: string) => new Set(s.split(' '));

/** Nouns for a person or people who are not named: who they are, not what their name is. */
export const ANONYMOUS_NOUNS = words(
  'source person people man men woman women respondent insider employee staffer neighbour neighbor friend relative user supporter critic participant observer customer passenger',
);
/** Party members named by their party: "a Virginia Democrat", "the Iowa Republican". */
export const PARTY_NOUNS = words('democrat republican conservative liberal tory socialist independent');
// Words that make a description indefinite: whoever it is, the text does not say. Per language, since one
// language's article is another's verb (French "a" is "has": "a déclaré la ministre").
const INDEFINITES: Record<string, Set<string>> = {
  en: words('a an one another some several two three four many few most other unnamed anonymous'),
  fr: words('un une des plusieurs certains certaines anonyme'),
  de: words('ein eine einer eines einem einen mehrere manche anonymer anonyme'),
  es: words('un una unos unas varios varias algunos algunas anónimo anónima'),
  it: words('un uno una alcuni alcune diversi anonimo anonima'),
  pt: words('um uma uns umas vários várias alguns algumas anónimo anônimo'),
  cs: words('jeden jedna jedno někteří několik anonymní'),
};
// Sources news names by the plural alone, with no article: "Fuentes del Ministerio han explicado".
const BARE_SOURCES: Record<string, Set<string>> = { es: words('fuentes'), it: words('fonti'), pt: words('fontes') };
/** True for a bare plural that names unnamed sources ("Fuentes del Ministerio"), never the start of a name. */
export const isBareSource = (w: string) => !!BARE_SOURCES[language().code]?.has(w);
const indefinite = (w: string) => (INDEFINITES[language().code] ?? must(INDEFINITES.en, 'English indefinites')).has(w);
// Organisation and document nouns owned by a named person or body: "Lee's campaign said", "its report says".
export const BODY_NOUNS = words(
  'team staff report study survey statement document memo letter filing lawsuit ruling analysis audit review inquiry',
);

/** True for a noun naming an unnamed person or group ("official", "respondents", "Republican"). */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  // The word, without a plural "s", and "-ies" as "-y": asked of many tokens, so built only when it can differ.
  if (personNounAsIs(w)) return true;
  if (w.endsWith('s') && personNounAsIs(w.slice(0, -1))) return true;
  return w.endsWith('ies') && personNounAsIs(`${w.slice(0, -3)}y`);
}

function personNounAsIs(x: string): boolean {
  return ANONYMOUS_NOUNS.has(x) || PARTY_NOUNS.has(x) || ROLE_NOUNS.has(x) || !!UNNAMED_NOUNS[language().code]?.has(x);
}

// The same in the other languages read, both genders: "une infirmière", "un riverain", "eine Anwohnerin".
const UNNAMED_NOUNS: Record<string, Set<string>> = {
  fr: words(
    'habitant habitante riverain riveraine voisin voisine passant passante infirmier infirmière salarié salariée employé employée ouvrier ouvrière commerçant commerçante retraité retraitée témoin parent mère père élève étudiant étudiante manifestant manifestante fonctionnaire agent agente cadre proche habitué habituée client cliente usager usagère patient patiente soignant soignante bénévole',
  ),
  de: words(
    'anwohner anwohnerin bewohner bewohnerin nachbar nachbarin passant passantin mitarbeiter mitarbeiterin angestellter angestellte beschäftigter beschäftigte pflegerin pfleger krankenschwester arbeiter arbeiterin rentner rentnerin augenzeuge augenzeugin kunde kundin mutter vater schüler schülerin student studentin demonstrant demonstrantin insider',
  ),
};

/** True when only a space or tab (after an optional possessive "'s") stands between tokens a and b. */
export function joined(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  const last = text.charCodeAt(b.start - 1);
  if ((gap !== 1 && gap !== 3) || (last !== 32 && last !== 9)) return false;
  if (gap === 1) return true;
  const apostrophe = text.charCodeAt(a.end);
  return (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(a.end + 1) === 115;
}

/**
 * The unnamed speaker a description starting or ending at token `i` stands for, or undefined. `named(k)`
 * tells whether token k lies in a named mention (an apposition after the noun names the speaker instead).
 */
export function anonymousAt(
  text: string,
  tokens: Token[],
  i: number,
  named: (k: number) => boolean,
): Referent | undefined {
  const t = must(tokens[i], 'token');
  if (isBareSource(t.lower)) return { entity: null, start: t.start, end: t.end };
  const found = indefinite(t.lower) ? describedFrom(text, tokens, i, named) : undefined;
  if (found) return found;
  if (isPersonNoun(t.lower)) {
    // Reading backwards the noun comes first: find its determiner.
    for (
      let det = i - 1;
      det >= Math.max(0, i - 4) && joined(text, must(tokens[det], 'token'), must(tokens[det + 1], 'token'));
      det--
    ) {
      if (must(tokens[det], 'token').possessive) break;
      if (indefinite(must(tokens[det], 'token').lower)) return describedFrom(text, tokens, det, named);
    }
  }
  // A bare plural subject of a reporting verb: "officials said", "survey respondents described".
  const next = tokens[i + 1];
  if (next && /s$/.test(t.lower) && isPersonNoun(t.lower) && !t.cap && isCueVerb(next.lower) && joined(text, t, next))
    return { entity: null, start: t.start, end: t.end };
  return undefined;
}

/** The description opening with determiner `det` when it ends in a person noun within four words. */
function describedFrom(
  text: string,
  tokens: Token[],
  det: number,
  named: (k: number) => boolean,
): Referent | undefined {
  // "one of them said", "two of the residents": part of a group the text does not name.
  if (tokens[det + 1]?.lower === 'of') {
    for (let n = det + 2; n <= Math.min(tokens.length - 1, det + 4); n++) {
      const w = must(tokens[n], 'token');
      if (!joined(text, must(tokens[n - 1], 'token'), w)) break;
      const after = tokens[n + 1];
      if (after && /^\s*,\s*$/.test(text.slice(w.end, after.start)) && named(n + 1)) return undefined;
      if (/^(?:them|those|us)$/.test(w.lower) || isPersonNoun(w.lower))
        return { entity: null, start: must(tokens[det], 'token').start, end: w.end };
    }
    return undefined;
  }
  for (let n = det + 1; n <= Math.min(tokens.length - 1, det + 4); n++) {
    const noun = must(tokens[n], 'token');
    if (!joined(text, must(tokens[n - 1], 'token'), noun) || must(tokens[n - 1], 'token').possessive) return undefined;
    if (!isPersonNoun(noun.lower)) continue;
    const after = tokens[n + 1];
    // Spokespeople speak for the body the phrase names ("a ministry spokeswoman"): left to the rules for them.
    if (/^(?:spokes\p{L}+|representatives?)$/u.test(noun.lower)) return undefined;
    if (after && /^\s*,\s*$/.test(text.slice(noun.end, after.start)) && named(n + 1)) return undefined;
    // "a Republican Senator Ann Cole": the noun is a title before a name.
    if (after?.cap && joined(text, noun, after) && named(n + 1)) return undefined;
    // "an aide's account": the noun owns something else.
    if (noun.possessive) return undefined;
    return { entity: null, start: must(tokens[det], 'token').start, end: noun.end };
  }
  return undefined;
}

/**
 * A named owner's person or body speaking: "Trump's transition team said", "Lee's lawyer said". The owner
 * is not the speaker; the phrase's noun at token `n` is, and the caller resolves it (or leaves it unnamed).
 */
export function ownedNounAfter(text: string, tokens: Token[], i: number): number {
  if (!must(tokens[i], 'token').possessive) return -1;
  for (let n = i + 1; n <= Math.min(tokens.length - 1, i + 4); n++) {
    if (
      !joined(text, must(tokens[n - 1], 'token'), must(tokens[n], 'token')) ||
      (n > i + 1 && must(tokens[n - 1], 'token').possessive)
    )
      return -1;
    const w = must(tokens[n], 'token').lower;
    if (BODY_NOUNS.has(w) || ORG_NOUNS.has(w) || isPersonNoun(w)) {
      const after = tokens[n + 1];
      // "Trump's first Twitter user was quick to point out": the noun must close the phrase.
      if (
        after &&
        joined(text, must(tokens[n], 'token'), after) &&
        (BODY_NOUNS.has(after.lower) || isPersonNoun(after.lower))
      )
        continue;
      return n;
    }
  }
  return -1;
}

// Determiners that make a description one person: "one mother", "a resident", "another neighbour".
const SINGULAR = words('a an one another');
// Words opening a phrase of time or place before the subject: "On Sunday, …", "Outside the court, …".
const OPENERS = words('on in at after before during later earlier outside inside near since yesterday today');

const CONJUNCTIONS = words('but and yet so then still meanwhile');

/** The token after an opening conjunction and a short phrase set off by a comma ("But on Sunday, one resident"). */
export function openerEnd(text: string, tokens: Token[], start: number): number {
  // "But a retired teacher …", "Then one man …": a conjunction opening the sentence is not its subject.
  const first = CONJUNCTIONS.has(tokens[start]?.lower ?? '') ? start + 1 : start;
  if (!OPENERS.has(tokens[first]?.lower ?? '')) return first;
  for (let k = first; k < Math.min(tokens.length - 1, first + 5); k++)
    if (/,/.test(text.slice(must(tokens[k], 'token').end, must(tokens[k + 1], 'token').start))) return k + 1;
  return first;
}

// Nouns that say the person's sex, so a "he" cannot stand for "a mother".
const FEMALE = words('woman mother wife daughter sister girl grandmother aunt');
const MALE = words('man father husband son brother boy grandfather uncle');

/**
 * The unnamed person a sentence from token `first` is about ("One mother who took part said …", "On
 * Sunday, a resident said …"), when it fits a "he" or "she" of gender `g`; undefined when the sentence opens
 * with anything else. A pronoun after such a sentence stands for that person, not for someone named earlier.
 */
export function unnamedSubject(
  text: string,
  tokens: Token[],
  first: number,
  g: 'm' | 'f',
  named: (k: number) => boolean,
): Referent | undefined {
  const at = openerEnd(text, tokens, first);
  const det = tokens[at];
  if (!det || !SINGULAR.has(det.lower)) return undefined;
  // "A spokesperson for the railroad said …": unless a name follows ("a spokeswoman, Dana Pruitt,"), the text
  // does not say who that is, and the pronoun after it is theirs.
  const spokes = [tokens[at + 1], tokens[at + 2], tokens[at + 3]].find((t) => t && /^spokes\p{L}+$/u.test(t.lower));
  if (spokes) return named(spokes.index + 1) ? undefined : { entity: null, start: det.start, end: spokes.end };
  const found = anonymousAt(text, tokens, at, named);
  if (!found || found.start !== det.start) return undefined;
  const noun = text.slice(found.start, found.end).toLowerCase().split(/\s+/).at(-1) ?? '';
  return (g === 'f' && MALE.has(noun)) || (g === 'm' && FEMALE.has(noun)) ? undefined : found;
}
