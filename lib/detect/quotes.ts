/**
 * Pairs quotation marks into quotations. Pairing works paragraph by paragraph so that a stray or
 * unbalanced mark is contained where it stands instead of flipping every quote after it; a quotation
 * may run over several paragraphs when each new paragraph repeats the opening mark (news style).
 */
import { isQuoteChar, type Mark, readMark } from './marks';

/** A quotation as found by pairing marks: the quoted words without the marks. */
export interface RawQuote {
  start: number;
  end: number;
  /** Position of the opening mark, and of the closing mark (-1 when the quote ends at a paragraph without one). */
  open: number;
  close: number;
  level: 'double' | 'single';
  /** Index (in the returned list) of the quotation this one sits inside, or -1. */
  parent: number;
  /** For a quote that runs over paragraphs, one quote per paragraph: the index of its first paragraph's quote. */
  group?: number;
}

const PARA = /\n\n+/g;
const MARK_RE =
  /["'\u2018\u2019\u201a\u201b\u2039\u203a\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02\u301d\u301e]/g;

/** Paragraph spans of `text` (blocks separated by blank lines). */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(PARA)) {
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: text.length });
  return out;
}

/** Trims whitespace off both ends of [start, end) in text. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Finds every quotation in `text`, outer ones before the ones nested inside them. */
export function findQuotes(text: string): RawQuote[] {
  const found: RawQuote[] = [];
  let dbl: Mark | null = null;
  let sgl: Mark | null = null;
  let pendingInner: RawQuote[] = [];
  const paras = paragraphs(text);

  const add = (open: Mark, closePos: number, endPos: number) => {
    const [s, e] = trimSpan(text, open.pos + 1, endPos);
    if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return null;
    const q: RawQuote = { start: s, end: e, open: open.pos, close: closePos, level: open.level, parent: -1 };
    return q;
  };
  // Index of the first piece of a quote that runs over paragraphs, while it runs.
  let group = -1;
  const closeDouble = (closePos: number, endPos: number, continues = false) => {
    const q = dbl ? add(dbl, closePos, endPos) : null;
    if (q) {
      const idx = found.length;
      if (group >= 0 || continues) {
        if (group < 0) group = idx;
        q.group = group;
      }
      found.push(q);
      for (const inner of pendingInner) {
        inner.parent = idx;
        found.push(inner);
      }
    }
    pendingInner = [];
    // A single quote opened before this double one encloses it and stays open.
    if (sgl && dbl && sgl.pos > dbl.pos) sgl = null;
    dbl = null;
    if (!continues) group = -1;
  };

  let reopenAt = -1;
  // Index of the first piece of a single-marked quote that runs over paragraphs, while it runs.
  let sgroup = -1;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    MARK_RE.lastIndex = para.start;
    for (let m = MARK_RE.exec(text); m && m.index < para.end; m = MARK_RE.exec(text)) {
      const i = m.index;
      if (i === reopenAt) continue;
      const mark = readMark(text, i);
      if (!mark) continue;
      if (mark.level === 'double') {
        if (!dbl) {
          if (mark.canOpen) dbl = mark;
        } else if (mark.canOpen && !mark.canClose) {
          dbl = mark; // the earlier opener was stray
          sgl = null;
          pendingInner = [];
        } else if (mark.canClose) closeDouble(mark.pos, mark.pos);
        continue;
      }
      if (!sgl) {
        if (mark.canOpen && (!mark.canClose || mark.char !== '\u2019')) sgl = mark;
      } else if (mark.canClose && dbl && sgl.pos < dbl.pos) {
        // Closing a single quote opened outside the open double quote would cross it: not a closer here.
      } else if (mark.canClose) {
        const q = add(sgl, mark.pos, mark.pos);
        if (q && !dbl && sgroup >= 0) q.group = sgroup;
        if (q) (dbl ? pendingInner : found).push(q);
        sgl = null;
        if (!dbl) sgroup = -1;
      } else if (mark.canOpen) sgl = mark;
    }
    const next = paras[p + 1];
    const first = next ? readMark(text, next.start) : null;
    const reopens = (level: Mark['level']) =>
      !!next && !!first && first.level === level && first.canOpen && isQuoteChar(text[next.start]!);
    // End of paragraph: a single-marked quote (British style) runs on only when it opened the paragraph's
    // speech and the next paragraph reopens it; any other unclosed single mark is dropped.
    const runsOn =
      !!sgl &&
      reopens('single') &&
      (sgroup >= 0 || /^\S+(?:\s+\S+){3,}.*[.!?]$/su.test(text.slice(sgl.pos + 1, para.end).trim()));
    if (sgl && !dbl && (runsOn || sgroup >= 0)) {
      const q = add(sgl, -1, para.end);
      if (q) {
        if (sgroup < 0) sgroup = found.length;
        q.group = sgroup;
        found.push(q);
      }
      if (runsOn) {
        sgl = first;
        reopenAt = next!.start;
        continue;
      }
    }
    sgl = null;
    sgroup = -1;
    if (!dbl) continue;
    if (reopens('double')) {
      // News style: the paragraph ends inside the quote and the next one reopens it. One quote per paragraph.
      closeDouble(-1, para.end, true);
      dbl = first;
      reopenAt = next!.start;
    } else if (group >= 0) {
      closeDouble(-1, para.end); // a run-on quote ends with its last paragraph even without a closer
    } else {
      dbl = null;
      pendingInner = [];
    }
  }
  return nestDoublesInSingles(found);
}

/**
 * British style nests double marks inside single ones ('We've heard "every option" before'). Pairing tracks
 * the two levels apart, so such a double quote comes out on its own: give it its single-marked parent and put
 * it right after that parent, keeping outer quotes before the ones inside them.
 */
function nestDoublesInSingles(found: RawQuote[]): RawQuote[] {
  const singles = found.filter((q) => q.level === 'single' && q.parent < 0 && q.close >= 0);
  if (!singles.length) return found;
  const hasChildren = new Set(found.map((q) => q.parent));
  const outerOf = found.map((q, i) => {
    if (q.level !== 'double' || q.parent >= 0 || q.close < 0 || hasChildren.has(i)) return -1;
    const outer = singles.find((s) => s.open < q.open && s.close > q.close);
    return outer ? found.indexOf(outer) : -1;
  });
  if (outerOf.every((o) => o < 0)) return found;
  const order: number[] = [];
  outerOf.forEach((o, i) => {
    if (o >= 0) return;
    order.push(i);
    outerOf.forEach((p, j) => {
      if (p === i) order.push(j);
    });
  });
  const at = new Map(order.map((old, k) => [old, k]));
  return order.map((old) => {
    const q = found[old] as RawQuote;
    const outer = outerOf[old] ?? -1;
    const parent = outer >= 0 ? outer : q.parent;
    const moved: RawQuote = { ...q, parent: parent >= 0 ? (at.get(parent) ?? -1) : -1 };
    if (q.group !== undefined) moved.group = at.get(q.group) ?? q.group;
    return moved;
  });
}
