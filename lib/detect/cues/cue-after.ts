/**
 * Reporting cues after a quotation, within its sentence: "," Hua said / said Wang / according to X / a dash
 * signature. Returns the referent found.
 */

import { mentionCovering } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { readsDocument } from '@/lib/detect/referents/document-reads';
import { opensOtherClause, passiveSpeaker } from '@/lib/detect/referents/passive-cues';
import { type Referent, referentAt } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { isCueVerb, STRONG_CUES } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { clauseStart } from './clause-subject';
import type { Ctx } from './cue-context';
import { closesAttribution } from './cue-forms';
import { scan, scanPreferPerson, tokenAt } from './cue-scan';
import { describedSpeaker } from './described-speaker';
import { invertedAt } from './inverted-subject';
import { reportsChannel } from './report-channels';
import { sourceWords } from './source-forms';
import { ownSource, relayed } from './subject-forms';

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
  if (v < 0) return lang.code === 'en' ? undefined : nameClosing(c, q, a, b, limit);
  const passive = passiveSpeaker(c.tokens, v);
  if (passive) return passive;
  const found = cueAtVerb(c, q, { a, b }, v);
  // "«…», sostuvo la regidora": a description the cue could not resolve stands for the person just named.
  return found?.entity != null ? found : (describedSpeaker(c, q.open, { a, b }, v) ?? found);
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

/** The source after an "according to" word at token k; an unnamed one ("selon le ministère") is nobody we name. */
function sourceAfter(c: Ctx, k: number, b: number): Referent {
  const t = must(c.tokens[k], 'token');
  return sourceWords(c, k, b) ?? scan(c, k + 1, Math.min(b, k + 9), 1) ?? { entity: null, start: t.start, end: t.end };
}
