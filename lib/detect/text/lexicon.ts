/**
 * Compact word lists about how news is written: reporting verbs in every tense, role nouns,
 * honorifics, organisation and place words. Kept as space-separated strings to stay small.
 */

import { DEMONYM_ENDINGS, DEMONYM_WORDS } from '@/lib/detect/lexicons/demonyms';
import { LEXICONS } from '@/lib/detect/lexicons/index';
import { type Language, language } from './language';
import { lower } from './lower';
import { memoWordBy } from './word-memo';
import { lookupWord } from './word-table';

const set = (words: string) => new Set(words.split(' '));

// Reporting verbs: base forms; inflections are derived by `isCueVerb`.
const CUE_BASES =
  'say tell add ask write warn note explain insist argue claim state declare announce reply respond answer comment remark observe recall complain stress emphasize emphasise reiterate repeat urge accuse describe call dismiss deny admit acknowledge concede promise pledge vow predict suggest tweet post testify speak disagree object protest confirm caution caution agree contend maintain assert allege counter continue conclude recount joke quip boast lament mourn plead demand question wonder cite point charge criticize criticise condemn praise hail blame announce report indicate signal elaborate exclaim shout scream whisper mutter murmur sigh laugh fume blast slam rage seethe rant smile grin gush told said wrote'.split(
    ' ',
  );
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  saying: 'say',
  told: 'tell',
  tells: 'tell',
  telling: 'tell',
  wrote: 'write',
  written: 'write',
  writes: 'write',
  writing: 'write',
  spoke: 'speak',
  spoken: 'speak',
};
const CUE_SET = new Set(CUE_BASES);

// Plural nouns that look like reporting verbs ("his comments", "news reports").
const NOUN_FORMS = new Set(
  'comments notes reports questions claims calls posts charges labels demands promises pledges answers replies remarks points signals tweets cites counters statements quotes brands'.split(
    ' ',
  ),
);

/** True for a plural-noun form that is also a reporting verb ("notes", "claims"): a verb only where a name precedes it. */
export function isNounFormCue(word: string): boolean {
  return NOUN_FORMS.has(lower(word));
}

/** True when `word` (lower case) is a reporting verb in any tense: said, says, saying, told, added, warns... */
export function isCueVerb(word: string): boolean {
  const w = lower(word);
  const lang = language();
  if (lang.code !== 'en' && lang.isVerb(w)) return true;
  const known = CUE_MEMO.get(w);
  if (known !== undefined) return known;
  const answer = readCueVerb(w);
  if (CUE_MEMO.size < 20000) CUE_MEMO.set(w, answer);
  return answer;
}

// Words repeat a lot within an article, so each is judged once.
const CUE_MEMO = new Map<string, boolean>();

function readCueVerb(w: string): boolean {
  if (NOUN_FORMS.has(w)) return false;
  if (lookupWord(IRREGULAR, w) || CUE_SET.has(w)) return true;
  for (const suffix of ['ed', 'd', 's', 'es', 'ing']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (CUE_SET.has(stem) || CUE_SET.has(`${stem}e`)) return true;
    if (stem.endsWith('i') && CUE_SET.has(`${stem.slice(0, -1)}y`)) return true; // replied, denied
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && CUE_SET.has(stem.slice(0, -1))) return true; // quipped
  }
  return false;
}

/** Verbs that frame a quote as a statement but are weaker than "said" (used for partial quotes). */
export const STRONG_CUES = set(
  'say said says saying told tell tells added adds add wrote writes write asked asks replied replies warned warns explained explains noted notes insisted insists argued argues declared declares tweeted tweets recalled recalls',
);

/** Nouns that name a role someone holds; a name after them (or in apposition) is a person. */
const ROLE_SET = set(
  `${LEXICONS.map((l) => l.roles).join(' ')} president vice-president minister secretary ambassador spokesperson spokesman spokeswoman chair chairman chairwoman chief director sheriff officer governor senator representative congressman congresswoman mayor chancellor premier diplomat envoy editor correspondent reporter professor attorney lawyer adviser advisor strategist economist analyst commissioner general lieutenant colonel captain judge justice leader head founder executive ceo member activist councillor councilman councilwoman official inspector deputy king queen prince princess pope emperor counterpart president-elect candidate nominee prosecutor negotiator administrator superintendent commander sergeant marshal admiral manager chairperson researcher scientist expert historian author columnist anchor host presenter writer witness survivor speaker spokespeople daughter son wife husband mother father brother sister predecessor successor replacement deputy aide partner owner lawmaker legislator delegate treasurer banker investor trader doctor nurse operator worker driver teacher student resident farmer engineer voter protester volunteer organizer organiser pilot soldier veteran pastor priest rabbi imam bishop cardinal coach player challenger incumbent contender frontrunner front-runner`.trim(),
);

