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
  /** The quote repeats words of another quote (a headline, crosshead or pull quote). */
  echo?: boolean;
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
  // A dash line names the speaker of a pull quote or block quotation ("— Ann Cole, in a letter").
  if (/^\s*[\u2014\u2013\u2015-]\s*\S/.test(c.text.slice(after, after + 6)))
    return scan(c, a, Math.min(c.tokens.length, a + 6), 1);
  const first = c.tokens[a];
  if (!first || a === b) return undefined;
  if (first.lower === 'according' && c.tokens[a + 1]?.lower === 'to') return scan(c, a + 2, Math.min(b, a + 10), 1);
  // "...," and Raj Mehta blamed ...: a new clause begins, which is not this quote's attribution.
  if (/^(?:and|but|while|whereas|yet|or|because|although|though)$/.test(first.lower)) return undefined;
  if (/[.]$/.test(c.text.slice(q.start, q.end)) && first.cap && !isCueVerb(first.lower)) {
    const r = referentAt(c.idx, c.d, c.tokens, a);
    if (!r || !isCueVerb(c.tokens[a + 1]?.lower ?? '')) return undefined;
  }
  // A comma-bounded attribution later in the sentence: "... beyond what it expects, the Fed said, ...".
  for (let v = a + 14; v < b; v++) {
    if (!isCueVerb(c.tokens[v]!.lower)) continue;
    const next = c.tokens[v + 1];
    if (next && next.start < c.text.length && !/^[,.;]/.test(c.text.slice(c.tokens[v]!.end, next.start).trim() || '.'))
      continue;
    let k = v - 1;
    while (k > v - 6 && !/,/.test(c.text.slice(c.tokens[k - 1]!.end, c.tokens[k]!.start))) k--;
    if (k > v - 6) {
      const r = scan(c, k, v, 1);
      if (r) return r;
    }
  }
  for (let v = a; v < Math.min(b, a + 14); v++) {
    if (!isCueVerb(c.tokens[v]!.lower)) continue;
    if (v > a) return scanPreferPerson(c, a, v);
    // Inversion: the speaker follows the verb at once ("said Wang", "said the embassy").
    const r = scan(c, v + 1, Math.min(b, v + 4), 1);
    return r && tokenAt(c.tokens, r.start) <= v + 3 ? r : undefined;
  }
  return undefined;
}

/** The first person named in tokens [from, to), else the first referent ("Foreign Ministry spokesperson Hua"). */
function scanPreferPerson(c: Ctx, from: number, to: number): Referent | undefined {
  let first: Referent | undefined;
  for (let i = from; i < to; i++) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (!r) continue;
    first ??= r;
    if (r.entity === null || c.idx.entities[r.entity]!.kind === 'person') return r;
  }
  return first;
}

const BETWEEN_SUBJECT_AND_VERB =
  /^(?:also|later|then|once|again|previously|had|has|have|was|is|had|would|will|has|recently|repeatedly|quickly|simply|just|still|earlier|often|\p{L}+ly)$/u;

/** The subject of the cue verb at token v: the referent right before it, else the first one of its clause. */
function subjectOf(c: Ctx, from: number, v: number): Referent | undefined {
  let i = v - 1;
  while (i >= from && BETWEEN_SUBJECT_AND_VERB.test(c.tokens[i]!.lower) && v - i < 4) i--;
  if (i >= from && !c.quoted[i] && /^\s*,?\s*$/.test(c.text.slice(c.tokens[i]!.end, c.tokens[i + 1]!.start))) {
    const r = referentAt(c.idx, c.d, c.tokens, i);
    if (r) return r;
  }
  return scan(c, clauseStart(c, from, v), v, 1) ?? scan(c, from, v, -1);
}

/** First token of the clause holding token v: after the last "; " or ", and/but" before it. */
function clauseStart(c: Ctx, from: number, v: number): number {
  for (let i = v - 1; i > from; i--) {
    const gap = c.text.slice(c.tokens[i - 1]!.end, c.tokens[i]!.start);
    if (/;/.test(gap)) return i;
    if (/,/.test(gap) && /^(?:and|but|while|whereas|yet)$/.test(c.tokens[i]!.lower)) return i + 1;
  }
  return from;
}

