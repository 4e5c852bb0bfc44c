/**
 * The language detection reads a text in: the page's declared language when the text agrees, else the one
 * whose function words the text uses most. Detection runs synchronously, so `detect` sets the language for
 * its call and every word test reads it from here instead of threading it through each rule.
 */

import { type LanguageLexicon, LEXICONS } from '@/lib/detect/lexicons/index';
import { must } from './must';
import { memoWord } from './word-memo';

/** A lexicon read into sets for fast lookups. */
export interface Language {
  code: string;
  /** True when the word (lower case) is one of the language's reporting verb forms. */
  isVerb: (w: string) => boolean;
  according: Set<string>;
  /** Possessive determiners ("son", "sa", "ses"). */
  possessives: Set<string>;
  /** Words opening a sentence on whose view it gives ("Pour X, …"). */
  opinion: Set<string>;
  /** Titles that cover others ("élu" for a "député"), with the titles each covers. */
  umbrellas: Record<string, Set<string>>;
  /** Words opening a subjectless lead-in that continues the last speaker ("Avant d'ajouter :"). */
  goesOn: Set<string>;
  /** Outlet nouns ("quotidien", "journal"), whose capitalised form heads a paper's name. */
  outlets: Set<string>;
  /** Stressed pronouns after a source word ("selon lui") and the gender they stand for. */
  stressed: Record<string, 'm' | 'f'>;
  after: Set<string>;
  glue: Set<string>;
  articles: Set<string>;
  pronouns: Record<string, 'm' | 'f'>;
  /** Capitalised words that open a sentence or a byline but never start a name ("Der", "Selon", "Von"). */
  notName: Set<string>;
  /** Impersonal subjects after a cue verb ("heißt es", "dit-on"): the source is unnamed. */
  impersonal: Set<string>;
  /** Adjectives follow the noun, so a short quote before a word does not modify it. */
  postnominal: boolean;
  /** True when the word is a title in this language, including German compounds ("Finanzministerin"). */
  isRole: (w: string) => boolean;
  /** Names take case endings, so the page's declared language says so even in a short text. */
  inflected: boolean;
  /** Words joining a title or an institution to what it is of ("de", "della"). */
  of: Set<string>;
  /** Words bringing in a passive's agent ("par", "von"). */
  agent: Set<string>;
  /** Prepositions naming whom a speaker told ("au", "a", "pro"). */
  addressee: Set<string>;
  /** Every noun is written with a capital (German), so a capital alone does not make a name. */
  capitalisesNouns: boolean;
  /** True when the word heads an institution's name in this language ("ministère", "Innenministerium"). */
  isBody: (w: string) => boolean;
  /** Classes of titles news uses in turn for one person, masculine, space-separated. */
  epithets: string[];
  /** Determiners opening a description of a person, by gender; undefined for a language without articles. */
  describers?: { m: Set<string>; f: Set<string>; any: Set<string> };
  /** True when the word (lower case) is a spokesperson's title, German compounds included ("Regierungssprecher"). */
  isSpokesperson: (w: string) => boolean;
  /** Words that put a title in the past ("former", "ancien"). */
  pastMarks: Set<string>;
  /** True when a cue verb form has a plural subject ("sagten"); false where the lexicon does not say. */
  pluralVerb: (w: string) => boolean;
  /** Verb endings that tell the subject's gender, longest first within each gender. */
  verbGender?: { m: string[]; f: string[] };
}

const words = (s: string | undefined) => new Set((s ?? '').split(' ').filter(Boolean));

