/**
 * Reporting cues around a quotation: after it ("," Hua said / said Wang), before it (Wang said: / according
 * to X), the subject of the cue verb or of the clause holding the quote. Each returns the referent found.
 */

import { BODY_NOUNS } from './anonymous';
import { bareLeadIn } from './bare-lead-in';
import type { Ctx } from './cue-context';
import { BETWEEN_SUBJECT_AND_VERB, closesAttribution, relativeReport, titledAfterBody } from './cue-forms';
import { demonstrativeSubject } from './demonstratives';
import { readsDocument } from './document-reads';
import { opensOnConnective } from './dropped-lead-in';
import { droppedSubject } from './dropped-subject';
import { titleAfterVerb } from './inverted-title';
import { language } from './language';
import { lateSubject } from './late-subject';
import { isTitleOf, leadInSubject } from './lead-in';
import { isCueVerb, ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, STRONG_CUES } from './lexicon';
import { pastMedium } from './medium-phrases';
import { must } from './must';
import { isOblique } from './name-forms';
import { sharedParticiple } from './participle-cues';
import { opensOtherClause, passiveSpeaker } from './passive-cues';
import { mentionCovering } from './people-index';
import type { RawQuote } from './quotes';
import { type Referent, referentAt } from './referents';
import { reportsChannel } from './report-channels';
import { opinionSource, sourceWords } from './source-forms';
import { commonSubject, invertedBefore, ownSource, pastAddressee, relayed, told, toldDirectly } from './subject-forms';
import { subjectPastTitles } from './title-complements';
import type { Token } from './tokens';
import { isOutletDative } from './told-outlet-cs';
import { isCueAt } from './verb-or-noun';
import { circumstanceOnly } from './verb-tail';

