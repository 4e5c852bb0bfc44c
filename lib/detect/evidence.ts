/**
 * Reads, after a speaker was found, the words that attributed the quote as the text has them ("a-t-il
 * déclaré", "sagte Weber", "según Ruiz", "Lopez told reporters:") and how sure that kind of cue is. Kept apart
 * from the rules that find speakers so every rule gets the same account of itself.
 */
import { language } from './language';
import { isCueVerb, pronounOf } from './lexicon';
import { type Token, tokenize } from './tokens';
import type { AttributionWay, Evidence, Span } from './types';

/** How sure each kind of cue is: a cue word beside a name is sure, a sentence's subject or a run less so. */
const sureness = (way: AttributionWay) => (way === 'subject' || way === 'run' || way === 'echo' ? 0.6 : 0.85);

const isSource = (t: Token) =>
  language().according.has(t.lower) || language().after.has(t.lower) || t.lower === 'according';
const isLink = (t: Token) => isCueVerb(t.lower) || language().glue.has(t.lower);

/** The evidence for a quote whose speaker was named at `mention` (open/close: its marks, -1 when none). */
export function evidenceFor(
  text: string,
  q: { open: number; close: number; end: number },
  a: { mention: Span | null; echo?: boolean },
): Evidence {
  if (a.echo) return { way: 'echo', cue: null, sentencesBack: 0, confidence: 0.6 };
  const m = a.mention;
  if (!m) return { way: 'run', cue: null, sentencesBack: 1, confidence: 0.6 };
  const closeAt = q.close >= 0 ? q.close + 1 : q.end;
  const after = m.start >= closeAt;
  const found = after ? readAfter(text, closeAt, m) : readBefore(text, m, q.open);
  const from = Math.min(m.end, q.open);
  const between = text.slice(from, Math.max(from, q.open));
  const sentencesBack = after ? 0 : (between.match(/[.!?]["\u201d\u00bb\u201c]?\s+(?=\S)/g) ?? []).length;
  const pronoun = !!pronounOf(text.slice(m.start, m.end).toLowerCase());
  const confidence = sureness(found.way) - (pronoun ? 0.1 : 0) - (sentencesBack > 0 ? 0.1 : 0);
  return { way: found.way, cue: found.cue, sentencesBack, confidence: Math.round(confidence * 100) / 100 };
}

/** A cue after the quote: "», a-t-il déclaré", ", so Brandt", "," Lopez said. */
function readAfter(text: string, closeAt: number, m: Span): { way: AttributionWay; cue: string } {
  const before = tokenize(text, closeAt, m.start).filter((t) => t.end <= m.start);
  const source = before.findLast(isSource);
  if (source) return { way: 'according-to', cue: text.slice(source.start, m.end) };
  let v = before.findLastIndex((t) => isCueVerb(t.lower));
  if (v >= 0) {
    let s = v;
    while (s > 0 && isLink(before[s - 1]!)) s--;
    const end = m.start - before[v]!.end <= 1 ? m.end : before[v]!.end;
    return { way: 'cue', cue: text.slice(before[s]!.start, end) };
  }
  // "« … », a-t-il déclaré": the auxiliary before the inverted pronoun belongs to the cue.
  let start = m.start;
  for (let k = before.length - 1; k >= 0 && isLink(before[k]!) && start - before[k]!.end <= 3; k--)
    start = before[k]!.start;
  const next = tokenize(text, m.end, m.end + 40).slice(0, 3);
  v = next.findIndex((t) => isCueVerb(t.lower));
  return { way: 'cue', cue: text.slice(start, v >= 0 ? next[v]!.end : m.end) };
}

/** A cue before the quote: "Selon X,", "X a déclaré :", or only the subject of the sentence. */
function readBefore(text: string, m: Span, open: number): { way: AttributionWay; cue: string } {
  const lead = tokenize(text, Math.max(0, m.start - 16), m.start).slice(-2);
  const source = lead.find(isSource);
  if (source) return { way: 'according-to', cue: text.slice(source.start, m.end) };
  const verb = tokenize(text, m.end, open).find((t) => t.end <= open && isCueVerb(t.lower));
  if (!verb) return { way: 'subject', cue: text.slice(m.start, m.end) };
  const way = /:\s*$/.test(text.slice(verb.end, open)) ? 'lead-in' : 'cue';
  return { way, cue: verb.end - m.start < 60 ? text.slice(m.start, verb.end) : verb.text };
}
