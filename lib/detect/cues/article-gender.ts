/**
 * Romance languages mark a title's gender on its article: "la sociologue Camille Roy" is a woman, "le député
 * Dominique Favre" a man, whatever the given name. Read before pronouns are matched to people, so a stray
 * "il" for a thing ("ce conflit …: il s'exerce") cannot give a woman introduced so the wrong gender.
 */

import { isPersonNoun } from '@/lib/detect/people/anonymous';
import type { PeopleIndex } from '@/lib/detect/people/people-index';
import type { Scene } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { tokenAt } from './cue-scan';

// Articles that carry gender, by language.
const ARTICLES: Record<string, Record<string, 'm' | 'f'>> = {
  fr: { le: 'm', la: 'f', un: 'm', une: 'f' },
  es: { el: 'm', la: 'f', un: 'm', una: 'f' },
  it: { il: 'm', lo: 'm', la: 'f', un: 'm', una: 'f' },
  pt: { o: 'm', a: 'f', um: 'm', uma: 'f' },
};

/** Gives a person of unknown gender the one a gendered article before their title marks ("la ministre X"). */
export function genderFromArticles(s: Scene, idx: PeopleIndex): void {
  const articles = ARTICLES[language().code];
  if (!articles) return;
  for (const m of idx.mentions) {
    const e = idx.entities[m.entity];
    if (e?.kind !== 'person' || e.gender) continue;
    const k = tokenAt(s.tokens, m.start);
    const noun = s.tokens[k - 1];
    const article = s.tokens[k - 2];
    if (!noun || !article || noun.cap || s.quoted[k - 1] || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun.text)) continue;
    // "la laiterie Normilait": only a title or a word for a person says the name is a woman's or a man's.
    if (!ROLE_NOUNS.has(noun.lower) && !isPersonNoun(noun.lower)) continue;
    if (s.text.slice(noun.end, m.start) !== ' ' || s.text.slice(article.end, noun.start) !== ' ') continue;
    const g = articles[article.lower];
    if (g) e.gender = g;
  }
}
