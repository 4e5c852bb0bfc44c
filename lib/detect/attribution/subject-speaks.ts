/**
 * Whether the name a quote's sentence opens on can be the one whose words the quote holds, when no reporting
 * verb ties them. A name is no speaker when it is not the subject of the clause the quote is in: the object of
 * a preposition ("a filing with the Securities and Exchange Commission"), a genitive or possessive hanging off
 * another noun ("die Forderungen der Kammer", "the Minister's namesake"), inside a subordinate clause closed
 * before the quote ("who asked not to be named because BES staff …, said"), an employer named before a
 * title and a person ("Pemberton Capital analyst Raj Malhotra"), or a dateline. Nor is it when
 * the quote is another clause's (", which had recommended that “…”"), or when the quote is the predicate
 * of the name itself ("o Governo «continua a tratar …»": words about the government, not by it).
 */

import type { Ctx } from '@/lib/detect/cues/cue-context';
import { tokenAt } from '@/lib/detect/cues/cue-scan';
import { CLAUSE_WORDS } from '@/lib/detect/lexicons/clause-words';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Span } from '@/lib/detect/types';

const words = (s: string | undefined) => new Set((s ?? '').split(' ').filter(Boolean));

interface ClauseSets {
  prepositions: Set<string>;
  subordinators: Set<string>;
  relatives: Set<string>;
  commaRelatives: Set<string>;
  auxiliaries: Set<string>;
}

const SETS = new Map<string, ClauseSets>();

function clauseSets(code: string): ClauseSets | undefined {
  const known = SETS.get(code);
  if (known) return known;
  const w = CLAUSE_WORDS[code];
  if (!w) return undefined;
  const sets = {
    prepositions: words(w.prepositions),
    subordinators: words(`${w.subordinators} ${w.relatives}`),
    relatives: words(w.relatives),
    commaRelatives: words(w.commaRelatives),
    auxiliaries: words(w.auxiliaries),
  };
  SETS.set(code, sets);
  return sets;
}

// Elided prepositions written onto the name ("dell’Ausl", "d’Orsay").
const ELIDED_PREPOSITION = /^(?:d|dell|all|nell|dall|sull|dall|coll)['\u2019]$/i;
const ARTICLES_EN = new Set(['the', 'a', 'an']);

/** True unless the grammar of the sentence rules out mention `m` as the speaker of the quote opening at `open`. */
export function subjectSpeaks(c: Ctx, m: Span, open: number): boolean {
  const sets = clauseSets(language().code);
  if (!sets) return true;
  const k = tokenAt(c.tokens, m.start);
  let e = k;
  while (e + 1 < c.tokens.length && (c.tokens[e + 1]?.start ?? m.end) < m.end) e++;
  // "le rapport du Conseil d'orientation des retraites (COR), qui prévoit « … »": the name is the subject
  // of the relative clause that holds the quote, whatever governs it.
  if (ownRelative(c, sets, m.end, open)) return true;
  return !(
    governed(c, sets, k, m) ||
    c.tokens[e]?.possessive ||
    inClosedSubordinate(c, sets, k, m.end, open) ||
    inOtherRelative(c, sets, m.end, open) ||
    predicateQuote(c, sets, m.end, open) ||
    dateline(c.text, m) ||
    employerOf(c, e, open)
  );
}

/**
 * "Pemberton Capital analyst Raj Malhotra, who …, wrote": a body named right before a title and a person's
 * name says whom the person works for; the person is the subject.
 */
function employerOf(c: Ctx, e: number, open: number): boolean {
  let i = e + 1;
  for (; i <= e + 3; i++) {
    const t = c.tokens[i];
    const prev = c.tokens[i - 1];
    if (!t || !prev || t.start >= open || c.quoted[i] || !/^\s+$/.test(c.text.slice(prev.end, t.start))) return false;
    if (t.cap) break;
    if (!ROLE_NOUNS.has(t.lower) && !language().isRole(t.lower)) return false;
  }
  const name = c.tokens[i];
  return (
    i > e + 1 && !!name && name.start < open && c.idx.mentions.some((x) => x.start <= name.start && name.start < x.end)
  );
}

/** The name is the object of a preposition or a genitive: walked back over its articles and titles. */
function governed(c: Ctx, sets: ClauseSets, k: number, m: Span): boolean {
  const first = c.tokens[k];
  if (first && first.start < m.start && ELIDED_PREPOSITION.test(c.text.slice(first.start, m.start))) return true;
  const lang = language();
  // "Selon la direction de la SNCF, le trafic …": the phrase a source word opens names the source, and a
  // body the source is part of speaks through it ("a filing with the SEC" is no part of the SEC).
  const opener = c.tokens[tokenAt(c.tokens, sentenceStart(c.text, m.start))];
  const source =
    !!opener &&
    (lang.according.has(opener.lower) || lang.opinion.has(opener.lower) || opener.lower === 'according') &&
    !/[,;:]/.test(c.text.slice(opener.end, m.start));
  let i = k - 1;
  for (let steps = 0; i >= 0 && steps < 4; steps++, i--) {
    const t = c.tokens[i];
    const next = c.tokens[i + 1];
    if (!t || !next || c.quoted[i] || !/^\s+$/.test(c.text.slice(t.end, next.start))) return false;
    if (sets.prepositions.has(t.lower)) return !(source && (lang.of.has(t.lower) || t.lower === 'of'));
    // German genitive: "die Forderungen der Kammer", a noun then "der" or "des" then the name.
    if (lang.code === 'de' && (t.lower === 'der' || t.lower === 'des')) {
      const noun = c.tokens[i - 1];
      return !!noun && noun.cap && /^\s+$/.test(c.text.slice(noun.end, t.start)) && !c.quoted[i - 1];
    }
    const article = lang.articles.has(t.lower) || ARTICLES_EN.has(t.lower);
    const title = !t.cap && (ROLE_NOUNS.has(t.lower) || lang.isRole(t.lower));
    if (!article && !title) return false;
  }
  return false;
}

/** Index of the first token at or after `pos`. */
const tokenFrom = (c: Ctx, pos: number) => tokenAt(c.tokens, pos);

/**
 * The name stands in a subordinate or relative clause ("because BES staff are not permitted …") that a comma
 * closes before the quote: the main clause's subject is someone else.
 */
function inClosedSubordinate(c: Ctx, sets: ClauseSets, k: number, end: number, open: number): boolean {
  let opened = false;
  for (let i = k - 1; i >= 0; i--) {
    const t = c.tokens[i];
    const next = c.tokens[i + 1];
    if (!t || !next || c.quoted[i]) break;
    if (sets.subordinators.has(t.lower)) opened = true;
    if (/[,;:()\u2013\u2014.!?]/.test(c.text.slice(t.end, next.start))) {
      const rest = c.text.slice(next.end, next.end + 40);
      if (i + 1 < k && !sets.relatives.has(next.lower) && isRelative(sets, next.text, rest)) opened = true;
      break;
    }
  }
  return opened && /[,;\u2013\u2014]/.test(unquoted(c, end, open));
}

/**
 * A relative clause that does not follow the name holds the quote (", which had classified the block as
 * “over-exploited”"): the quote is its antecedent's, not the name's.
 */
function inOtherRelative(c: Ctx, sets: ClauseSets, end: number, open: number): boolean {
  for (let i = tokenFrom(c, end); i < c.tokens.length; i++) {
    const t = c.tokens[i];
    const prev = c.tokens[i - 1];
    if (!t || !prev || t.start >= open) return false;
    if (c.quoted[i]) continue;
    const comma = /,\s*$/.test(c.text.slice(prev.end, t.start));
    if (!comma || !isRelative(sets, t.text, c.text.slice(t.end, t.end + 40))) continue;
    // ", which …" right after the name (or its bracketed acronym) is about the name.
    const between = c.text.slice(end, prev.end + 1).replace(/\([^)]*\)/g, '');
    if (!/\p{L}/u.test(between)) return false;
    return !/[,;:]/.test(unquoted(c, t.end, open));
  }
  return false;
}