export type { Ctx } from './cue-context';

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]; // mid < hi <= tokens.length
    if (t && t.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First referent scanning tokens [from, to) in the given direction, skipping quoted words. */
export function scan(c: Ctx, from: number, to: number, step: 1 | -1): Referent | undefined {
  for (let i = step === 1 ? from : to - 1; step === 1 ? i < to : i >= from; i += step) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return undefined;
}

/** A cue after the quote, within the same sentence: "," Hua said / said Wang / he added. */
export function cueAfter(c: Ctx, q: RawQuote, limit: number): Referent | undefined {
  const after = q.close >= 0 ? q.close + 1 : q.end;
  const a = tokenAt(c.tokens, after);
  let b = a;
  while (b < c.tokens.length && must(c.tokens[b], 'token').start < limit && !c.quoted[b]) b++;
  // A dash line names the speaker of a pull quote or block quotation ("— Ann Cole, in a letter").
  // An embedded post signs after its picture link: "… pic.twitter.com/x — West Ham United (@WestHam)".
  const signed = /^\s*(?:(?:pic\.twitter\.com|https?:)\S*\s*)?[\u2014\u2013\u2015-]\s*\S/.exec(
    c.text.slice(after, after + 60),
  );
  if (signed) {
    const d = tokenAt(c.tokens, after + signed[0].length - 1);
    return scan(c, d, Math.min(c.tokens.length, d + 6), 1);
  }
  const first = c.tokens[a];
  if (!first || a === b) return undefined;
  if (first.lower === 'according' && c.tokens[a + 1]?.lower === 'to') return scan(c, a + 2, Math.min(b, a + 10), 1);
  const lang = language();
  // "..., selon le ministère" / "..., so Müller" / "..., podle trenéra".
  if (lang.according.has(first.lower) || lang.after.has(first.lower)) return sourceAfter(c, a, b);
  const e = tokenAt(c.tokens, limit);
  const source = laterSourceAt(c, a, e);
  if (source >= 0) return sourceAfter(c, source, e);
  // "...," and Raj Mehta blamed ...: a new clause begins, which is not this quote's attribution.
  if (opensOtherClause(first.lower)) return undefined;
  if (/[.]$/.test(c.text.slice(q.start, q.end)) && first.cap && !isCueVerb(first.lower)) {
    // After a full stop only a bare attribution belongs to the quote ("... here." Hale said.); "Poe called
    // them ..." starts a sentence of its own.
    const r = referentAt(c.idx, c.d, c.tokens, a);
    const verb = c.tokens[a + 1];
    if (!r || !verb || !STRONG_CUES.has(verb.lower) || b - a > 6) return undefined;
  }
  const commaBounded = laterCommaCue(c, a, b);
  if (commaBounded) return commaBounded;
  const v = firstCueVerb(c, a, b);
  // "...?" Holloway was asked: the passive's subject was spoken to; nobody named here spoke.
  if (v >= 0) return passiveSpeaker(c.tokens, v) ?? cueAtVerb(c, q, { a, b }, v);
  return lang.code === 'en' ? undefined : nameClosing(c, q, a, b, limit);
}

/** Index of a source form set off by a comma later in the sentence ("..., selon le ministère"), or -1. */
function laterSourceAt(c: Ctx, a: number, e: number): number {
  const lang = language();
  for (let k = a + 1; k < e; k++) {
    // "..., selon le ministère": a source form set off by a comma later in the sentence, past other quotes.
    const gap = c.text.slice(must(c.tokens[k - 1], 'token').end, must(c.tokens[k], 'token').start);
    // "..., según sus cálculos, ...": the subject's own reckoning, not another source.
    // "..., habría dicho Garrido, según relataron dos de los presentes": who relayed a quote already cued.
    const own =
      ownSource(c.tokens[k + 1]?.lower ?? '') ||
      reportsChannel(c.tokens[k + 1]?.lower ?? '') ||
      relayed(c.tokens, a, k);
    if (!c.quoted[k] && lang.according.has(must(c.tokens[k], 'token').lower) && /,/.test(gap) && !own) return k;
  }
  return -1;
}

/** A comma-bounded attribution past the quote's first words: "... beyond what it expects, the Fed said, ...". */
function laterCommaCue(c: Ctx, a: number, b: number): Referent | undefined {
  for (let v = a + 14; v < b; v++) {
    if (!isCueVerb(must(c.tokens[v], 'token').lower)) continue;
    const next = c.tokens[v + 1];
    if (
      next &&
      next.start < c.text.length &&
      !/^[,.;]/.test(c.text.slice(must(c.tokens[v], 'token').end, next.start).trim() || '.')
    )
      continue;
    let k = v - 1;
    while (k > v - 6 && !/,/.test(c.text.slice(must(c.tokens[k - 1], 'token').end, must(c.tokens[k], 'token').start)))
      k--;
    if (k > v - 6) {
      const r = scan(c, k, v, 1);
      if (r) return r;
    }
  }
  return undefined;
}

/** The first cue verb (or attribution closer) among the words right after the quote, or -1. */
function firstCueVerb(c: Ctx, a: number, b: number): number {
  for (let v = a; v < Math.min(b, a + 14); v++)
    if (isCueVerb(c.tokens[v]?.lower ?? '') || readsDocument(c.tokens, v) || (v > a && closesAttribution(c, v)))
      return v;
  return -1;
}

/** The speaker of the cue verb at `v` after the quote: inverted, titled, in apposition, or dropped. */
function cueAtVerb(c: Ctx, q: RawQuote, span: { a: number; b: number }, v: number): Referent | undefined {
  const { a } = span;
  const lang = language();
  // "... in the city, and residents agreed": a verb past a new clause reports someone else.
  if (v > a && clauseStart(c, a, v) > a) return undefined;
  // An auxiliary or a reflexive before the verb still leaves it inverted: "a déclaré X", "hat X gesagt".
  if (v > a) {
    const r = scanPreferPerson(c, a, v);
    if (r || !c.tokens.slice(a, v).every((t) => lang.glue.has(t.lower))) return r;
  }
  // Inversion: the speaker follows the verb at once ("said Wang", "said the embassy").
  // "heißt es", "dit-on": an impersonal subject names nobody.
  if (lang.impersonal.has(c.tokens[v + 1]?.lower ?? ''))
    return { entity: null, start: must(c.tokens[v], 'token').start, end: must(c.tokens[v + 1], 'token').end };
  return invertedAt(c, q, span, v);
}

/** The subject after the cue verb (or the medium phrase ending) at `v`: named, titled, in apposition or dropped. */
function invertedAt(c: Ctx, q: RawQuote, span: { a: number; b: number }, v: number): Referent | undefined {
  const { b } = span;
  const lang = language();
  const medium = pastMedium(c, v);
  if (medium > v + 1 && medium < b) return invertedAt(c, q, span, medium - 1);
  const shown = v + 2 < b ? demonstrativeSubject(c, v + 1, q.open) : undefined;
  if (shown) return shown;
  let r = scan(c, v + 1, Math.min(b, v + 4), 1);
  let reach = v + 3;
  // "afirmou à Lusa o dirigente": whom the speaker told may stand between the verb and its subject.
  const next = !r || told(c, r) ? pastAddressee(c, v + 1) : -1;
  const after = next > 0 ? scan(c, next, Math.min(b, next + 3), 1) : undefined;
  if (after?.entity != null) [r, reach] = [after, next + 2];
  // "reconnaissait l'entraîneur de Vannes Atlantique": what the title is of does not speak; its holder does.
  if (r && isTitleOf(c, v + 1, r)) return { entity: null, start: must(c.tokens[v + 1], 'token').start, end: r.end };
  if (r && tokenAt(c.tokens, r.start) <= reach && !isOblique(c.text.slice(r.start, r.end)) && !told(c, r))
    return titleThenName(c, v, b, r) ?? titledAfterBody(c, r, b) ?? r;
  // "said Security Council President Ana Reyes": a long title before the name.
  for (let i = v + 1; i < Math.min(b, v + 10) && !c.quoted[i]; i++) {
    const t = must(c.tokens[i], 'token');
    const named = mentionCovering(c.idx, t.start, t.end);
    const person = named && c.idx.entities[named.entity]?.kind === 'person';
    if (named && person && named.start === t.start && !isOblique(c.text.slice(named.start, named.end)))
      return { entity: named.entity, start: named.start, end: named.end };
    const gap = c.text.slice(must(c.tokens[i - 1], 'token').end, t.start);
    const titleWord = t.cap || t.lower === 'of' || t.lower === 'the' || ROLE_MODIFIERS.has(t.lower);
    if (gap !== ' ' || !(titleWord || ROLE_NOUNS.has(t.lower))) break;
  }
  const inApposition = apposed(c, v, b);
  if (inApposition) return inApposition;
  // Freer word orders put an object or a place first: "píše na Twitteru Gary Lineker", "dijo ayer en Madrid X".
  // Czech news sets a place and a channel before the subject: "uvedla na sociální síti X předsedkyně … Lucie Vrbová".
  const named = lang.code === 'en' ? undefined : namedAfter(c, v + 1, Math.min(b, v + (lang.inflected ? 12 : 8)));
  if (named) return named;
  const late = lateSubject(c, q, v, b);
  if (late) return late;
  // "explicó en rueda de prensa": only when and where it was said follows; the subject is dropped.
  const dropped = v + 1 >= b || circumstanceOnly(c.text, c.tokens, v + 1, b);
  // "teilte das Ministerium mit": a subject we cannot name is still this quote's, not someone named earlier.
  // "…,“ řekla novinářům.": whom the speaker told, with nobody after it, leaves the subject dropped too.
  const bare = c.tokens.slice(v + 1, b).every((t) => lang.glue.has(t.lower) || isOutletDative(t));
  const then = must(c.tokens[v + 1 < b ? v + 1 : v], 'token');
  if (lang.code !== 'en' && !dropped && !bare && !lang.glue.has(then.lower) && !isOutletDative(then))
    return { entity: null, start: must(c.tokens[v], 'token').start, end: must(c.tokens[v + 1], 'token').end };
  // "..., añadió." with the subject dropped: the speaker just quoted goes on, or whom the text is about.
  const verb = c.tokens[v];
  if ((dropped || bare) && lang.code !== 'en' && verb) return droppedSubject(c, q.open, verb);
  return undefined;
}

/**
 * `"...," kroutí hlavou Lineker.`: a quote that ends on a comma, then a short clause ending the sentence on
 * a name. Whatever the verb (a gesture, an idiom), news in languages with free word order attributes so.
 */
function nameClosing(c: Ctx, q: RawQuote, a: number, b: number, limit: number): Referent | undefined {
  const close = q.close >= 0 ? q.close : q.end;
  const comma = /,\s*$/.test(c.text.slice(q.start, close)) || /^.?\s*,/.test(c.text.slice(close, close + 4));
  if (!comma || b - a > 6) return undefined;
  const last = must(c.tokens[b - 1], 'token');
  if (!/^[\s.!?]*$/.test(c.text.slice(last.end, limit))) return undefined;
  const m = mentionCovering(c.idx, last.start, last.end);
  return m && must(c.idx.entities[m.entity], 'entity').kind === 'person'
    ? { entity: m.entity, start: m.start, end: m.end }
    : undefined;
}

/** "afirmó el consejero de Medio Ambiente, Javier Ortega": what the title names is not the speaker. */
function titleThenName(c: Ctx, v: number, b: number, r: Referent): Referent | undefined {
  const first = tokenAt(c.tokens, r.start);
  // "précise son directeur, Olivier Lambotte": the title itself may be what was resolved first.
  if (!c.tokens.slice(v + 1, first + 1).some((t) => ROLE_NOUNS.has(t.lower))) return undefined;
  const named = apposed(c, v, b);
  // "précise son directeur adjoint, Paul Hamelin": a few words may still qualify the title before the comma.
  return named && /^(?:\s+\p{Ll}[\p{L}-]*){0,3}\s*,\s*$/u.test(c.text.slice(r.end, named.start)) ? named : undefined;
}

/** "said one of the organisers, Ann Cole": a name in apposition closes the phrase after the verb at v. */
function apposed(c: Ctx, v: number, b: number): Referent | undefined {
  for (let i = v + 2; i < Math.min(b, v + 12); i++) {
    if (!/^\s*,\s*$/.test(c.text.slice(must(c.tokens[i - 1], 'token').end, must(c.tokens[i], 'token').start))) continue;
    const named = c.idx.mentions.find((m) => m.start === must(c.tokens[i], 'token').start);
    if (named) return { entity: named.entity, start: named.start, end: named.end };
  }
  return undefined;
}

/** The source after an "according to" word at token k; an unnamed one ("selon le ministère") is nobody we name. */
function sourceAfter(c: Ctx, k: number, b: number): Referent {
  const t = must(c.tokens[k], 'token');
  return sourceWords(c, k, b) ?? scan(c, k + 1, Math.min(b, k + 9), 1) ?? { entity: null, start: t.start, end: t.end };
}

/** The first named mention in tokens [from, to): the subject placed late in an inverted cue. */
function namedAfter(c: Ctx, from: number, to: number): Referent | undefined {
  const of = language().of;
  for (let i = from; i < to && !c.quoted[i]; i++) {
    const m = mentionCovering(c.idx, must(c.tokens[i], 'token').start, must(c.tokens[i], 'token').end);
    // "afirmó el consejero de Medio Ambiente": what a title is of does not speak; its unnamed holder does.
    const titled = c.tokens.slice(from, i).some((t) => ROLE_NOUNS.has(t.lower));
    if (m && titled && of.has(c.tokens[i - 1]?.lower ?? ''))
      return { entity: null, start: c.tokens[from]?.start ?? m.start, end: m.end };
    // "řekl Kubátovi blízký zdroj": a name in the dative is not who spoke, nor is whom the speaker told.
    if (m && !isOblique(c.text.slice(m.start, m.end)) && !told(c, m))
      return { entity: m.entity, start: m.start, end: m.end };
  }
  return undefined;
}

/** The first person named in tokens [from, to), else the first referent ("Foreign Ministry spokesperson Hua"). */
export function scanPreferPerson(c: Ctx, from: number, to: number): Referent | undefined {
  let first: Referent | undefined;
  for (let i = from; i < to; i++) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    first ??= r;
    if (r.entity === null || must(c.idx.entities[r.entity], 'entity').kind === 'person') return r;
  }
  return first;
}

