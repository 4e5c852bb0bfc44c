/**
 * Reads the role a text gives a person: a title phrase right before the name ("Morton County sheriff
 * Kyle Kirchmeier"), an apposition before it ("its senior spokesperson, Hua Chunying") or after it
 * ("Jason Ziegler, the Mandan police chief,").
 */

import { language } from '@/lib/detect/text/language';
import { isCueVerb, ROLE_MODIFIERS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { complementRole } from './role-complement';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my']);
const roleWord = (t: Token) => ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || t.cap;

/** True when lower-case token j sits, with at most one more such word, right after "the"/"its"/a possessive. */
function describesRole(tokens: Token[], j: number): boolean {
  if (
    /^(?:\d+|one|two|three|four|five|six|both|several|many|some|other|same|only)$/.test(must(tokens[j], 'token').lower)
  )
    return false;
  for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
    const t = must(tokens[k], 'token');
    if (t.possessive || /^(?:the|its|his|her|their)$/.test(t.lower)) return true;
    if (t.cap || isCueVerb(t.lower)) return false;
  }
  return false;
}

/** Walks left from token `i` over a role phrase; returns the index of its first token. */
function extendLeft(text: string, tokens: Token[], i: number, allowCommas: boolean): number {
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < 8; j--) {
    const t = must(tokens[j], 'token');
    const gap = text.slice(t.end, must(tokens[j + 1], 'token').start);
    if (!(gap === ' ' || (allowCommas && gap === ', ' && t.cap))) break;
    if (!roleWord(t) && !t.possessive && !DETERMINERS.has(t.lower) && describesRole(tokens, j)) {
      first = j; // "the shadow home secretary": a word the lists do not know, inside "the ... secretary"
      continue;
    }
    if (
      DETERMINERS.has(t.lower) ||
      t.possessive ||
      !roleWord(t) ||
      /^(?:The|A|An|One|Another|Some|Its|His|Her|Their)$/.test(t.text)
    ) {
      if (t.possessive && roleWord(t)) first = j; // "Beijing's top diplomat"
      break;
    }
    first = j;
  }
  return first;
}

// Role nouns that are verbs too: after a plural name they are its verb ("Lakeside Rovers host Eastport Falcons").
const VERB_ROLES = new Set(['host', 'coach', 'lead', 'head', 'chair', 'judge', 'captain', 'guard', 'face', 'anchor']);
// Plural words that end the names of outlets and desks, whose hosts and anchors are people ("Fox News host").
const OUTLET_PLURALS = new Set([
  'news',
  'times',
  'sports',
  'politics',
  'affairs',
  'business',
  'arts',
  'games',
  'weekends',
]);

/** True when the role noun at `i` reads as the present-tense verb of the plural name before it: no title then.
 * Before a `lone` word any name may be the subject ("Everton host Arsenal"): a host is named in full first. */
