/**
 * Turns block quotations marked up by the page (blockquote, pull quotes, embedded posts) into quotes
 * even when they carry no quotation marks, leaving off a closing attribution line ("— Ann Cole").
 */
import { must } from '@/lib/detect/text/must';
import type { Span } from '@/lib/detect/types';
import type { RawQuote } from './quotes';

const ATTRIBUTION_LINE = /\n+\s*[\u2014\u2013\u2015-][^\n]*$/;

/** The quoted part of a block span: without a closing attribution line ("— Ann Cole"). */
export function blockBody(text: string, b: Span): Span {
  const m = ATTRIBUTION_LINE.exec(text.slice(b.start, b.end));
  return m && m.index > 0 ? { start: b.start, end: b.start + m.index } : b;
}

/** Adds a quote for every block span that no marked quote already covers; keeps the list in text order. */
export function withBlockQuotes(text: string, raw: RawQuote[], blocks: Span[]): RawQuote[] {
  const added: RawQuote[] = [];
  for (const b of blocks) {
    const { start, end } = blockBody(text, b);
    // Marked quotes inside the block that already hold most of its words make a second, unmarked quote redundant.
    const inside = raw.filter((q) => q.parent < 0 && q.start >= start && q.end <= end);
    const covered = inside.reduce((n, q) => n + (q.end - q.start), 0) >= (end - start) * 0.5;
    if (covered || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    added.push({ start, end, open: Math.max(0, start - 1), close: -1, level: 'double', parent: -1 });
  }
  if (!added.length) return raw;
  // Merge by position and renumber parents.
  const all = [...raw.map((q, i) => ({ q, old: i })), ...added.map((q) => ({ q, old: -1 }))];
  all.sort((x, y) => x.q.start - y.q.start || (x.q.parent < 0 ? -1 : 1));
  const newIndex = new Map<number, number>();
  all.forEach((x, i) => {
    if (x.old >= 0) newIndex.set(x.old, i);
  });
  return all.map((x) =>
    x.q.parent >= 0 ? { ...x.q, parent: must(newIndex.get(x.q.parent), 'renumbered parent') } : x.q,
  );
}
