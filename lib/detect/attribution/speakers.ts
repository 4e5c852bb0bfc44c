/**
 * Attributes each quotation to a speaker from reporting cues around it: after the quote ("...," Hua
 * said / said Wang), before it (Wang said: / According to X,), the subject of the sentence a partial
 * quote is woven into, the sentence before ("..., it said." then a bare quote), and otherwise the
 * previous quote's speaker when the quote continues a run of them. Unsure means null.
 */

import { genderFromArticles } from '@/lib/detect/cues/article-gender';
import { bareCueBetween } from '@/lib/detect/cues/bare-cue-between';
import { unnamedBodySubject } from '@/lib/detect/cues/body-subject';
import { subjectBefore } from '@/lib/detect/cues/clause-subject';
import { closingCue } from '@/lib/detect/cues/closing-cue';
import { closingReport } from '@/lib/detect/cues/closing-report';
import { commaInsertBefore } from '@/lib/detect/cues/comma-inserts';
import { cueAfter } from '@/lib/detect/cues/cue-after';
import { cueBefore } from '@/lib/detect/cues/cue-before';
import type { Ctx } from '@/lib/detect/cues/cue-context';
import { scan, tokenAt } from '@/lib/detect/cues/cue-scan';
import { impersonalOn } from '@/lib/detect/cues/impersonal-on';
import { unnamedSpeakerBefore } from '@/lib/detect/cues/indefinite-subject';
import { insertCue } from '@/lib/detect/cues/inserts';
import { leadSentence } from '@/lib/detect/cues/lead-sentence';
import { paragraphHolder } from '@/lib/detect/cues/paragraph-holder';
import { participleSubject } from '@/lib/detect/cues/participle-clause';
import { reportedSpeaker } from '@/lib/detect/cues/reported-speech';
import { speechActSubject } from '@/lib/detect/cues/speech-acts';
import { statementSource } from '@/lib/detect/cues/statement-source';
import { trailingSource } from '@/lib/detect/cues/trailing-source';
import { genderFromGivenNames } from '@/lib/detect/people/given-names';
import { genderFromGermanNames } from '@/lib/detect/people/given-names-de';
import { impersonalBody } from '@/lib/detect/people/impersonal-bodies';
import type { PeopleIndex } from '@/lib/detect/people/people';
import { crossesHeading, headingQuote } from '@/lib/detect/quotes/headings';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { inferGenders, inferOrganisations, previousSentence } from '@/lib/detect/referents/salience';
import { genderFromTitles } from '@/lib/detect/referents/title-gender';
import { indefiniteSubject } from '@/lib/detect/referents/unnamed-forms';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceEnd, sentenceStart } from '@/lib/detect/text/sentences';
import { type Token, tokenize } from '@/lib/detect/text/tokens';
import type { Attribution } from './attribution';
import { echoSpeakers } from './echoes';
import { bareSubject, quotedTokens } from './evidence';
import { closesQuote, takesTurn } from './exchanges';
import { nearerSubject } from './nearer-subject';
import { settlePullQuotes } from './pull-quotes';
import { subjectSpeaks } from './subject-speaks';

export type { Attribution };