export function actsAsVerb(tokens: Token[], i: number, lone = false): boolean {
  const noun = tokens[i];
  const subject = tokens[i - 1];
  if (!noun || !subject || !VERB_ROLES.has(noun.lower) || !subject.cap || subject.possessive) return false;
  return lone || (/[^s']s$/.test(subject.lower) && !OUTLET_PLURALS.has(subject.lower));
}

/** The role phrase that ends right before token `index` (the name's first token), or null. */
export function roleBefore(
  text: string,
  tokens: Token[],
  index: number,
  inRun: string | null,
  gapBefore?: string,
): string | null {
  const prev = tokens[index - 1];
  const name = tokens[index];
  if (!prev || !name) return null;
  // "la titular de la Secretaría de Educación Pública (SEP), Mariana Velasco": the acronym in brackets closes
  // the body's name, which later copy uses alone ("la titular de la SEP").
  if (gapBefore === undefined && acronymBefore(text, tokens, index)) {
    const role = roleBefore(text, tokens, index - 1, inRun, ', ');
    return role && `${role} (${prev.text})`;
  }
  const gap = gapBefore ?? text.slice(prev.end, name.start);
  if (gap === ' ' && !prev.cap && ROLE_NOUNS.has(prev.lower) && !actsAsVerb(tokens, index - 1)) {
    const first = extendLeft(text, tokens, index - 1, false);
    return text.slice(must(tokens[first], 'token').start, prev.end);
  }
  if (gap === ' ' && inRun && !prev.cap && ROLE_MODIFIERS.has(prev.lower)) {
    return `${text.slice(prev.start, prev.end)} ${inRun}`; // "former Secretary of State"
  }
  if (gap === ', ' && ROLE_NOUNS.has(prev.lower) && !inRun) {
    const first = extendLeft(text, tokens, index - 1, true);
    return text.slice(must(tokens[first], 'token').start, prev.end);
  }
  if (gap === ', ' && !inRun && singular(prev.lower)) {
    // "the two envoys, Ann Lee and Raj Rao": each holds the role in the singular.
    const first = extendLeft(text, tokens, index - 1, false);
    return `${text.slice(must(tokens[first], 'token').start, prev.start)}${singular(prev.lower)}`;
  }
  if (gap === ', ' && !inRun) {
    // "The leader of Ennahda, Rachid Ghannouchi": a role noun, then "of" and the organisation; the same in
    // the language read ("El presidente del Gobierno, Ernesto Valcárcel", "o coordenador da Federação dos
    // Sindicatos dos Transportes Ferroviários, Rui Pestana": a body's full name may run to seven words).
    const of = language().of;
    for (let j = index - 2; j >= 0 && index - j < 10; j--) {
      const t = must(tokens[j], 'token');
      if (!/^ $/.test(text.slice(t.end, must(tokens[j + 1], 'token').start))) break;
      const link = must(tokens[j + 1], 'token').lower;
      // "il comandante provinciale dei vigili del fuoco": an adjective may follow the title before its "of".
      const late = language().postnominal && !tokens[j + 1]?.cap && linksTitle(tokens[j + 2]?.lower ?? '');
      if (ROLE_NOUNS.has(t.lower) && !t.cap && (/^(?:of|for|at)$/.test(link) || linksTitle(link) || late)) {
        const first = extendLeft(text, tokens, j, false);
        return text.slice(must(tokens[first], 'token').start, prev.end);
      }
      const one = !t.cap && /^(?:of|for)$/.test(must(tokens[j + 1], 'token').lower) ? singular(t.lower) : null;
      if (one) {
        // "the foreign ministers of China and Russia, Wang Yi and Sergey Lavrov": each is a foreign minister.
        const first = extendLeft(text, tokens, j, false);
        return `${text.slice(must(tokens[first], 'token').start, t.start)}${one}`;
      }
      // "il ministro per la Protezione civile, X", "dei vigili del fuoco di Prato": adjectives and nouns in
      // lower case follow the title's noun in some languages; "la coordinadora de la bancada del Frente Cívico
      // Nacional": a body's noun in lower case goes on too.
      const body = language().isBody(t.lower);
      const joins = /^(?:of|for|at|the|and|y|e|et|und)$/.test(t.lower) || of.has(t.lower);
      if (!t.cap && !language().postnominal && !body && !joins) break;
    }
  }
  // "ministr zdravotnictví Tomáš Veselý": a Czech title's genitive stands between it and the name.
  return gap === ' ' ? complementRole(text, tokens, index) : null;
}

/** True when a title in `phrase` is followed by a capitalised word: the title of someone the phrase names. */
function namesAnotherHolder(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.some((w, k) => k > 0 && ROLE_NOUNS.has(words[k - 1]?.toLowerCase() ?? '') && /^\p{Lu}\p{Ll}/u.test(w));
}

/** True for a word joining a title to what it is of in the language read: "del", "dell'Interno", Italian "per". */
function linksTitle(link: string): boolean {
  return language().of.has(link) || elidedOf(link) || (language().code === 'it' && link === 'per');
}

/** True for a word that carries its "of" elided ("dell'Interno", "dell’Economia"): the title is of what follows. */
function elidedOf(word: string): boolean {
  const m = /^(\p{L}+[\u2019'])\p{L}/u.exec(word);
  return !!m?.[1] && language().of.has(m[1]);
}

/** True when a bracketed acronym and a comma stand right before token `index`: "… Pública (SEP), Name". */
function acronymBefore(text: string, tokens: Token[], index: number): boolean {
  const acronym = tokens[index - 1];
  const before = tokens[index - 2];
  const name = tokens[index];
  if (!acronym || !before || !name || !/^\p{Lu}{2,}$/u.test(acronym.text)) return false;
  return text.slice(before.end, acronym.start) === ' (' && text.slice(acronym.end, name.start) === '), ';
}

/** The singular of a plural role noun ("ministers" -> "minister"), or null when `word` is not one. */
function singular(word: string): string | null {
  if (!word.endsWith('s') || word.length < 5) return null;
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ROLE_NOUNS.has(one) && !word.endsWith('ss') ? one : null;
}

// Roles that say how a person relates to someone else, not what they are: another role stated elsewhere is better.
const RELATIONAL =
  /\b(?:counterpart|predecessor|successor|replacement|daughter|son|wife|husband|mother|father|brother|sister|partner|friend|colleague|ally|rival|boss)s?\b/i;

/** True for a role that only relates a person to another ("his Chinese counterpart"). */
export function isRelationalRole(role: string): boolean {
  return RELATIONAL.test(role);
}

// Nouns that name a role only in apposition ("a senior fellow at ..."); before a name they are adjectives.
const APPOSITION_ROLES = new Set(['fellow', 'scholar', 'veteran', 'native', 'resident']);

// "…, la secrétaire générale de la Confédération des salariés (CDS), qui": an acronym in brackets ends it too.
const AFTER =
  /^, (?:(?:a|an|the|his|her|its|their)\s+)?([^,.;:()\u201c\u201d"\n]{3,140}?)(?=[,.;:)\n]|\s\(|$|\s+(?:who|which|said|says|told)\b)/u;

/** The apposition after a name ending at `end` when it names a role (", the Mandan police chief,"), or null. */
export function roleAfter(text: string, end: number): string | null {
  const m = AFTER.exec(text.slice(end, end + 120));
  const found = m?.[1];
  // "Organic Valley, and King Arthur Flour": a list goes on after the comma; an apposition never opens so.
  if (!m || found === undefined || /^(?:and|or|but|nor|then|plus)\b/i.test(found)) return null;
  // "Sophie Garnier, a reçu …": in French "a" after the comma is the verb's auxiliary, not an article.
  const opener = /^, (\p{L}+)/u.exec(m[0])?.[1]?.toLowerCase() ?? '';
  if (language().code !== 'en' && language().glue.has(opener)) return null;
  // "who was the party chairman in the state when ..." -> "party chairman in the state"
  const phrase = found
    .replace(/^who (?:is|was|has been|had been|serves as|served as) (?:a |an |the )?/, '')
    .replace(/\s+(?:when|while|after|before|until|since)\b.*$/, '')
    .trim();
  // "…, che ha sentito il governatore", "…, presieduta dalla giudice Luisa Martelli": a clause, or someone
  // else's title and name, not this one's role.
  if (/^(?:che|qui|que|der|die|das|který|která)\s/u.test(phrase) || namesAnotherHolder(phrase)) return null;
  const words = phrase.toLowerCase().split(/[\s\u2019']+/);
  // "Ao Diário da Manhã, o autarca lembrou que": a clause with a verb of its own, not an apposition.
  if (words.some((w, k) => ROLE_NOUNS.has(words[k - 1] ?? '') && isCueVerb(w))) return null;
  if (words.some((w) => ROLE_NOUNS.has(w) || APPOSITION_ROLES.has(w))) return phrase;
  // "an epidemiologist at the University of Leeds": an occupation-like noun tied to an organisation.
  const occupation = /^(?:[\p{L}-]+ ){0,3}[\p{L}-]+(?:ist|ian|ant|ent|er|or)s? (?:at|for|with|of) (?:the )?\p{Lu}/u;
  return /^, (?:a|an|the) /.test(m[0]) && occupation.test(phrase) ? phrase : null;
}