// German titles no other language lists: in Czech text "Richter" or "Sprecher" is a surname, not a title.
const GERMAN_ONLY = new Set(
  [...set(LEXICONS.find((l) => l.code === 'de')?.roles ?? '')].filter(
    (w) => !LEXICONS.some((l) => l.code !== 'de' && set(l.roles).has(w)),
  ),
);

/** Nouns that name a role someone holds, in any of the languages read; German compounds end in one. */
export const ROLE_NOUNS = {
  has: (w: string) => {
    const lang = language();
    // English derives no feminine forms: its answer is one lookup, cheaper than asking a memo.
    return lang.code === 'en' ? listedRole(lang, w) : isRoleNoun(lang, w);
  },
};

/** True when the word is a listed title in this language. */
function listedRole(lang: Language, w: string): boolean {
  // French "son" (his, her) is a determiner there, not the English title.
  return ROLE_SET.has(w) && !lang.articles.has(w) && !(lang.inflected && GERMAN_ONLY.has(w));
}

// Judged once per word and language: the feminine forms loop over every ending.
const isRoleNoun = memoWordBy(
  (lang: Language, w: string) => listedRole(lang, w) || (lang.code !== 'en' && feminineRole(lang, w)),
);

// Other languages' lists give the masculine title; the feminine one is derived: Ministerin, ministra, sénatrice.
const FEMININE: [string, string][] = [
  ['in', ''],
  ['a', ''],
  ['a', 'o'],
  ['a', 'e'],
  ['e', ''],
  ['rice', 'eur'],
  ['ère', 'er'],
  ['ète', 'et'],
  ['euse', 'eur'],
  // Québec writes "la mairesse".
  ['esse', 'e'],
  ['ka', ''],
  ['yně', ''],
  ['kyně', 'ce'],
  ['ožka', 'og'],
];

function feminineRole(lang: Language, w: string): boolean {
  if (lang.isRole(w)) return true;
  return FEMININE.some(([f, m]) => {
    if (!w.endsWith(f) || w.length < f.length + 3) return false;
    const stem = w.slice(0, -f.length) + m;
    return ROLE_SET.has(stem) || lang.isRole(stem);
  });
}

/** Words that may stand in a role phrase before the role noun ("Chinese Foreign Ministry senior spokesperson"). */
export const ROLE_MODIFIERS = set(
  'senior junior deputy former acting assistant shadow lead top chief foreign vice interim incoming outgoing then-president then new first prime general police state federal national defense defence finance interior health justice trade press communications public policy executive managing political retired longtime longtime local regional county city district military security intelligence fed central bank interest rate',
);

const DEMONYMS_EN = set(
  'american british english scottish welsh irish chinese russian french german japanese indian israeli iranian ukrainian palestinian syrian turkish korean australian canadian mexican italian spanish european african asian arab saudi afghan pakistani egyptian iraqi polish dutch swedish brazilian',
);

/**
 * Nationality words: before a name they describe it ("British Bill" is a bill, not Mr Bill; "l’Estonien Kaarel
 * Tamm" is Kaarel Tamm), in English or the language being read.
 */
export const DEMONYMS = {
  has: (w: string) => DEMONYMS_EN.has(w) || isDemonym(language().code, w),
};

/** Titles written before a name. */
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. gen gen. lt lt. col col. sgt sgt. capt capt. sen sen. rep rep. gov gov. fr fr. rabbi sheikh',
);

/** Honorifics that tell a person's gender, for resolving he/she. */
export const GENDERED: Record<string, 'm' | 'f'> = {
  mr: 'm',
  'mr.': 'm',
  sir: 'm',
  lord: 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  dame: 'f',
  lady: 'f',
  spokesman: 'm',
  spokeswoman: 'f',
  congressman: 'm',
  congresswoman: 'f',
  chairman: 'm',
  chairwoman: 'f',
  king: 'm',
  queen: 'f',
  prince: 'm',
  princess: 'f',
  daughter: 'f',
  son: 'm',
  wife: 'f',
  husband: 'm',
  mother: 'f',
  father: 'm',
  brother: 'm',
  sister: 'f',
};