/** Attributes every quote; `raw` lists outer quotes before the quotes nested in them. */
export function attributeSpeakers(
  text: string,
  raw: RawQuote[],
  idx: PeopleIndex,
  tokens: Token[] = tokenize(text),
): Attribution[] {
  const quoted = quotedTokens(raw, tokens);
  const unquoted = new Array<boolean>(tokens.length).fill(false);
  const scene = { text, tokens, quoted, memo: new Map<string, number | null>() };
  genderFromGermanNames(idx);
  genderFromArticles(scene, idx);
  genderFromTitles(scene, idx);
  inferGenders(scene, idx);
  inferOrganisations(scene, idx);
  genderFromGivenNames(idx);
  const c: Ctx = { text, tokens, idx, d: { lastSpeaker: null, lastSpeakerAt: -1e9, scene }, quoted };
  const out: Attribution[] = [];
  let prev: { q: RawQuote; a: Attribution } | null = null;
  for (const q of raw) {
    if (q.parent >= 0) {
      out.push(attributeNested(c, raw, out, q, unquoted));
      continue;
    }
    if (q.incise !== undefined) {
      // The words after an incise are the incise subject's, as the words before it are.
      const a = { ...must(out[q.incise], 'attribution') };
      out.push(a);
      prev = { q, a };
      continue;
    }
    const sStart = sentenceStart(text, q.open);
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const sEnd = sentenceEnd(text, closeAt);
    let r = cueInSentence(c, q, sStart, sEnd);
    // A source form read in the sentence ("Aus dem Bundesamt hieß es") names its speaker by itself.
    const sourced = !!r && !!(impersonalBody(c.idx, tokens, sStart, sEnd) ?? statementSource(c, sStart, q.open));
    // A crosshead takes its speaker from a cue of its own or from the words it repeats, not from the text before.
    const heading = headingQuote(text, q.start, q.end);
    if (!r && !heading && sStart > 1 && /^\s*$/.test(text.slice(sStart, q.open))) {
      // "..., it said. "Please don't panic."" or "Reyes disagreed.\n\n"...": the cue closes the sentence before.
      const pStart = sentenceStart(text, text.slice(sStart - 2, sStart) === '\n\n' ? sStart - 3 : sStart - 2);
      const tail = text.slice(pStart, sStart);
      if (!closesQuote(text, pStart) && !/["\u201c\u201d]/.test(tail) && /\b\w+ (?:\w+ )?\w+\.\s*$/.test(tail)) {
        const a = tokenAt(tokens, pStart);
        const b = tokenAt(tokens, sStart);
        const last = tokens.slice(a, b);
        const v = last.findLastIndex((t) => isCueVerb(t.lower));
        // "…, sagt Kuschke." puts the subject after the verb; "…, it said." before it.
        if (v >= 0 && v >= last.length - 2) r = scan(c, a + v + 1, b, 1) ?? scan(c, a, a + v, -1);
        else r = speechActSubject(c, a, b);
      }
    }
    r ??=
      indefiniteSubject(text, sStart, q.open) ??
      (heading ? undefined : (closingReport(c, q, sStart, sEnd) ?? reportedSpeaker(c, sStart, q.open)));
    r ??= subjectBefore(c, sStart, q.open) ?? closingCue(c, q, sStart, sEnd) ?? unnamedBodySubject(c, sStart, q.open);
    if (!r && /:\s*$/.test(text.slice(Math.max(0, q.open - 4), q.open + (text[q.open] === '\n' ? 1 : 0)))) {
      // "Ann Cole wrote:" closing the paragraph before a displayed quote.
      const colon = text.lastIndexOf(':', q.open);
      r = cueBefore(c, sentenceStart(text, colon), colon + 1);
    }
    // A name tied to the quote by nothing but its place in the sentence must be the clause's subject.
    if (
      r &&
      !sourced &&
      r.entity !== null &&
      r.start >= sStart &&
      r.end <= q.open &&
      !isCueVerb(text.slice(r.start, r.end))
    ) {
      if (bareSubject(scene, r, q) && !subjectSpeaks(c, r, q.open)) r = undefined;
    }
    // A quote followed by its own clause ("..., dodala.") was read there; only a lone one follows the sentence before.
    const alone = /[.!?\u2026]$/.test(text.slice(q.start, q.end)) || !/\p{L}/u.test(text.slice(closeAt, sEnd));
    if (alone && !heading) r ??= leadSentence(c, sStart, q.open) ?? trailingSource(c, sEnd);
    let a: Attribution;
    if (r) a = { entity: r.entity, mention: { start: r.start, end: r.end } };
    else if (prev && alone && !heading && continuesRun(text, idx, quoted, tokens, prev, q, sStart))
      // Only a quote that stands alone in its sentence continues the previous speaker's run of quotes: one
      // followed by a clause ("..., soupire une voyageuse") was attributed there, to someone unnamed.
      a = { entity: prev.a.entity, mention: null };
    else a = { entity: null, mention: null };
    if (a.entity !== null) {
      c.d.lastSpeaker = a.entity;
      c.d.lastSpeakerAt = q.end;
    }
    out.push(a);
    prev = { q, a };
  }
  shareAcrossParagraphs(raw, out);
  echoSpeakers(text, raw, out, idx);
  settlePullQuotes(c, raw, out);
  return out;
}

/** A quote nested in another: only a cue named inside the outer quote counts; otherwise the outer speaker. */
function attributeNested(c: Ctx, raw: RawQuote[], out: Attribution[], q: RawQuote, unquoted: boolean[]): Attribution {
  const { text, idx } = c;
  const outer = must(out[q.parent], 'attribution');
  const parentQ = must(raw[q.parent], 'quote');
  // Inside a quote only a named cue counts ("... and she said, 'X'"); otherwise the outer speaker.
  const from = Math.max(parentQ.start, sentenceStart(text, q.open));
  const saved = c.quoted;
  const savedDiscourse = c.d;
  c.quoted = unquoted;
  // Inside the quote, "he" or "she" points to the last person the speaker named there.
  const inside = idx.mentions.filter(
    (m) => m.start >= parentQ.start && m.end <= q.open && must(idx.entities[m.entity], 'entity').kind === 'person',
  );
  if (inside.length) c.d = { lastSpeaker: must(inside.at(-1), 'inside').entity, lastSpeakerAt: q.open };
  const r = cueBefore(c, from, q.open);
  c.quoted = saved;
  c.d = savedDiscourse;
  // Inside a quote "he" or "she" is someone other than the speaker: only a person named there resolves it.
  const named = !!r && idx.mentions.some((m) => m.start <= r.start && r.end <= m.end);
  const known = !!r && r.entity !== null && (named || inside.some((m) => m.entity === r.entity));
  const speaker = known && r && r.entity !== null ? must(idx.entities[r.entity], 'entity') : undefined;
  if (r && speaker?.kind === 'person') return { entity: r.entity, mention: { start: r.start, end: r.end } };
  return r && !known ? { entity: null, mention: null } : outer;
}

/** The cue of quote `q` in its own sentence: an institution's "hieß es", an insert, or a cue after or before it. */
function cueInSentence(c: Ctx, q: RawQuote, sStart: number, sEnd: number) {
  return (
    impersonalBody(c.idx, c.tokens, sStart, sEnd) ??
    statementSource(c, sStart, q.open) ??
    paragraphHolder(c.idx, q, c.tokens) ??
    insertCue(c, q) ??
    cueAfter(c, q, sEnd) ??
    commaInsertBefore(c, q) ??
    impersonalOn(c, sStart, q.open) ??
    participleSubject(c, sStart, q.open) ??
    cueBefore(c, sStart, q.open)
  );
}

/**
 * True when quote `q` may continue the run of `prev`'s speaker: the second half of a quote a bare cue split,
 * or near it, no one else named, no turn taken.
 */
function continuesRun(
  text: string,
  idx: PeopleIndex,
  quoted: boolean[],
  tokens: Token[],
  prev: { q: RawQuote; a: Attribution },
  q: RawQuote,
  sStart: number,
): boolean {
  const prevEnd = prev.q.close >= 0 ? prev.q.close + 1 : prev.q.end;
  // "«…», ha detto, «…»": the second half of a quote split by a subjectless cue is the same speaker's.
  if (prev.q.close >= 0 && bareCueBetween(text.slice(prevEnd, q.open))) return true;
  return (
    q.open - (prev.q.close >= 0 ? prev.q.close : prev.q.end) < 400 &&
    /^\s*$/.test(text.slice(sStart, q.open)) &&
    !namesAnother(idx, quoted, tokens, prev.q.end, sStart, prev.a.entity) &&
    !nearerSubject({ text, tokens, quoted }, idx, prevEnd, sStart, prev.a.entity) &&
    !takesTurn(text, prevEnd, q.open) &&
    // A crosshead between them, or the quote before being one, starts a new section.
    !headingQuote(text, prev.q.start, prev.q.end) &&
    !crossesHeading(text, prev.q.end, q.open)
  );
}

/**
 * True when the sentence right before a quote opens on someone else ("Web Football.London to vidí podobně.
 * "…"") or on someone unnamed who speaks: the quote is theirs or nobody's, not a run of the speaker quoted before.
 */
function namesAnother(
  idx: PeopleIndex,
  quoted: boolean[],
  tokens: Token[],
  from: number,
  to: number,
  who: number | null,
) {
  const p = previousSentence(idx.text ?? '', to);
  if (p < from) return false;
  // "Una vecina que pidió no ser identificada contó lo ocurrido. «…»": someone unnamed, not the last speaker.
  if (unnamedSpeakerBefore(idx.text ?? '', tokens, quoted, idx, to)) return true;
  const opening = tokenAt(tokens, p) + 3;
  return idx.mentions.some(
    (m) =>
      m.start >= p &&
      m.end <= to &&
      m.entity !== who &&
      tokenAt(tokens, m.start) < opening &&
      !quoted[tokenAt(tokens, m.start)],
  );
}

/** The paragraphs of one run-on quote share one speaker, wherever its cue stands (often after the last one). */
function shareAcrossParagraphs(raw: RawQuote[], out: Attribution[]) {
  const groups = new Map<number, number[]>();
  raw.forEach((q, i) => {
    if (q.group === undefined) return;
    const members = groups.get(q.group) ?? [];
    members.push(i);
    groups.set(q.group, members);
  });
  for (const members of groups.values()) {
    const found = members.map((i) => must(out[i], 'attribution'));
    const cued = found.find((a) => a.mention && a.entity !== null) ?? found.find((a) => a.entity !== null);
    if (!cued) continue;
    for (const i of members)
      if (!must(out[i], 'attribution').mention || must(out[i], 'attribution').entity === null) out[i] = { ...cued };
  }
}
