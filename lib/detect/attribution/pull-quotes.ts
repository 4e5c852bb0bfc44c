/**
 * Pull quotes: a line of the article set apart by the page, without marks of its own. It stands between two
 * paragraphs by layout, not because the speaker before it carries on, so it never continues a run of quotes.
 * When it repeats words of the body that a cue attributes (", de Miranda notes"), it takes that speaker; when
 * it repeats the writer's own sentence, nobody said it.
 */

import { cueAfter } from '@/lib/detect/cues/cue-after';
import type { Ctx } from '@/lib/detect/cues/cue-context';
import { isQuoteChar } from '@/lib/detect/quotes/marks';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { sentenceEnd } from '@/lib/detect/text/sentences';
import type { Attribution } from './attribution';

/** How many leading words of a pull quote must recur in the body to count as a repeat. */
const PROBE_WORDS = 6;

/** True for a block the page set apart and whose text has no opening mark (a pull quote, a bare post). */
export function isUnmarkedBlock(text: string, q: RawQuote): boolean {
  return q.close < 0 && q.group === undefined && q.parent < 0 && !isQuoteChar(text[q.open] ?? '');
}

/** Where the block's opening words recur outside it, with the length of the repeat; null when they do not. */
export function repeatInBody(text: string, q: RawQuote): { start: number; end: number } | null {
  const body = text.slice(q.start, q.end).replace(/[\s.!?\u2026]+$/u, '');
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < PROBE_WORDS) return null;
  const probe = words.slice(0, PROBE_WORDS).join(' ').toLowerCase();
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(probe); at >= 0; at = lower.indexOf(probe, at + 1)) {
    if (at >= q.start && at < q.end) continue;
    // The repeat runs as far as the pull quote's words do, a sentence at most.
    const end = Math.min(sentenceEnd(text, at), at + body.length);
    return { start: at, end };
  }
  return null;
}

/** Settles the speaker of every unmarked block that neither a cue nor an echo attributed. */
export function settlePullQuotes(c: Ctx, raw: RawQuote[], out: Attribution[]): void {
  raw.forEach((q, i) => {
    const a = out[i];
    if (!a || a.mention || a.way === 'echo' || !isUnmarkedBlock(c.text, q)) return;
    const repeat = repeatInBody(c.text, q);
    if (!repeat) return;
    // Read the repeat as if it were quoted: ", de Miranda notes." after it names the speaker.
    const end = repeat.end;
    const stand: RawQuote = {
      start: repeat.start,
      end,
      open: repeat.start,
      close: end - 1,
      level: 'double',
      parent: -1,
    };
    const r = cueAfter(c, stand, sentenceEnd(c.text, end));
    const person = r && r.entity !== null && c.idx.entities[r.entity]?.kind === 'person';
    // The repeat's own cue is the evidence, as sure as an echo of a quoted line.
    out[i] = person ? { entity: r.entity, mention: null, way: 'echo' } : { entity: null, mention: null };
  });
}