const ORG_WORDS_EN = set(
  'ministry chamber department embassy consulate council committee commission bank reserve house court congress senate parliament assembly party agency association union group institute institution university college school foundation fund corporation corp corp. inc inc. ltd company co. news times post journal magazine press network television radio tv guild movement office service services bureau administration government police army navy force forces command nations organization organisation federation league club board authority tribe nation treaty centre center hospital church mosque temple coalition alliance campaign conference summit forum museum library capital markets images reuters ap afp bbc cnn kremlin pentagon international watch trust society',
);

/** Capitalised words that mark an organisation name, in English or the language being read ("Ministerio"). */
export const ORG_WORDS = {
  has: (w: string) => ORG_WORDS_EN.has(w) || isOrgWord(language(), w),
};

// Judged once per word and language: most capitalised words are no organisation word, and each one asked
// would run the elision pattern.
const isOrgWord = memoWordBy(
  // German capitalises every noun: "das Ministerium" alone is no name there.
  // "l’Université de Lausanne": the elided article is not part of the word.
  (lang: Language, w: string) => !lang.capitalisesNouns && lang.isBody(w.replace(/^\p{L}[\u2019']/u, '')),
);

/** Capitalised words that mark a place. */
export const PLACE_WORDS = set(
  'san santa los las saint st st. fort mount north south east west northern southern eastern western new united great county state states city town village island islands republic kingdom river lake bay beach valley mountain mountains street avenue road square park hill hills sea ocean gulf coast province region district airport port bridge territory territories',
);

/** Capitalised words that never start or stand in a name (sentence openers, days, months, function words). */
const NOT_NAME_EN = set(
  'the a an in on at for but and or if when while after before during since yet however this that these those it he she they we i you his her their our its my your there here what who why how where which as by from to of with without about over under into than then so also not no one two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december media caption image copyright getty read more related photo video watch listen live update updated published share follow sign subscribe advertisement breaking exclusive analysis opinion editor comment latest all some many most other another each every both such only just even still already more less like unlike despite although though because until unless whether once meanwhile instead indeed perhaps today yesterday tomorrow last next early late later earlier said says asked meanwhile separately still',
);

/** Capitalised words that never start or stand in a name, in English or in the language being read. */
export const NOT_NAME = { has: (w: string) => NOT_NAME_EN.has(w) || language().notName.has(w) };

/** Pronouns that can point back to a speaker. */
export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = {
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
  him: 'm',
  her: 'f',
  i: 'p',
  we: 'p',
};

/** The gender or number a pronoun points to, in English or in the language being read ("il", "sie"). */
export function pronounOf(word: string): 'm' | 'f' | 'n' | 'p' | undefined {
  return lookupWord(PRONOUNS, word) ?? lookupWord(language().pronouns, word);
}

/** Generic nouns that stand for an organisation named earlier ("the embassy", "the central bank"). */
export const ORG_NOUNS = set(
  'ministry department embassy consulate council committee commission bank reserve agency group company firm government administration court party campaign office bureau union association organization organisation institute foundation fund board authority police magazine newspaper paper network watchdog house',
);

const DEMONYM_SETS = new Map(Object.entries(DEMONYM_WORDS).map(([code, list]) => [code, set(list)]));
const DEMONYM_SUFFIXES = new Map(Object.entries(DEMONYM_ENDINGS).map(([code, list]) => [code, list.split(' ')]));

/** True when `w` is a nationality word of the language `code`, or its feminine or plural ("estonienne", "Polin"). */
function isDemonym(code: string, w: string): boolean {
  const words = DEMONYM_SETS.get(code);
  if (!words) return false;
  if (words.has(w)) return true;
  // German drops the "e" of "Pole", "Däne", "Türke" before "-in": "Polin", "Dänin", "Türkin".
  const stems = (stem: string) => words.has(stem) || (code === 'de' && words.has(`${stem}e`));
  return (DEMONYM_SUFFIXES.get(code) ?? []).some(
    (e) => w.length > e.length + 2 && w.endsWith(e) && stems(w.slice(0, -e.length)),
  );
}