/** The subject of the cue verb at token v: the referent right before it, else the first one of its clause. */
export function subjectOf(c: Ctx, from: number, v: number): Referent | undefined {
  let i = v - 1;
  const glue = language().glue;
  while (
    i >= from &&
    (BETWEEN_SUBJECT_AND_VERB.test(must(c.tokens[i], 'token').lower) || glue.has(must(c.tokens[i], 'token').lower)) &&
    v - i < 4
  )
    i--;
  const gap = i >= from ? c.text.slice(must(c.tokens[i], 'token').end, must(c.tokens[i + 1], 'token').start) : '';
  if (i >= from && !c.quoted[i] && /^\s*,?\s*$/.test(gap)) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    // "Ms. Rivera, 34, a nurse, said": an apposition ends there; the subject stands before it. So does
    // "Professor Jane Holt of Leeds University, said": the organisation only says where she works.
    const owner = r && gap.includes(',') && r.entity !== null ? c.tokens[tokenAt(c.tokens, r.start) - 1] : undefined;
    const employer =
      !!owner &&
      !!r &&
      r.entity !== null &&
      must(c.idx.entities[r.entity], 'entity').kind === 'organisation' &&
      (/^(?:of|at|from|for)$/.test(owner.lower) || language().of.has(owner.lower));
    if (r && !(r.entity === null && gap.includes(',')) && !employer) return unnamedHead(c, from, v, r) ?? r;
  }
  const cs = clauseStart(c, from, v);
  const det = c.tokens[cs];
  const noun = c.tokens[cs + 1];
  if (det?.lower === 'the' && noun && cs + 1 < v && ROLE_NOUNS.has(noun.lower) && !c.quoted[cs + 1]) {
    // "The minister, speaking on the radio, said": an unnamed subject, not whoever the aside names.
    const gapAfter = c.text.slice(noun.end, c.tokens[cs + 2]?.start ?? noun.end);
    if (/^,/.test(gapAfter) && !referentAt(c.idx, c.d, c.tokens, cs + 1))
      return { entity: null, start: det.start, end: noun.end };
  }
  return subjectPastTitles(c, cs, v) ?? scan(c, from, v, -1);
}

