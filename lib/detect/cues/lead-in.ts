/**
 * Colon lead-ins with no reporting verb ("X, déléguée de la FGTB, ne décolère pas :"): news sets the speaker
 * as the sentence's subject and lets the quote follow the colon. Which of the names there is that subject.
 */

import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { connectiveLeadIn } from './dropped-lead-in';
import { complementName } from './lead-in-complements';

/**
 * Who a colon lead-in with no cue verb names, nearest first, past what only qualifies a name ("X, déléguée de
 * la FGTB, ne décolère pas :", "Au micro de RSM, Jean-Marc … :"); a title nobody is named for ("Son
 * entraîneur ne tarit pas d'éloges :") is an unnamed subject, not the paragraph's topic.
 */
export function leadInSubject(c: Ctx, a: number, b: number): Referent | undefined {
  const goesOn = sameSpeakerGoesOn(c, a, b);
  if (goesOn) return goesOn;
  const apposed = namedThenApposition(c, a, b) ?? possessiveLeadIn(c, a, b);
  if (apposed) return apposed;
  let complement: Referent | undefined;
  for (let i = b - 1; i >= a; i--) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    const lead = c.text.slice(must(c.tokens[a], 'token').start, r.start).toLowerCase();
    if (!joinedBefore(lead) && !complementName(lead, language().code)) return r;
    complement ??= r;
    i = firstTokenAt(c.tokens, r.start + 1) - 1;
  }
  const title = unnamedTitle(c, a, b);
  if (title) return title;
  // "Poi, a chi gli chiedeva …:": nobody named, a connective first: the speaker just quoted goes on.
  const open = c.tokens[b]?.start ?? c.text.length;
  if (!complement) return connectiveLeadIn(c, a, b, open);
  // Only a complement named: the subject is someone the text does not name here.
  return complement && { entity: null, start: complement.start, end: complement.end };
}

// Where someone works, before the employer's name: "Projektleiterin beim WWF", "chercheuse chez Inrae".
const WORKS_AT = new Set(['of', 'at', 'chez', 'bei', 'beim', 'vom', 'von']);

