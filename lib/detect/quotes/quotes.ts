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
  /** For the words after an incise inside the same guillemets (« …, a-t-il dit. … »): the part the cue follows. */
  incise?: number;
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
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

/** The opening mark that starts the next paragraph, reopening a quotation that runs on, or null. */
function reopener(text: string, next: { start: number } | undefined): Mark | null {
  const ch = next ? text[next.start] : undefined;
  if (!next || ch === undefined || !isQuoteChar(ch)) return null;
  const first = readMark(text, next.start);
  return first?.canOpen ? first : null;
}

/** Finds every quotation in `text`, outer ones before the ones nested inside them. */
export function findQuotes(text: string): RawQuote[] {
  const pairing = new QuotePairing(text);
  const paras = paragraphs(text);
  paras.forEach((para, p) => {
    pairing.readParagraph(para);
    pairing.endParagraph(para, paras[p + 1]);
  });
  return nestDoublesInSingles(pairing.found);
}

/** The open marks and run-on groups carried from mark to mark and from paragraph to paragraph. */
class QuotePairing {
  readonly found: RawQuote[] = [];
  private dbl: Mark | null = null;
  private sgl: Mark | null = null;
  private pendingInner: RawQuote[] = [];
  /** Index of the first piece of a quote that runs over paragraphs, while it runs. */
  private group = -1;
  /** Index of the first piece of a single-marked quote that runs over paragraphs, while it runs. */
  private sgroup = -1;
  /** The reopening mark already taken as the opener of a run-on quote. */
  private reopenAt = -1;

  constructor(private readonly text: string) {}

  private add(open: Mark, closePos: number, endPos: number): RawQuote | null {
    const [s, e] = trimSpan(this.text, open.pos + 1, endPos);
    if (e <= s || !/[\p{L}\p{N}]/u.test(this.text.slice(s, e))) return null;
    return { start: s, end: e, open: open.pos, close: closePos, level: open.level, parent: -1 };
  }

  private closeDouble(closePos: number, endPos: number, continues = false): void {
    const q = this.dbl ? this.add(this.dbl, closePos, endPos) : null;
    if (q) {
      const idx = this.found.length;
      if (this.group >= 0 || continues) {
        if (this.group < 0) this.group = idx;
        q.group = this.group;
      }
      this.found.push(q);
      for (const inner of this.pendingInner) {
        inner.parent = idx;
        this.found.push(inner);
      }
    }
    this.pendingInner = [];
    // A single quote opened before this double one encloses it and stays open.
    if (this.sgl && this.dbl && this.sgl.pos > this.dbl.pos) this.sgl = null;
    this.dbl = null;
    if (!continues) this.group = -1;
  }

  /** Pairs the marks inside one paragraph. */
  readParagraph(para: { start: number; end: number }): void {
    MARK_RE.lastIndex = para.start;
    for (let m = MARK_RE.exec(this.text); m && m.index < para.end; m = MARK_RE.exec(this.text)) {
      if (m.index === this.reopenAt) continue;
      const mark = readMark(this.text, m.index);
      if (!mark) continue;
      if (this.nestsInGuillemets(mark)) this.onSingle({ ...mark, level: 'single' });
      else if (mark.level === 'double') this.onDouble(mark);
      else this.onSingle(mark);
    }
  }

  /** French and Spanish nest “…” inside «…»: inside an open guillemet, curly double marks are the inner level. */
  private nestsInGuillemets(mark: Mark): boolean {
    return this.dbl?.char === '\u00ab' && (mark.char === '\u201c' || mark.char === '\u201d');
  }

  private onDouble(mark: Mark): void {
    if (!this.dbl) {
      if (mark.canOpen) this.dbl = mark;
    } else if (mark.canOpen && !mark.canClose) {
      this.dbl = mark; // the earlier opener was stray
      this.sgl = null;
      this.pendingInner = [];
    } else if (mark.canClose) this.closeDouble(mark.pos, mark.pos);
  }

  private onSingle(mark: Mark): void {
    if (!this.sgl) {
      if (mark.canOpen && (!mark.canClose || mark.char !== '\u2019')) this.sgl = mark;
    } else if (mark.canClose && this.dbl && this.sgl.pos < this.dbl.pos) {
      // Closing a single quote opened outside the open double quote would cross it: not a closer here.
    } else if (mark.canClose) {
      const q = this.add(this.sgl, mark.pos, mark.pos);
      if (q && !this.dbl && this.sgroup >= 0) q.group = this.sgroup;
      if (q) (this.dbl ? this.pendingInner : this.found).push(q);
      this.sgl = null;
      if (!this.dbl) this.sgroup = -1;
    } else if (mark.canOpen) this.sgl = mark;
  }

  /** Ends a paragraph: quotes still open either run on into `next` or end (or are dropped) here. */
  endParagraph(para: { start: number; end: number }, next: { start: number } | undefined): void {
    const first = reopener(this.text, next);
    // A single-marked quote (British style) runs on only when it opened the paragraph's speech and the next
    // paragraph reopens it; any other unclosed single mark is dropped.
    const sgl = this.sgl;
    const runsOn =
      !!sgl &&
      first?.level === 'single' &&
      (this.sgroup >= 0 || /^\S+(?:\s+\S+){3,}.*[.!?]$/su.test(this.text.slice(sgl.pos + 1, para.end).trim()));
    if (sgl && !this.dbl && (runsOn || this.sgroup >= 0)) {
      const q = this.add(sgl, -1, para.end);
      if (q) {
        if (this.sgroup < 0) this.sgroup = this.found.length;
        q.group = this.sgroup;
        this.found.push(q);
      }
      if (runsOn && first && next) {
        this.sgl = first;
        this.reopenAt = next.start;
        return;
      }
    }
    this.sgl = null;
    this.sgroup = -1;
    if (!this.dbl) return;
    if (first?.level === 'double' && next) {
      // News style: the paragraph ends inside the quote and the next one reopens it. One quote per paragraph.
      this.closeDouble(-1, para.end, true);
      this.dbl = first;
      this.reopenAt = next.start;
    } else if (this.group >= 0) {
      this.closeDouble(-1, para.end); // a run-on quote ends with its last paragraph even without a closer
    } else {
      this.dbl = null;
      this.pendingInner = [];
    }
  }
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