/**
 * "A spokesperson for the team of minister Ruth Adeyemi said": the name before the verb sits in a phrase
 * hanging off an unnamed subject, which is who spoke.
 */
function unnamedHead(c: Ctx, from: number, v: number, r: Referent): Referent | undefined {
  if (r.entity === null) return undefined;
  const lead = scan(c, clauseStart(c, from, v), tokenAt(c.tokens, r.start), 1);
  if (!lead || /[,;]/.test(c.text.slice(lead.end, r.start))) return undefined;
  const hanging = c.text.slice(lead.end, r.start);
  // "Fuentes del Ministerio de Vivienda han explicado", "El presidente del Gobierno pide": the body the
  // subject is of does not speak; the sources (nobody named) or the title's holder do.
  if (language().of.has(/^\s+(\p{L}+)\s/u.exec(hanging)?.[1]?.toLowerCase() ?? '')) return lead;
  if (lead.entity !== null) return undefined;
  // "A spokesman for Mr. Dorsey" speaks for Dorsey; "a spokesperson for the team of ..." for the team.
  // "The head of the World Health Organization said": the head spoke, whom the text does not name here.
  if (/^\s+of\s+(?:the\s+)?$/.test(hanging)) return lead;
  return /^\s+(?:at|with|to)\s/.test(hanging) || (/^\s+(?:for|of|from)\s/.test(hanging) && bodyBetween(hanging))
    ? lead
    : undefined;
}

