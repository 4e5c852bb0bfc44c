/**
 * Attributes each quotation to a speaker from reporting cues around it: after the quote ("...," Hua
 * said / said Wang), before it (Wang said: / According to X,), the subject of the sentence a partial
 * quote is woven into, the sentence before ("..., it said." then a bare quote), and otherwise the
 * previous quote's speaker when the quote continues a run of them. Unsure means null.
 */
import { isCueVerb } from './lexicon';
import type { PeopleIndex } from './people';
import type { RawQuote } from './quotes';
import { type Discourse, type Referent, referentAt } from './referents';
import { sentenceEnd, sentenceStart } from './sentences';
import { type Token, tokenize } from './tokens';

/** The speaker found for one quote: an entity id (or null) and where the text named them. */
export interface Attribution {
  entity: number | null;
  mention: { start: number; end: number } | null;
}

interface Ctx {
  text: string;
  tokens: Token[];
  idx: PeopleIndex;
  d: Discourse;
  quoted: boolean[];
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First referent scanning tokens [from, to) in the given direction, skipping quoted words. */
function scan(c: Ctx, from: number, to: number, step: 1 | -1): Referent | undefined {
  for (let i = step === 1 ? from : to - 1; step === 1 ? i < to : i >= from; i += step) {
    if (c.quoted[i]) continue;
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return undefined;
}

/** A cue after the quote, within the same sentence: "," Hua said / said Wang / he added. */
function cueAfter(c: Ctx, q: RawQuote, limit: number): Referent | undefined {
  const after = q.close >= 0 ? q.close + 1 : q.end;
  const a = tokenAt(c.tokens, after);
  let b = a;
  while (b < c.tokens.length && c.tokens[b]!.start < limit && !c.quoted[b]) b++;
  const first = c.tokens[a];
  if (!first || a === b) return undefined;
  if (/[.]$/.test(c.text.slice(q.start, q.end)) && first.cap && !isCueVerb(first.lower)) {
    const r = referentAt(c.idx, c.d, c.tokens, a);
    if (!r || !isCueVerb(c.tokens[a + 1]?.lower ?? '')) return undefined;
  }
  for (let v = a; v < Math.min(b, a + 7); v++) {
    if (!isCueVerb(c.tokens[v]!.lower)) continue;
    return v > a ? scan(c, a, v, -1) : scan(c, v + 1, Math.min(b, v + 8), 1);
  }
  return undefined;
}

/** A cue before the quote in its sentence: X said (that) / X told reporters: / according to X. */
function cueBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const a = tokenAt(c.tokens, from);
  const b = tokenAt(c.tokens, open);
  for (let i = a; i + 1 < b; i++) {
    if (c.tokens[i]!.lower === 'according' && c.tokens[i + 1]!.lower === 'to') {
      const r = scan(c, i + 2, Math.min(b, i + 10), 1);
      if (r) return r;
    }
  }
  for (let v = b - 1; v >= a; v--) {
    if (c.quoted[v] || !isCueVerb(c.tokens[v]!.lower)) continue;
    return scan(c, a, v, -1) ?? scan(c, v + 1, b, 1);
  }
  if (/:\s*$/.test(c.text.slice(from, open))) return scan(c, a, b, -1);
  return undefined;
}

/** The subject of the sentence the quote sits in: its first referent before the quote. */
function subjectBefore(c: Ctx, from: number, open: number): Referent | undefined {
  return scan(c, tokenAt(c.tokens, from), tokenAt(c.tokens, open), 1);
}

/** Attributes every quote; `raw` lists outer quotes before the quotes nested in them. */
export function attributeSpeakers(text: string, raw: RawQuote[], idx: PeopleIndex): Attribution[] {
  const tokens = tokenize(text);
  const quoted = new Array<boolean>(tokens.length).fill(false);
  for (const q of raw) {
    if (q.parent >= 0) continue;
    for (let i = tokenAt(tokens, q.start); i < tokens.length && tokens[i]!.start < q.end; i++) quoted[i] = true;
  }
  const c: Ctx = { text, tokens, idx, d: { lastSpeaker: null, lastSpeakerAt: -1e9 }, quoted };
  const out: Attribution[] = [];
  let prev: { q: RawQuote; a: Attribution } | null = null;
  for (let k = 0; k < raw.length; k++) {
    const q = raw[k]!;
    if (q.parent >= 0) {
      const outer = out[q.parent]!;
      const parentQ = raw[q.parent]!;
      // Inside a quote only a named cue counts ("... and she said, 'X'"); otherwise the outer speaker.
      const from = Math.max(parentQ.start, sentenceStart(text, q.open));
      const saved = c.quoted;
      c.quoted = new Array<boolean>(tokens.length).fill(false);
      const r = cueBefore(c, from, q.open);
      c.quoted = saved;
      out.push(r && r.entity !== null ? { entity: r.entity, mention: r } : outer);
      continue;
    }
    const sStart = sentenceStart(text, q.open);
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const sEnd = sentenceEnd(text, closeAt);
    let r = cueAfter(c, q, sEnd) ?? cueBefore(c, sStart, q.open);
    if (!r && sStart > 0 && text.slice(sStart - 2, sStart) !== '\n\n') {
      // "..., it said. "Please don't panic."": the cue closes the sentence before.
      const pStart = sentenceStart(text, sStart - 2);
      const tail = text.slice(pStart, sStart);
      if (!/["\u201c\u201d]/.test(tail) && /\b\w+ (?:\w+ )?\w+\.\s*$/.test(tail)) {
        const a = tokenAt(tokens, pStart);
        const b = tokenAt(tokens, sStart);
        const last = tokens.slice(a, b);
        const v = last.findLastIndex((t) => isCueVerb(t.lower));
        if (v >= 0 && v >= last.length - 2) r = scan(c, a, a + v, -1);
      }
    }
    r ??= subjectBefore(c, sStart, q.open);
    let a: Attribution;
    if (r) a = { entity: r.entity, mention: { start: r.start, end: r.end } };
    else if (prev && q.open - (prev.q.close >= 0 ? prev.q.close : prev.q.end) < 400 && sStart >= prev.q.end - 2)
      a = { entity: prev.a.entity, mention: null };
    else a = { entity: null, mention: null };
    if (a.entity !== null) {
      c.d.lastSpeaker = a.entity;
      c.d.lastSpeakerAt = q.end;
    }
    out.push(a);
    prev = { q, a };
  }
  return out;
}
