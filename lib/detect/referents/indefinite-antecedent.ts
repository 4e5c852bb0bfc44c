/**
 * "À Bellac, une bénéficiaire de 87 ans est venue … Elle n'a pas voulu donner son nom. « … », glisse-t-elle.":
 * French news brings in people it does not name with "un" or "une" and goes on with "il" or "elle". Such a
 * pronoun stands for that unnamed person, not for whoever the text quoted before. English does the same with "a",
 * "an" or "one" ("One midwife, who asked not to be named, told the BBC … “…,” she said"), and German with "ein"
 * or "eine" and a capitalised noun ("Eine Anwohnerin erzählt, dass … „…“, meint sie").
 */

import { isPersonNoun } from '@/lib/detect/people/anonymous';
import { mentionCovering, type PeopleIndex } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { sentenceStart } from '@/lib/detect/text/sentences';
import { lookupWord } from '@/lib/detect/text/word-table';
import { firstTokenAt, previousSentence, type Scene } from './salience';

// Indefinite articles and the gender they give, by language; English gives none ("One midwife … she said").
const INDEFINITE: Record<string, Record<string, 'm' | 'f' | 'any'>> = {
  fr: { un: 'm', une: 'f' },
  en: { a: 'any', an: 'any', one: 'any' },
};

// How many sentences before the pronoun's own are read, within its paragraph.
const SENTENCES_BACK = 2;

/** True when the pronoun of gender `g` at `pos` follows an unnamed person of that gender brought in so. */
export function indefiniteAntecedent(idx: PeopleIndex, s: Scene, pos: number, g: 'm' | 'f'): boolean {
  return language().capitalisesNouns ? capitalisedAntecedent(idx, s, pos, g) : lowerAntecedent(idx, s, pos, g);
}

/** True when the pronoun of gender `g` at `pos` follows an unnamed "un/une" person of that gender, named nobody since. */
function lowerAntecedent(idx: PeopleIndex, s: Scene, pos: number, g: 'm' | 'f'): boolean {
  const articles = INDEFINITE[language().code];
  if (!articles) return false;
  let from = sentenceStart(s.text, pos);
  for (let n = 0; n < SENTENCES_BACK; n++) {
    const prev = previousSentence(s.text, from);
    // English news runs a sentence to a paragraph, so its unnamed person may stand a paragraph up.
    if (prev < 0 || (language().code !== 'en' && s.text.slice(prev, from).trimEnd().includes('\n'))) break;
    from = prev;
  }
  let found = false;
  for (let i = firstTokenAt(s.tokens, from); i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (!t || t.start >= pos) break;
    if (s.quoted[i]) continue;
    // Someone named after the unnamed person is whom the pronoun more likely means ("told the BBC" is no one).
    const named = mentionCovering(idx, t.start, t.end);
    if (named && idx.entities[named.entity]?.kind === 'person') found = false;
    const noun = s.tokens[i + 1];
    const gender = lookupWord(articles, t.lower);
    if (!noun || noun.cap || !gender || (gender !== 'any' && gender !== g) || !opensSubject(s, i)) continue;
    const after = s.text.slice(noun.end, noun.end + 12);
    // "une bénéficiaire de 87 ans", "One midwife, who …": the age or the relative pronoun says a person.
    if (isPersonNoun(noun.lower) || /^\s+de\s+\d{1,3}\s+ans\b/u.test(after) || /^,?\s+who\b/u.test(after)) found = true;
  }
  return found;
}

/** True when token i opens its sentence or follows a comma, where a subject stands. */
function opensSubject(s: Scene, i: number): boolean {
  const t = s.tokens[i];
  const before = s.tokens[i - 1];
  if (!t) return false;
  return !before || sentenceStart(s.text, t.start) === t.start || /,\s*$/.test(s.text.slice(before.end, t.start));
}

/** The gender an indefinite article and noun give an unnamed person ("eine Passantin" f), if they name one. */
function indefiniteGender(article: string, noun: string): 'm' | 'f' | undefined {
  if (article === 'eine' && /(?:in|frau)$/.test(noun)) return 'f';
  if (article === 'ein' && !/in$/.test(noun)) return 'm';
  return undefined;
}

/**
 * True when the pronoun of gender `g` at `pos` follows, in its sentence or the one before, an unnamed person of
 * that gender: German capitalises the noun ("eine Passantin"), whose ending tells the gender.
 */
function capitalisedAntecedent(idx: PeopleIndex, s: Scene, pos: number, g: 'm' | 'f'): boolean {
  const own = sentenceStart(s.text, pos);
  const prev = previousSentence(s.text, own);
  const from = prev >= 0 && !s.text.slice(prev, own).trimEnd().includes('\n') ? prev : own;
  for (let i = firstTokenAt(s.tokens, from) + 1; i < s.tokens.length; i++) {
    const noun = s.tokens[i];
    const article = s.tokens[i - 1];
    if (!noun || !article || noun.start >= pos) break;
    if (s.quoted[i] || !noun.cap || mentionCovering(idx, noun.start, noun.end)) continue;
    if (indefiniteGender(article.lower, noun.lower) === g) return true;
  }
  return false;
}