/** True when the words before a name hold a body it belongs to ("the transition team of"). */
function bodyBetween(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => BODY_NOUNS.has(w) || ORG_NOUNS.has(w));
}

/** First token of the clause holding token v: after the last "; " or ", and/but" before it. */
export function clauseStart(c: Ctx, from: number, v: number): number {
  for (let i = v - 1; i > from; i--) {
    const gap = c.text.slice(must(c.tokens[i - 1], 'token').end, must(c.tokens[i], 'token').start);
    if (/;/.test(gap)) return i;
    if (/,/.test(gap) && /^(?:and|but|while|whereas|yet)$/.test(must(c.tokens[i], 'token').lower)) return i + 1;
  }
  return from;
}

/** A cue before the quote in its sentence: X said (that) / X told reporters: / according to X. */
export function cueBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const a = tokenAt(c.tokens, from);
  const b = tokenAt(c.tokens, open);
  const according = language().according;
  for (let i = a; i + 1 < b; i++) {
    if (c.quoted[i]) continue;
    const two = must(c.tokens[i], 'token').lower === 'according' && must(c.tokens[i + 1], 'token').lower === 'to';
    if (two || according.has(must(c.tokens[i], 'token').lower)) {
      const r = (two ? undefined : sourceWords(c, i, b)) ?? scan(c, i + (two ? 2 : 1), Math.min(b, i + 10), 1);
      if (r) return r;
    }
  }
  // The clause holding the quote speaks first: "X said ..., and one official blamed "Y"" is not X's.
  const cs = clauseStart(c, a, b);
  let clauseHasCue = false;
  for (let v = b - 1; v >= cs && !clauseHasCue; v--) clauseHasCue = !c.quoted[v] && isCueAt(c.tokens, v);
  if (cs > a && !clauseHasCue) {
    const r = scan(c, cs, b, 1);
    if (r) return r;
  }
  for (let v = b - 1; v >= a; v--) {
    if (c.quoted[v]) continue;
    // "Adair was told “…”": the passive's subject heard the words; nobody named here said them.
    const passive = passiveSpeaker(c.tokens, v);
    if (passive) return passive;
    if (!isCueAt(c.tokens, v)) continue;
    const found =
      titleAfterVerb(c, v, b) ??
      bareLeadIn(c, a, v, b, open) ??
      sharedParticiple(c, a, v) ??
      relativeReport(c, v, b) ??
      subjectOf(c, a, v) ??
      commonSubject(c, a, v) ??
      invertedBefore(c, v, b);
    // "E spiega: «…»": a subjectless lead-in goes on with whom the text was just about.
    return found ?? (opensOnConnective(c, a, v) ? droppedSubject(c, open, must(c.tokens[v], 'token')) : undefined);
  }
  const view = opinionSource(c, a, b);
  if (view) return view;
  if (/:\s*$/.test(c.text.slice(from, open))) {
    const r = leadInSubject(c, a, b);
    if (r) return r;
    // A colon lead-in that names nobody ("a search returned the message:") quotes the paragraph's topic.
    const para = c.text.lastIndexOf('\n', from) + 1;
    return scan(c, Math.max(tokenAt(c.tokens, para), a - 80), a, -1);
  }
  return undefined;
}

/** The subject of the sentence the quote sits in: its first referent before the quote. */
export function subjectBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const b = tokenAt(c.tokens, open);
  const r = scan(c, clauseStart(c, tokenAt(c.tokens, from), b), b, 1);
  // "The Spaniard … told BBC Radio 5 Live:": the first name is whom the unnamed subject told.
  return r && toldDirectly(c, r) ? undefined : r;
}
