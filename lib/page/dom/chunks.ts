/**
 * Splits a long article into parts small enough to analyse in one short task each, so a huge page (a live
 * blog of thousands of posts) is read between frames instead of freezing the page. Articles of ordinary
 * length stay whole: detection reads speakers across paragraphs, so splitting costs a little accuracy.
 */
import type { PageAnalysis } from './page-read';

/** Text lengths (characters) that decide how a root is split. */
export const CHUNK_LIMITS = {
  /** A root with at most this much text is read in one piece. */
  whole: 20_000,
  /** Parts of a longer root hold at most about this much text each. */
  part: 6_000,
} as const;

/**
 * Quotation marks per piece read in one go. Detection time grows with the number of quotes (about a
 * millisecond each), so a root with more marks is split like a long one, and a piece that cannot be split
 * and still holds more (or more text than any paragraph) is junk or an attack, never a news paragraph:
 * it is not read at all. One limit for both, so a root is never too full to read whole and yet not split.
 */
export const MARK_LIMITS = { piece: 100, pieceChars: 50_000 } as const;

const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]/g;

/**
 * One step of splitting, so a caller can split lazily between other work: null when `el` is read whole
 * (short enough, or nothing to split it into), else its child elements, each to be split in turn.
 */
export function splitOnce(el: Element, limit: number, marks: number = MARK_LIMITS.piece): Element[] | null {
  if (el.children.length === 0) return null;
  if (!textLongerThan(el, limit) && !quoteMarksOver(el, marks)) return null;
  return Array.from(el.children);
}

/** Whether an element that cannot be split further is too long or too full of quotation marks to read. */
export function unreadable(el: Element): boolean {
  return textLongerThan(el, MARK_LIMITS.pieceChars) || quoteMarksOver(el, MARK_LIMITS.piece);
}

/** Whether `el`'s text holds more than `limit` quotation marks, counted only as far as needed. */
export function quoteMarksOver(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    total += (n as Text).data.match(QUOTE_MARK)?.length ?? 0;
    if (total > limit) return true;
  }
  return false;
}

/** Whether `el` holds more than `limit` characters of text, counted only as far as needed (no 2 MB string). */
export function textLongerThan(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    total += (n as Text).length;
    if (total > limit) return true;
  }
  return false;
}

/** The elements to analyse one by one for `root`, in document order. */
export function splitIntoChunks(root: Element, limits: { whole: number; part: number } = CHUNK_LIMITS): Element[] {
  const out: Element[] = [];
  const visit = (el: Element, limit: number) => {
    const children = splitOnce(el, limit);
    if (children === null) out.push(el);
    else for (const child of children) visit(child, limits.part);
  };
  visit(root, limits.whole);
  return out;
}

/** The same analysis with every quote id prefixed, so ids of separately analysed parts never clash. */
export function withQuotePrefix(analysis: PageAnalysis, prefix: string): PageAnalysis {
  const quotes = analysis.detection.quotes.map((q) => ({ ...q, id: `${prefix}${q.id}` }));
  return { ...analysis, detection: { ...analysis.detection, quotes } };
}