/** A relative pronoun right after the name (or its bracketed acronym) opens a clause holding the quote. */
function ownRelative(c: Ctx, sets: ClauseSets, end: number, open: number): boolean {
  const after = c.text.slice(end, open).replace(/^\s*\([^)]*\)/, '');
  const w = /^\s*,\s*(\p{L}+)/u.exec(after)?.[1];
  if (!w || !isRelative(sets, w, after.slice(after.indexOf(w) + w.length))) return false;
  return !/[,;:\u2013\u2014]/.test(unquoted(c, end + c.text.slice(end, open).indexOf(w) + w.length, open));
}

/**
 * True when word `w` after a comma opens a relative clause; German "die" does so only when no noun follows
 * (", die Opposition spricht" is an article).
 */
function isRelative(sets: ClauseSets, w: string, rest: string): boolean {
  const lower = w.toLowerCase();
  if (sets.relatives.has(lower)) return true;
  if (!sets.commaRelatives.has(lower)) return false;
  return !(language().capitalisesNouns && /^\s+\p{Lu}/u.test(rest));
}

/** Nothing but auxiliaries between the name and the quote: the quote is the name's predicate, said of it. */
function predicateQuote(c: Ctx, sets: ClauseSets, end: number, open: number): boolean {
  const between = c.text.slice(end, open).replace(/\([^)]*\)/g, ' ');
  if (/[,;:\u2013\u2014\n]/.test(between)) return false;
  const ws = between
    .toLowerCase()
    .split(/[^\p{L}\p{N}'\u2019]+/u)
    .filter(Boolean);
  const glue = language().glue;
  return ws.length <= 2 && ws.every((w) => sets.auxiliaries.has(w) || glue.has(w));
}

/** A dateline opening the paragraph ("LUGO (Ravenna) –", "(ANSA) - BRESCIA, 23 NOV -") names a place or an agency. */
function dateline(text: string, m: Span): boolean {
  const para = text.lastIndexOf('\n', m.start) + 1;
  if (/\p{Ll}/u.test(text.slice(para, m.start))) return false;
  const after = text.slice(m.end, m.end + 60);
  return /^\)?\s*(?:\([^)]*\)|\p{Ll}+)?[\p{Lu}\p{N}\s,./'\u2019()]*?\s[-\u2013\u2014|]\s/u.test(after);
}

/** The text in [from, to) with quoted stretches taken out. */
function unquoted(c: Ctx, from: number, to: number): string {
  let out = '';
  for (let i = tokenFrom(c, from); i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (!t || t.start >= to) break;
    const next = c.tokens[i + 1];
    const gap = c.text.slice(t.end, Math.min(to, next ? next.start : to));
    if (!c.quoted[i]) out += `${t.text}${gap}`;
  }
  return out;
}