function compile(lex: LanguageLexicon): Language {
  const verbs = words(lex.verbs);
  const stems = words(lex.stems);
  const endings = [...words(lex.endings)];
  const isForm = (w: string) =>
    verbs.has(w) || endings.some((e) => w.length > e.length + 2 && w.endsWith(e) && stems.has(w.slice(0, -e.length)));
  // An elided reflexive or object pronoun joins the verb in one token: "s’amuse", "l’affirme".
  const isVerb = memoWord((w: string) => isForm(w) || (/^\p{L}[\u2019']/u.test(w) && isForm(w.slice(2))));
  const pronouns: Record<string, 'm' | 'f'> = {};
  for (const p of words(lex.he)) pronouns[p] = 'm';
  for (const p of words(lex.she)) pronouns[p] = 'f';
  const roles = [...words(lex.roles)].filter((r) => r.length >= 4);
  const isRole = lex.compounds
    ? memoWord((w: string) => roles.some((r) => w.length > r.length + 2 && w.endsWith(r)))
    : () => false;
  const bodies = [...words(lex.bodies)];
  const bodySet = new Set(bodies);
  const isBody = lex.compounds
    ? memoWord((w: string) => bodySet.has(w) || bodies.some((b) => w.length > b.length + 2 && w.endsWith(b)))
    : (w: string) => bodySet.has(w);
  const spokes = [...words(lex.spokespeople)];
  const plural = [...words(lex.pluralEndings)];
  return {
    code: lex.code,
    isBody,
    describers: lex.describers && {
      m: words(lex.describers.m),
      f: words(lex.describers.f),
      any: words(lex.describers.any),
    },
    isSpokesperson: (w: string) =>
      spokes.includes(w) || (!!lex.compounds && spokes.some((s) => w.length > s.length + 2 && w.endsWith(s))),
    pastMarks: words(lex.pastMarks),
    pluralVerb: (w: string) => plural.some((e) => w.length > e.length + 2 && w.endsWith(e)),
    capitalisesNouns: !!lex.compounds,
    addressee: words(lex.addressee),
    agent: words(lex.agent),
    of: words(lex.of),
    notName: words(`${lex.common} ${lex.articles} ${lex.according} ${lex.glue} ${lex.notNames ?? ''}`),
    isRole,
    impersonal: words(lex.impersonal),
    postnominal: !!lex.postnominal,
    inflected: !!lex.inflected,
    verbGender: lex.verbGender && { m: [...words(lex.verbGender.m)], f: [...words(lex.verbGender.f)] },
    isVerb,
    epithets: lex.epithets ?? [],
    according: words(lex.according),
    possessives: words(lex.possessives),
    opinion: words(lex.opinion),
    umbrellas: umbrellasOf(lex.umbrellas),
    goesOn: words(lex.goesOn),
    outlets: words(lex.outlets),
    stressed: stressedOf(lex),
    after: words(lex.after),
    glue: words(lex.glue),
    articles: words(lex.articles),
    pronouns,
  };
}

/** "élu:député,maire" as { élu: Set(député, maire) }. */
function umbrellasOf(list: string | undefined): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  for (const entry of words(list)) {
    const [title, covered] = entry.split(':');
    if (title && covered) out[title] = new Set(covered.split(','));
  }
  return out;
}

/** The stressed pronouns of a lexicon, each with its gender. */
function stressedOf(lex: LanguageLexicon): Record<string, 'm' | 'f'> {
  const out: Record<string, 'm' | 'f'> = {};
  for (const p of words(lex.stressed?.m)) out[p] = 'm';
  for (const p of words(lex.stressed?.f)) out[p] = 'f';
  return out;
}

const compiled = new Map<string, Language>();

/** The compiled language for an ISO 639-1 code (English when unknown). */
export function languageFor(code: string): Language {
  const lex = LEXICONS.find((l) => l.code === code) ?? must(LEXICONS[0], 'English lexicon');
  let lang = compiled.get(lex.code);
  if (!lang) {
    lang = compile(lex);
    compiled.set(lex.code, lang);
  }
  return lang;
}

/** Each common word with the lexicons that list it: one lookup per word of the sample instead of one per lexicon. */
function commonIndex(): Map<string, number[]> {
  const index = new Map<string, number[]>();
  LEXICONS.forEach((l, i) => {
    for (const w of words(l.common)) {
      const at = index.get(w);
      if (at) at.push(i);
      else index.set(w, [i]);
    }
  });
  return index;
}

const COMMON = commonIndex();

// `\p{L}+`, ASCII stretches first: the same words, found about twice as fast (see WORD in tokens.ts).
const LETTER_RUN = /(?:[a-z]+|\p{L})+/gu;

/** Picks the language of `text`: the declared one (BCP 47) unless the text's function words say otherwise. */
export function pickLanguage(text: string, declared?: string): string {
  const counts = LEXICONS.map(() => 0);
  const sample = text.slice(0, 6000).toLowerCase().match(LETTER_RUN) ?? [];
  for (const w of sample) {
    const at = COMMON.get(w);
    if (at) for (const i of at) counts[i] = (counts[i] ?? 0) + 1;
  }
  const best = counts.indexOf(Math.max(...counts));
  const [primary = ''] = (declared ?? '').split(/[-_]/);
  const code = primary.toLowerCase();
  const said = LEXICONS.findIndex((l) => l.code === code);
  // A page's declared language is often a site-wide default: trust it when its words are present.
  const bestCount = must(counts[best], 'language count');
  if (said >= 0 && must(counts[said], 'language count') >= bestCount * 0.5) return code;
  return bestCount >= 5 ? must(LEXICONS[best], 'lexicon').code : said >= 0 ? code : 'en';
}

let active: Language = languageFor('en');

/** Sets the language every word test reads until the next call; `detect` sets it for each text. */
export function useLanguage(code: string): void {
  active = languageFor(code);
}

/** The language detection is reading in now. */
export function language(): Language {
  return active;
}
