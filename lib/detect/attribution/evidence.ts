/**
 * Why a quote got its speaker, read back from where the text named them: a cue verb beside the name, an
 * "according to", a colon lead-in, a transcript turn, the subject of the sentence, or a run of quotes carried
 * over. Each way has a confidence; a weak attribution (a run far back, a pronoun that could mean two people,
 * a name several sentences up) falls under the threshold and the quote keeps no speaker.
 */

import { tokenAt } from '@/lib/detect/cues/cue-scan';
import type { Entity, PeopleIndex } from '@/lib/detect/people/people-index';
import { sharedByRecency } from '@/lib/detect/people/shared-names';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { previousSentence, type Scene, salientPerson } from '@/lib/detect/referents/salience';
import { verbAfterSubject } from '@/lib/detect/referents/verb-or-noun';
import { language } from '@/lib/detect/text/language';
import { isCueVerb, pronounOf } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { endsSentence, sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';
import type { AttributionWay, Evidence, Span } from '@/lib/detect/types';
import type { Attribution } from './attribution';
import { reportedBack } from './report-distance';

/** Attributions less sure than this leave the quote without a speaker: a wrong name is worse than none. */
export const SPEAKER_THRESHOLD = 0.5;

// How sure each way is when the name stands in the quote's own sentence.
const BASE: Record<AttributionWay, number> = {
  turn: 0.95,
  cue: 0.9,
  'according-to': 0.9,
  'lead-in': 0.8,
  subject: 0.65,
  run: 0.8,
  echo: 0.6,
};
// What each sentence between the name and the quote takes off (0, 1, 2, 3 or more sentences back).
const DISTANCE = [0, 0.1, 0.25, 0.45];
// A run loses more with every sentence since its speaker was named.
const RUN_DISTANCE = [0, 0, 0.1, 0.25, 0.45];
// He/she and role nouns ("the minister") stand for a name: a little less sure than the name itself.
const STAND_IN = 0.85;
// A pronoun that could mean two people, or passes over a nearer one, is a guess.
const AMBIGUOUS = 0.4;

/** Which tokens lie inside a top-level quote: names there are quoted, not reported. */
export function quotedTokens(raw: RawQuote[], tokens: Token[]): boolean[] {
  const quoted = new Array<boolean>(tokens.length).fill(false);
  for (const q of raw) {
    if (q.parent >= 0) continue;
    for (let i = tokenAt(tokens, q.start); i < tokens.length && must(tokens[i], 'token').start < q.end; i++)
      quoted[i] = true;
  }
  return quoted;
}

const CLOSERS = /^[\s"'\u201c\u201d\u2018\u2019\u00bb)\]]*$/;

/** Number of sentence ends in text [from, to), counting a paragraph break after a full stop once. */
export function sentencesBetween(text: string, from: number, to: number): number {
  let n = 0;
  let last = from - 1;
  for (let i = Math.max(0, from); i < to; i++) {
    // A colon before a paragraph break leads into the quote; it ends no sentence.
    if (!endsSentence(text, i) || (text[i] === '\n' && /:\s*$/.test(text.slice(Math.max(from, i - 4), i)))) continue;
    if (last < from || !CLOSERS.test(text.slice(last + 1, i))) n++;
    last = i;
  }
  return n;
}

/** What the rules that attributed quote `i` know, as evidence; undefined when it has no speaker. */
export function evidenceFor(scene: Scene, idx: PeopleIndex, raw: RawQuote[], out: Attribution[], i: number) {
  const a = must(out[i], 'attribution');
  const q = must(raw[i], 'quote');
  if (a.entity === null) return undefined;
  const { text } = scene;
  if (a.way === 'turn' && a.mention)
    return finish('turn', text.slice(a.mention.start, a.mention.end).replace(/\s*:$/, ''), 0, 1);
  if (a.echo || a.way === 'echo') return finish('echo', null, 0, 1);
  const grouped =
    q.group !== undefined && a.mention && sentenceStart(text, a.mention.start) !== sentenceStart(text, q.open);
  if (!a.mention) return runEvidence(text, raw, out, i);
  const m = a.mention;
  // The paragraphs of one quotation share the cue that names its speaker, wherever it stands.
  const back =
    m.start < q.open && !grouped ? reportedBack(scene, m.end, q.open, sentencesBetween(text, m.end, q.open)) : 0;
  const { way, cue } = readCue(scene, m, q);
  let confidence = BASE[way] - must(DISTANCE[Math.min(back, DISTANCE.length - 1)], 'DISTANCE');
  const word = text.slice(m.start, m.end);
  const named = idx.mentions.some((x) => x.start <= m.start && m.end <= x.end && x.entity === a.entity);
  if (a.sharedDoubt) confidence = AMBIGUOUS;
  else if (pronounOf(word.toLowerCase())) {
    // Like the resolver, look back no further than the last quote that had a speaker.
    let since = -1;
    for (let j = i - 1; j >= 0 && since < 0; j--)
      if (must(out[j], 'attribution').entity !== null && must(raw[j], 'quote').end <= m.start)
        since = must(raw[j], 'quote').end;
    confidence = pronounDoubt(scene, idx, m, a.entity, since) ? AMBIGUOUS : confidence * STAND_IN;
  } else if (!named) confidence *= STAND_IN;
  return finish(way, cue, back, confidence);
}

function finish(way: AttributionWay, cue: string | null, sentencesBack: number, confidence: number): Evidence {
  return { way, cue, sentencesBack, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100 };
}

/** A quote carried over from the run before: as sure as the sentences since its speaker was named allow. */
function runEvidence(text: string, raw: RawQuote[], out: Attribution[], i: number): Evidence {
  const q = must(raw[i], 'quote');
  let from = -1;
  for (let j = i - 1; j >= 0; j--) {
    const o = must(out[j], 'attribution');
    if (must(raw[j], 'quote').parent >= 0) continue;
    if (o.entity !== must(out[i], 'attribution').entity) break;
    if (o.mention) {
      from = Math.min(o.mention.end, must(raw[j], 'quote').end);
      break;
    }
  }
  const back = from < 0 ? 1 : Math.max(1, sentencesBetween(text, from, q.open));
  return finish(
    'run',
    null,
    back,
    BASE.run - must(RUN_DISTANCE[Math.min(back, RUN_DISTANCE.length - 1)], 'RUN_DISTANCE'),
  );
}

/** True when nothing but the name's place as the sentence's subject ties mention `m` to quote `q`. */
export function bareSubject(scene: Scene, m: Span, q: RawQuote): boolean {
  return readCue(scene, m, q).way === 'subject';
}

/** The way and cue words around mention `m`: "according to X", "X said", "X wrote:" or X as the subject. */
function readCue(scene: Scene, m: Span, q: RawQuote): { way: AttributionWay; cue: string | null } {
  const { text, tokens, quoted } = scene;
  const k = tokenAt(tokens, m.start);
  let e = k;
  while (e + 1 < tokens.length && must(tokens[e + 1], 'token').start < m.end) e++;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  if (/\baccording to\s*$/i.test(before)) {
    const at = m.start - (before.length - before.search(/according to\s*$/i));
    return { way: 'according-to', cue: text.slice(at, m.end) };
  }
  // "selon X", "laut X", "según X", "podle X"; and "…«, so X" after the quote.
  const lang = language();
  const source = [k - 1, k - 2]
    .filter((j) => j >= 0 && !quoted[j])
    .map((j) => must(tokens[j], 'token'))
    .find((t) => lang.according.has(t.lower) || lang.after.has(t.lower));
  if (source && !/["\u201c\u201d\n]/.test(text.slice(source.end, m.start)))
    return { way: 'according-to', cue: text.slice(source.start, m.end) };
  // The reporting verb nearest the name, a few words either side and outside quotes: "she said", "said Wang".
  for (let d = 1; d <= 4; d++) {
    for (const v of [e + d, k - d]) {
      const t = tokens[v];
      if (!t || quoted[v] || !isCueVerb(t.lower)) continue;
      let g = tokenAt(tokens, Math.min(m.start, t.start));
      // Auxiliaries before the cue belong to it: "a déclaré X", "a-t-il ajouté".
      while (
        g > 0 &&
        !quoted[g - 1] &&
        lang.glue.has(must(tokens[g - 1], 'token').lower) &&
        /^(?:\s|-|-t-)$/.test(text.slice(must(tokens[g - 1], 'token').end, must(tokens[g], 'token').start))
      )
        g--;
      const from = must(tokens[g], 'token').start;
      const to = Math.max(m.end, t.end);
      if (/["\u201c\u201d\u00ab\u00bb\n]/.test(text.slice(from, to))) continue;
      const lead = to <= q.open ? text.slice(to, q.open) : '';
      if (/:\s*$/.test(lead) && !/[.!?]\s/.test(lead)) return { way: 'lead-in', cue: text.slice(from, to) };
      return { way: 'cue', cue: text.slice(from, to) };
    }
  }
  const lead = m.end <= q.open ? text.slice(m.end, q.open) : '';
  if (/:\s*$/.test(lead) && !/[.!?]\s/.test(lead)) return { way: 'lead-in', cue: text.slice(m.start, q.open).trim() };
  return { way: 'subject', cue: text.slice(m.start, m.end) };
}

/**
 * Who a lone name at `m` that several people bear means: undefined when nobody shares it, the one person
 * whose gender fits or who dominates the text so far (named more than twice as often as each other one, as a
 * story's main figure is), else null: it could be either.
 */
function sharedChoice(idx: PeopleIndex, m: Span): number | null | undefined {
  const s = idx.shared?.find((x) => x.start === m.start && x.end === m.end);
  if (!s) return undefined;
  const fit = s.candidates.filter((id) => {
    const e = must(idx.entities[id], 'entity');
    return !s.gender || !e.gender || e.gender === s.gender;
  });
  // "Ms. Trent" beside one woman and one person of unknown gender: the woman.
  const exact = fit.filter((id) => s.gender && must(idx.entities[id], 'entity').gender === s.gender);
  if (exact.length === 1) return must(exact[0], 'exact');
  if (fit.length === 1) return must(fit[0], 'fit');
  const last = sharedByRecency(idx, s, fit);
  if (last !== undefined) return last;
  const count = (id: number) => must(idx.entities[id], 'entity').mentions.filter((x) => x.start < m.start).length;
  const ranked = [...fit].sort((x, y) => count(y) - count(x));
  return ranked.length && count(must(ranked[0], 'ranked')) > 2 * count(must(ranked[1], 'ranked'))
    ? must(ranked[0], 'ranked')
    : null;
}

/**
 * Points every attribution made through a shared lone name at the person it means, when one is clear, and marks
 * it doubtful when it could be either: the evidence reads the mark rather than choosing again.
 */
export function settleShared(idx: PeopleIndex, out: Attribution[]): void {
  for (const a of out) {
    const pick = a.mention ? sharedChoice(idx, a.mention) : undefined;
    if (pick === null) a.sharedDoubt = true;
    else if (pick !== undefined) a.entity = pick;
  }
}

/**
 * True when a he/she at `m` is a guess: the sentences before it are about someone else, or name another
 * person of that gender who has just been reported speaking ("Ann Lee said she ...").
 */
function pronounDoubt(scene: Scene, idx: PeopleIndex, m: Span, chosen: number, since: number): boolean {
  const g = pronounOf(scene.text.slice(m.start, m.end).toLowerCase());
  if (g !== 'm' && g !== 'f') return false;
  const fits = (e: Entity) => e.kind === 'person' && (!e.gender || e.gender === g);
  const own = sentenceStart(scene.text, m.start);
  const from = Math.max(0, previousSentence(scene.text, own));
  const { tokens, quoted } = scene;
  const speaking = idx.mentions.some((x) => {
    if (x.start < from || x.end > m.start || x.entity === chosen || !fits(must(idx.entities[x.entity], 'entity')))
      return false;
    const k = tokenAt(tokens, x.end);
    if (quoted[k - 1] || tokens[k - 1]?.possessive) return false;
    const verb = verbAfterSubject(tokens, k);
    return !!tokens[verb] && !quoted[verb] && isCueVerb(must(tokens[verb], 'token').lower);
  });
  const salient = salientPerson(scene, idx, m.start, since, fits);
  return speaking || (salient !== undefined && salient !== chosen);
}
