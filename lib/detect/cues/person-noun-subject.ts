/**
 * "Teodora Pingo pasó la noche en el techo. La mujer perdió sus animales. «…», lamentó.": a subjectless cue
 * goes on with the subject of the sentence before, and when that subject is a plain word for a person ("la
 * mujer", "el anciano", "la vecina") it stands for the person the text was just about, whose gender the
 * article gives. A man is never "la mujer", and someone quoted paragraphs ago is not whom it describes: with
 * no such person just named, nobody named.
 */

import { givenNameGender } from '@/lib/detect/people/given-names';
import type { Entity, PeopleIndex, Referent } from '@/lib/detect/people/people-index';
import { firstTokenAt, previousSentence, type Scene, salientPerson } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { sentenceStart } from '@/lib/detect/text/sentences';

// Definite articles and the gender each gives the noun after it.
const ARTICLES: Record<string, Record<string, 'm' | 'f'>> = {
  es: { el: 'm', la: 'f' },
  pt: { o: 'm', a: 'f' },
  it: { il: 'm', lo: 'm', la: 'f' },
};

// Languages whose given names mostly end in "-a" for women and "-o" for men (not Italian: "Andrea", "Luca").
const ENDING_GENDER = new Set(['es', 'pt']);

// Words for a person by sex, age, family or neighbourhood, which hold no office: no title, no one else's.
const PERSON_NOUNS: Record<string, Set<string>> = {
  es: new Set(
    'mujer hombre señora señor anciana anciano joven chica chico muchacha muchacho niña niño madre padre abuela abuelo viuda viudo vecina vecino jubilada jubilado campesina campesino agricultora agricultor'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'mulher homem senhora senhor idosa idoso jovem rapariga rapaz moça moço menina menino mãe pai avó avô viúva viúvo vizinha vizinho reformada reformado agricultora agricultor'.split(
      ' ',
    ),
  ),
  it: new Set(
    'donna uomo signora signore anziana anziano giovane ragazza ragazzo bambina bambino madre padre nonna nonno vedova vedovo vicina vicino pensionata pensionato contadina contadino'.split(
      ' ',
    ),
  ),
};

/**
 * Whom the subjectless cue after the quote at `open` reports when the sentence before (or the quote's own,
 * up to it) opens on an article and a word for a person: the person named as the subject just before it, if
 * the article's gender fits; `{ entity: null }` when no one does; undefined when the sentence opens otherwise.
 */
export function personNounSubject(
  s: Scene & { idx: PeopleIndex },
  open: number,
  fits: (e: Entity) => boolean,
): Referent | undefined {
  const code = language().code;
  const articles = ARTICLES[code];
  const nouns = PERSON_NOUNS[code];
  if (!articles || !nouns) return undefined;
  const own = sentenceStart(s.text, open);
  const from = /\p{L}/u.test(s.text.slice(own, open)) ? own : previousSentence(s.text, own);
  if (from < 0) return undefined;
  const k = firstTokenAt(s.tokens, from);
  const article = s.tokens[k];
  const noun = s.tokens[k + 1];
  if (!article || !noun || noun.start >= open || s.quoted[k] || s.quoted[k + 1] || noun.cap) return undefined;
  const g = articles[article.lower];
  if (!g || !nouns.has(noun.lower) || s.text.slice(article.end, noun.start) !== ' ') return undefined;
  // "La mujer Teodora Pingo", "El vecino, Juan Soto,": a name with the noun is read by other rules.
  const after = s.tokens[k + 2];
  if (after?.cap && s.idx.mentions.some((m) => m.start === after.start)) return undefined;
  const at = { start: article.start, end: noun.end };
  // The sentence just before the description and the one before it: whom "la mujer" was introduced as.
  const before = outsideQuotes(s, previousSentence(s.text, from));
  if (before < 0) return { entity: null, ...at };
  const since = Math.max(0, outsideQuotes(s, previousSentence(s.text, before)));
  const fitting = (e: Entity) => fits(e) && genderOf(e, code) === g;
  const who = salientPerson(s, s.idx, from, since, fitting);
  return { entity: who ?? null, ...at };
}

/**
 * The gender known for `e`: from the text or a list of given names, else from the first name's ending where
 * the language marks it ("Herminia", "Anselmo"). Unknown gender fits no gendered word: better nobody named.
 */
function genderOf(e: Entity, code: string): 'm' | 'f' | null {
  if (e.gender) return e.gender;
  if (!e.first) return null;
  const listed = givenNameGender(e.first);
  if (listed || !ENDING_GENDER.has(code)) return listed;
  return /a$/u.test(e.first) ? 'f' : /o$/u.test(e.first) ? 'm' : null;
}

/** The start of the sentence at `start`, stepping back past sentences that begin inside a quotation. */
function outsideQuotes(s: Scene, start: number): number {
  let p = start;
  for (let k = firstTokenAt(s.tokens, p); p > 0 && s.quoted[k] && s.quoted[k - 1]; k = firstTokenAt(s.tokens, p))
    p = previousSentence(s.text, p);
  return p;
}
