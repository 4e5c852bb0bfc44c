/**
 * The gender the words around a name give its bearer, in the seven languages read: a courtesy title before it
 * ("Monsieur De Wolf", "Frau Keller", "doña Guadalupe", "paní Malá"), a title with a gendered article in
 * apposition ("Le Premier ministre, Jan De Wolf"), or a title whose form is marked for gender before or after
 * it ("Ministerin Keller", "Camille Roth, chercheuse", "la diputada X", "ministryně X"). Read before pronouns
 * are matched to people, so a "she" cannot land on a man the text named without a gendered title.
 */

import { isPersonNoun } from '@/lib/detect/people/anonymous';
import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { tokenAt } from '@/lib/detect/text/tokens';
import type { Scene } from './salience';

type Gender = 'm' | 'f';

// Courtesy titles, by language: written right before a name they say whether its bearer is a man or a woman.
const COURTESY: Record<string, Record<string, Gender>> = {
  fr: { monsieur: 'm', 'm.': 'm', madame: 'f', mme: 'f', 'mme.': 'f', mademoiselle: 'f', mlle: 'f' },
  de: { herr: 'm', herrn: 'm', frau: 'f' },
  es: { señor: 'm', 'sr.': 'm', don: 'm', señora: 'f', 'sra.': 'f', doña: 'f', señorita: 'f', 'srta.': 'f' },
  it: { signor: 'm', signore: 'm', 'sig.': 'm', signora: 'f', 'sig.ra': 'f', signorina: 'f' },
  pt: { senhor: 'm', 'sr.': 'm', senhora: 'f', 'sra.': 'f', dona: 'f' },
  cs: { pan: 'm', pana: 'm', panu: 'm', panem: 'm', paní: 'f', slečna: 'f' },
};

// Articles that carry gender, by language, for a title in apposition ("Le Premier ministre, X").
const ARTICLES: Record<string, Record<string, Gender>> = {
  fr: { le: 'm', la: 'f', un: 'm', une: 'f' },
  es: { el: 'm', la: 'f', un: 'm', una: 'f' },
  it: { il: 'm', lo: 'm', la: 'f', un: 'm', una: 'f' },
  pt: { o: 'm', a: 'f', um: 'm', uma: 'f' },
  // German articles tell the gender only in some cases: "den Politologen", "dem Sprecher" are men.
  de: { den: 'm', dem: 'm', einem: 'm', einen: 'm' },
};

// Endings that mark a feminine title, by language: a word with one is never read as a masculine form.
const FEMININE: Record<string, RegExp> = {
  fr: /(?:e|euse|trice|ière|ienne)$/,
  es: /(?:a|ora)$/,
  it: /(?:a|essa|rice)$/,
  pt: /(?:a|ora)$/,
  de: /in$/,
  cs: /(?:yně|ka|á|ice)$/,
};

const isTitle = (w: string) => ROLE_NOUNS.has(w) || language().isRole(w) || isPersonNoun(w);

/**
 * The gender the form of title `w` marks, when its other form is a title too: "chercheuse" (chercheur),
 * "avocate" (avocat), "diputada" (diputado), "Ministerin" (Minister), "ministryně" (ministr). Titles with one
 * form for both ("ministre", "portavoz", "economista") mark none.
 */
export function titleFormGender(word: string): Gender | null {
  const w = word.toLowerCase();
  const code = language().code;
  const pairs: [string, string, Gender][] =
    {
      fr: [
        ['euse', 'eur', 'f'],
        ['trice', 'teur', 'f'],
        ['ière', 'ier', 'f'],
        ['ienne', 'ien', 'f'],
        ['e', '', 'f'],
        ['eur', 'euse', 'm'],
        ['teur', 'trice', 'm'],
        ['ier', 'ière', 'm'],
        ['ien', 'ienne', 'm'],
        ['', 'e', 'm'],
      ] as [string, string, Gender][],
      es: [
        ['a', 'o', 'f'],
        ['ora', 'or', 'f'],
        ['o', 'a', 'm'],
        ['or', 'ora', 'm'],
      ] as [string, string, Gender][],
      it: [
        ['a', 'o', 'f'],
        ['essa', 'e', 'f'],
        ['rice', 'ore', 'f'],
        ['o', 'a', 'm'],
        ['ore', 'rice', 'm'],
      ] as [string, string, Gender][],
      pt: [
        ['a', 'o', 'f'],
        ['ora', 'or', 'f'],
        ['o', 'a', 'm'],
        ['or', 'ora', 'm'],
      ] as [string, string, Gender][],
      de: [
        ['in', '', 'f'],
        ['', 'in', 'm'],
      ] as [string, string, Gender][],
      cs: [
        ['yně', '', 'f'],
        ['kyně', 'ec', 'f'],
        ['', 'yně', 'm'],
        ['ec', 'kyně', 'm'],
      ] as [string, string, Gender][],
    }[code] ?? [];
  // German titles take "-in" for a woman, often with an umlaut ("Ärztin", "Regierungsrätin"); one ending in
  // "-e" is an adjective used as a noun, the same for both ("die Vorsitzende", "der Vorsitzende").
  if (code === 'de' && w.length > 5 && w.endsWith('in') && isTitle(w)) return 'f';
  if (code === 'de' && w.endsWith('e')) return null;
  for (const [ending, other, g] of pairs) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const counterpart = w.slice(0, w.length - ending.length) + other;
    // French marks the feminine with a bare "-e" only after these endings ("élu", "avocat", "député"); the
    // title lists hold other languages' words too ("ministr" beside "ministre").
    const masculine = g === 'm' ? w : counterpart;
    if (code === 'fr' && (ending === '' || other === '') && !/[tdéulns]$/.test(masculine)) continue;
    if (counterpart === w) continue;
    if (g === 'f' && isTitle(counterpart)) return g;
    // A masculine form is one with no feminine ending, whose feminine is a listed word of its own.
    if (g === 'm' && !FEMININE[code]?.test(w) && (ROLE_NOUNS.has(counterpart) || isPersonNoun(counterpart))) return g;
  }
  return null;
}