/** True when the words before a name end on "de", "au", "à" (articles aside): the name only qualifies another. */
function joinedBefore(lead: string): boolean {
  const lang = language();
  const words = lead.match(/\p{L}+[\u2019']?/gu) ?? [];
  const joins = (w: string) => lang.of.has(w) || lang.addressee.has(w) || WORKS_AT.has(w);
  let k = words.length - 1;
  while (k > 0 && lang.articles.has(words[k] ?? '') && !joins(words[k] ?? '')) k--;
  return k >= 0 && joins(words[k] ?? '');
}

/**
 * "Avant d'ajouter, ironique :", "Et de conclure :": a short lead-in with no subject, an infinitive after
 * "avant de" or "et de", hands the floor back to the speaker just quoted.
 */
export function sameSpeakerGoesOn(c: Ctx, a: number, b: number): Referent | undefined {
  const first = c.tokens[a];
  const de = c.tokens[a + 1];
  const who = c.d.lastSpeaker;
  if (!first || !de || who === null || b - a > 6 || !language().goesOn.has(first.lower)) return undefined;
  // The infinitive must report speech: "d’ajouter", "de conclure", not "de nombreux habitants".
  const verb = de.lower === 'de' ? (c.tokens[a + 2]?.lower ?? '') : de.lower.slice(2);
  if (!/^d(?:e$|[\u2019']\p{L})/u.test(de.lower) || !reportsInfinitive(verb)) return undefined;
  return { entity: who, start: first.start, end: de.end };
}

/** True when `r` is what a title right before it is of: "l’entraîneur de Vannes", "le maire de Brest". */
export function isTitleOf(c: Ctx, from: number, r: Referent): boolean {
  const at = firstTokenAt(c.tokens, r.start);
  const of = c.tokens[at - 1];
  const title = c.tokens[at - 2];
  if (at - 2 < from || !of || !title || !(language().of.has(of.lower) || of.lower === 'of')) return false;
  return ROLE_NOUNS.has(title.lower.replace(/^\p{L}[\u2019'](?=\p{L})/u, ''));
}

/**
 * A title with an article and no name in the lead-in ("Son entraîneur ne tarit pas d'éloges :", "Avant de
 * partir, le préfet a rencontré les élus :"): its subject is someone the text does not name here.
 */
function unnamedTitle(c: Ctx, a: number, b: number): Referent | undefined {
  const articles = language().articles;
  for (let i = a; i < b; i++) {
    const t = must(c.tokens[i], 'token');
    if (c.quoted[i]) continue;
    const noun = t.lower.replace(/^\p{L}[\u2019'](?=\p{L})/u, '');
    const det = c.tokens[i - 1];
    const headed = noun !== t.lower || (i > a && !!det && articles.has(det.lower));
    if (!headed || !ROLE_NOUNS.has(noun)) continue;
    const next = c.tokens[i + 1];
    if (next && c.idx.mentions.some((m) => m.start === next.start)) continue;
    return { entity: null, start: noun === t.lower && det ? det.start : t.start, end: t.end };
  }
  return undefined;
}

/** True for the infinitive of a reporting verb ("ajouter", "préciser", "conclure", "dire"). */
function reportsInfinitive(word: string): boolean {
  return (
    (word.endsWith('er') && isCueVerb(`${word.slice(0, -2)}e`)) ||
    (word.endsWith('re') && isCueVerb(`${word.slice(0, -2)}t`))
  );
}

/**
 * "Lea Brunner, Projektleiterin Gewässer beim WWF, sieht … :": a sentence opening on a person's name and an
 * apposition set off by commas has that person as its subject, whatever else the apposition names.
 */
function namedThenApposition(c: Ctx, a: number, b: number): Referent | undefined {
  const first = c.tokens[a];
  // A capitalised title may stand before the name: "Councilman Phil Ortega, a Republican who …, put it bluntly:".
  let k = a;
  while (k < a + 3 && k < b && c.tokens[k]?.cap && !c.idx.mentions.some((x) => x.start === c.tokens[k]?.start)) k++;
  const at = c.tokens[k];
  const m = first && at && c.idx.mentions.find((x) => x.start === at.start);
  if (!m || c.idx.entities[m.entity]?.kind !== 'person' || c.quoted[a]) return undefined;
  const end = must(c.tokens[b - 1], 'token').end;
  const rest = c.text.slice(m.end, end);
  // The apposition closes on a comma before a word in lower case, the verb of the lead-in.
  return /^,[^,:;.!?]{3,120},\s+\p{Ll}/u.test(rest) ? { entity: m.entity, start: m.start, end: m.end } : undefined;
}

// Possessives that tell the possessor's gender, in the languages whose possessives do.
const POSSESSOR: Record<string, Record<string, 'm' | 'f'>> = {
  de: { sein: 'm', seine: 'm', ihr: 'f', ihre: 'f' },
  en: { his: 'm', her: 'f' },
};

/**
 * "Ihr Fazit: »…«", "Sein Urteil:", "Her verdict:": a short lead-in opening on a possessive hands the floor
 * back to the speaker just quoted in the same paragraph, when the possessive fits them.
 */
function possessiveLeadIn(c: Ctx, a: number, b: number): Referent | undefined {
  const first = c.tokens[a];
  const g = first ? POSSESSOR[language().code]?.[first.lower] : undefined;
  const who = c.d.lastSpeaker;
  if (!first || !g || who === null || b - a > 3) return undefined;
  const e = c.idx.entities[who];
  if (e?.kind !== 'person') return undefined;
  // "Ihr Fazit:" after a man was quoted: someone else's, whom the lead-in does not name.
  if (e.gender && e.gender !== g) return { entity: null, start: first.start, end: first.end };
  if (c.d.lastSpeakerAt > first.start || c.text.slice(c.d.lastSpeakerAt, first.start).includes('\n')) return undefined;
  return { entity: who, start: first.start, end: first.end };
}