/** A cue before the quote in its sentence: X said (that) / X told reporters: / according to X. */
function cueBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const a = tokenAt(c.tokens, from);
  const b = tokenAt(c.tokens, open);
  for (let i = a; i + 1 < b; i++) {
    if (c.tokens[i]!.lower === 'according' && c.tokens[i + 1]!.lower === 'to' && !c.quoted[i]) {
      const r = scan(c, i + 2, Math.min(b, i + 10), 1);
      if (r) return r;
    }
  }
  // The clause holding the quote speaks first: "X said ..., and one official blamed "Y"" is not X's.
  const cs = clauseStart(c, a, b);
  let clauseHasCue = false;
  for (let v = b - 1; v >= cs && !clauseHasCue; v--) clauseHasCue = !c.quoted[v] && isCueVerb(c.tokens[v]!.lower);
  if (cs > a && !clauseHasCue) {
    const r = scan(c, cs, b, 1);
    if (r) return r;
  }
  for (let v = b - 1; v >= a; v--) {
    if (c.quoted[v] || !isCueVerb(c.tokens[v]!.lower)) continue;
    return subjectOf(c, a, v) ?? scan(c, v + 1, b, 1);
  }
  if (/:\s*$/.test(c.text.slice(from, open))) {
    // A colon lead-in that names nobody ("a search returned the message:") quotes the paragraph's topic.
    const r = scan(c, a, b, -1);
    if (r) return r;
    const para = c.text.lastIndexOf('\n', from) + 1;
    return scan(c, tokenAt(c.tokens, para), a, -1);
  }
  return undefined;
}

/** The subject of the sentence the quote sits in: its first referent before the quote. */
function subjectBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const b = tokenAt(c.tokens, open);
  return scan(c, clauseStart(c, tokenAt(c.tokens, from), b), b, 1);
}

/** Attributes every quote; `raw` lists outer quotes before the quotes nested in them. */
export function attributeSpeakers(
  text: string,
  raw: RawQuote[],
  idx: PeopleIndex,
  tokens: Token[] = tokenize(text),
): Attribution[] {
  const quoted = new Array<boolean>(tokens.length).fill(false);
  for (const q of raw) {
    if (q.parent >= 0) continue;
    for (let i = tokenAt(tokens, q.start); i < tokens.length && tokens[i]!.start < q.end; i++) quoted[i] = true;
  }
  const unquoted = new Array<boolean>(tokens.length).fill(false);
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
      const savedDiscourse = c.d;
      c.quoted = unquoted;
      // Inside the quote, "he" or "she" points to the last person the speaker named there.
      const inside = idx.mentions.filter(
        (m) => m.start >= parentQ.start && m.end <= q.open && idx.entities[m.entity]!.kind === 'person',
      );
      if (inside.length) c.d = { lastSpeaker: inside.at(-1)!.entity, lastSpeakerAt: q.open };
      const r = cueBefore(c, from, q.open);
      c.quoted = saved;
      c.d = savedDiscourse;
      const person = r && r.entity !== null && idx.entities[r.entity]!.kind === 'person';
      out.push(person ? { entity: r!.entity, mention: { start: r!.start, end: r!.end } } : outer);
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
    if (!r && /:\s*$/.test(text.slice(Math.max(0, q.open - 4), q.open + (text[q.open] === '\n' ? 1 : 0)))) {
      // "Ann Cole wrote:" closing the paragraph before a displayed quote.
      const colon = text.lastIndexOf(':', q.open);
      r = cueBefore(c, sentenceStart(text, colon), colon + 1);
    }
    let a: Attribution;
    if (r) a = { entity: r.entity, mention: { start: r.start, end: r.end } };
    else if (
      prev &&
      q.open - (prev.q.close >= 0 ? prev.q.close : prev.q.end) < 400 &&
      /^\s*$/.test(text.slice(sStart, q.open))
    )
      // Only a quote that opens its own sentence continues the previous speaker's run of quotes.
      a = { entity: prev.a.entity, mention: null };
    else a = { entity: null, mention: null };
    if (a.entity !== null) {
      c.d.lastSpeaker = a.entity;
      c.d.lastSpeakerAt = q.end;
    }
    out.push(a);
    prev = { q, a };
  }
  echoSpeakers(text, raw, out);
  return out;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}\u2019']+/u)
    .filter(Boolean);

/** A headline, crosshead or pull quote without a cue takes the speaker of the quote whose words it repeats. */
function echoSpeakers(text: string, raw: RawQuote[], out: Attribution[]) {
  const sets: (Set<string> | null)[] = raw.map((q, j) =>
    out[j]!.entity === null ? null : new Set(words(text.slice(q.start, q.end))),
  );
  raw.forEach((q, i) => {
    if (out[i]!.mention || q.parent >= 0) return;
    const mine = words(text.slice(q.start, q.end));
    if (!mine.length || mine.length > 30) return;
    let best = -1;
    // Echoes sit near the quote they repeat: look at the 40 quotes either side.
    for (let j = Math.max(0, i - 40); j < Math.min(raw.length, i + 41); j++) {
      const o = raw[j]!;
      const theirs = sets[j];
      if (!theirs || j === i || o.end - o.start < q.end - q.start) continue;
      if (best >= 0 && Math.abs(o.start - q.start) >= Math.abs(raw[best]!.start - q.start)) continue;
      if (mine.filter((w) => theirs.has(w)).length / mine.length >= 0.75) best = j;
    }
    if (best >= 0) out[i] = { entity: out[best]!.entity, mention: null, echo: mine.length >= 2 };
  });
}