/** Gives people of unknown gender the one a courtesy title or a gendered title beside their name marks. */
export function genderFromTitles(s: Scene, idx: PeopleIndex): void {
  const code = language().code;
  const votes = new Map<number, Set<Gender>>();
  for (const m of idx.mentions) {
    const e = idx.entities[m.entity];
    if (e?.kind !== 'person' || e.gender) continue;
    const g = beside(s, code, m);
    if (!g) continue;
    const seen = votes.get(m.entity) ?? new Set<Gender>();
    seen.add(g);
    votes.set(m.entity, seen);
  }
  for (const [id, seen] of votes) {
    const e = idx.entities[id];
    // Two mentions that disagree are two people sharing a name, or a misread: leave it open.
    if (e && seen.size === 1) e.gender = [...seen][0] ?? null;
  }
}

/** The gender the words right before or after mention `m` mark, if any. */
function beside(s: Scene, code: string, m: { start: number; end: number }): Gender | null {
  const k = tokenAt(s.tokens, m.start);
  const before = s.tokens[k - 1];
  const gap = before ? s.text.slice(before.end, m.start) : '';
  // A courtesy title counts even inside a quote: "Monsieur De Wolf, on ne négocie pas" addresses a man.
  const own = s.tokens[k];
  const courtesy = own && own.end < m.end ? COURTESY[code]?.[own.lower] : undefined;
  if (courtesy) return courtesy;
  if (before && gap === ' ') {
    const g = COURTESY[code]?.[before.lower];
    if (g) return g;
  }
  if (before && !s.quoted[k - 1] && gap === ' ') {
    const g = titleFormGender(before.lower) ?? titleWithArticle(s, code, k - 1, false);
    if (g) return g;
  }
  // "Le Premier ministre, Jan De Wolf": a title opening the sentence or clause, set off by a comma.
  if (before && !s.quoted[k - 1] && gap === ', ') {
    const g = titleWithArticle(s, code, k - 1, true);
    if (g) return g;
  }
  // Czech sets a new clause's subject off with a bare comma ("Holub podržel Benešovou, šéf diplomacie …").
  return code === 'cs' ? null : titleAfter(s, m.end);
}

/**
 * The gender of the title at token `i` before a name: marked by its form ("Ministerin"), else by its article,
 * perhaps with an adjective between ("Le Premier ministre"). Set off by a comma, the title must open its
 * clause: "Sur le quai voisin, Nathalie X" is no title of hers.
 */
function titleWithArticle(s: Scene, code: string, i: number, apposed: boolean): Gender | null {
  const noun = s.tokens[i] as Token;
  if (!isTitle(noun.lower)) return null;
  const marked = titleFormGender(noun.lower);
  if (marked && !apposed) return marked;
  const articles = ARTICLES[code] ?? {};
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const t = s.tokens[j] as Token;
    if (s.text.slice(t.end, (s.tokens[j + 1] as Token).start) !== ' ' || s.quoted[j]) return null;
    const g = articles[t.lower];
    if (!g && !language().articles.has(t.lower)) continue;
    const opens = j === 0 || /[.!?:;,\n]\s*$/.test(s.text.slice((s.tokens[j - 1] as Token).end, t.start));
    if (apposed && !opens) return null;
    return marked ?? g ?? null;
  }
  return apposed ? null : marked;
}

/** "Camille Roth, chercheuse à …", "Julie, 34 ans, infirmière": a title marked for gender in apposition. */
function titleAfter(s: Scene, end: number): Gender | null {
  const after = /^,\s*(?:\d+\s+\p{L}+,\s*)?(\p{Ll}[\p{Ll}-]+)/u.exec(s.text.slice(end, end + 60));
  const word = after?.[1];
  return word ? titleFormGender(word) : null;
}
