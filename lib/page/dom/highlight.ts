/**
 * Draws highlights for detected quotes and people by wrapping their text in <onrecord-mark> elements.
 *
 * The marks carry only page-derived attributes (a stable test contract):
 *   quotes: data-onrecord="quote", data-onrecord-id (same on every piece), data-onrecord-speaker (name or ""),
 *           data-onrecord-kind (direct, partial or block)
 *   people: data-onrecord="person", data-onrecord-name
 * A custom element is display:inline by default and unknown to page stylesheets, so the page keeps its
 * layout; the look comes from entrypoints/content/style.css, which the browser injects (immune to page CSP).
 */
import { t } from '@/lib/core/i18n';
import type { Detection, Quote, Span } from '@/lib/detect/types';
import { insideUntouchable } from './untouchable';

/** The tag of every highlight element. */
export const MARK_TAG = 'onrecord-mark';

/** What a screen reader hears about a quote highlight, after its text, in the reader's language. */
export function quoteMarkDescription(): string {
  return t('cardMarkDescription');
}

/** A stretch of one text node, as lib/page/dom/analyze maps a text span back to the DOM. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** One highlight to draw: the attributes every piece gets, and the pieces. */
export interface MarkSpec {
  attrs: Record<string, string>;
  pieces: TextPiece[];
}

/** What highlighting needs from a page analysis. */
export interface HighlightSource {
  detection: Detection;
  piecesFor(span: Span): TextPiece[];
}

/** Quotes worth a card: scare quotes and titles ('term') are not statements, so they stay unmarked. */
export function markableQuotes(detection: Detection): Quote[] {
  return detection.quotes.filter((q) => q.kind !== 'term' && q.end > q.start);
}

/** The marks for a page analysis: quotes first, so that people named inside a quote nest within its mark. */
export function marksFor(source: HighlightSource): MarkSpec[] {
  const quotes = markableQuotes(source.detection).map((q) => ({
    attrs: {
      'data-onrecord': 'quote',
      'data-onrecord-id': q.id,
      'data-onrecord-speaker': q.speaker ?? '',
      // The kind picks the reader's colour for it (entrypoints/content/style.css).
      'data-onrecord-kind': q.kind,
    },
    pieces: source.piecesFor(q),
  }));
  const people = source.detection.people.flatMap((p) =>
    p.mentions.map((m) => ({
      attrs: {
        'data-onrecord': 'person',
        'data-onrecord-name': p.name,
        ...(p.kind === 'organisation' ? { 'data-onrecord-kind': 'organisation' } : {}),
      },
      pieces: source.piecesFor(m),
    })),
  );
  return [...quotes, ...people];
}

// After a split, one original text node lives on as several nodes; each remembers its range of the original.
interface Part {
  node: Text;
  from: number;
  to: number;
}

// Every text node a split created, mapped to the page's own node it came from: removal joins exactly these
// back (page scripts may hold the original node), where normalize() would also merge the page's own nodes.
const splitFrom = new WeakMap<Text, Text>();
// What each of the page's own split nodes held right after our splits: if the page later writes another
// text into it (a framework re-rendering in place), it holds the text the page wants, and the pieces we
// split off are stale and are dropped rather than joined back.
const dataAfterSplit = new WeakMap<Text, string>();

/** Whether a text node already sits inside a highlight other than those in `own` (drawn by this very call). */
function insideOtherMark(node: Text, own: Set<Element>): boolean {
  const mark = node.parentElement?.closest(MARK_TAG);
  return !!mark && !own.has(mark);
}

/**
 * Wraps every piece of every spec in a mark and returns the marks created, in spec order.
 * Offsets always refer to the text nodes as they were before any wrapping, so specs may be computed up front.
 * A piece that straddles an earlier mark's edge (a name half inside a quote) is skipped rather than
 * breaking the earlier mark; whitespace-only pieces are skipped so no empty marks appear between blocks.
 * Text already highlighted by an earlier call, and text in editable regions, code, SVG and the like, is
 * never wrapped, so no highlight is drawn twice and nothing the reader edits changes under them.
 */
export function applyMarks(doc: Document, specs: MarkSpec[]): HTMLElement[] {
  const parts = new Map<Text, Part[]>();
  const created: HTMLElement[] = [];
  const own = new Set<Element>();
  const untouchable = new Map<Text, boolean>();
  const skip = (node: Text) => {
    let v = untouchable.get(node);
    if (v === undefined) {
      v = insideUntouchable(node);
      untouchable.set(node, v);
    }
    return v || insideOtherMark(node, own);
  };
  for (const spec of specs) {
    let first = true;
    for (const piece of spec.pieces) {
      const { node, start, end } = piece;
      if (end <= start || skip(node)) continue;
      const list = parts.get(node) ?? [{ node, from: 0, to: node.data.length }];
      parts.set(node, list);
      const index = list.findIndex((p) => p.from <= start && end <= p.to);
      const part = list[index];
      if (!part?.node.parentNode || !part.node.data.slice(start - part.from, end - part.from).trim()) continue;
      let middle = part.node;
      const replaced: Part[] = [];
      const origin = splitFrom.get(part.node) ?? part.node;
      if (start > part.from) {
        replaced.push({ node: part.node, from: part.from, to: start });
        middle = part.node.splitText(start - part.from);
        splitFrom.set(middle, origin);
      }
      if (end < part.to) {
        const rest = middle.splitText(end - start);
        splitFrom.set(rest, origin);
        replaced.push({ node: middle, from: start, to: end }, { node: rest, from: end, to: part.to });
      } else replaced.push({ node: middle, from: start, to: end });
      list.splice(index, 1, ...replaced);
      const mark = doc.createElement(MARK_TAG);
      for (const [name, value] of Object.entries(spec.attrs)) mark.setAttribute(name, value);
      if (spec.attrs['data-onrecord'] === 'quote') {
        // One tab stop per quote: the first piece; the rest are reached by pointer only.
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-expanded', 'false');
        if (first) {
          mark.tabIndex = 0;
          // Screen readers say what the highlight offers; fixed product text, nothing from the library.
          mark.setAttribute('aria-description', quoteMarkDescription());
        }
      }
      first = false;
      // splitText keeps both halves under the parent the part was checked to have above.
      const parent = middle.parentNode;
      if (!parent) continue;
      parent.insertBefore(mark, middle);
      mark.appendChild(middle);
      created.push(mark);
      own.add(mark);
    }
  }
  for (const list of parts.values()) {
    const origin = list[0] && (splitFrom.get(list[0].node) ?? list[0].node);
    if (origin && list.length > 1) dataAfterSplit.set(origin, origin.data);
  }
  return created;
}

/** Highlights a page analysis; returns the marks drawn. */
export function highlightPage(doc: Document, source: HighlightSource): HTMLElement[] {
  return applyMarks(doc, marksFor(source));
}

/** Every mark under root, outermost first (document order). */
export function findMarks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-onrecord]`)];
}

/** Every piece of one quote, by its id. */
export function quotePieces(root: ParentNode, id: string): HTMLElement[] {
  return findMarks(root).filter((m) => m.dataset.onrecord === 'quote' && m.dataset.onrecordId === id);
}

/** Joins the text nodes our splits made back into the page's own node, leaving the page's other nodes alone. */
function joinSplits(parent: Node): void {
  const rewritten = new Map<Text, boolean>();
  for (let child = parent.firstChild; child; ) {
    const next = child.nextSibling;
    const origin = child.nodeType === 3 ? splitFrom.get(child as Text) : undefined;
    if (origin) {
      let stale = rewritten.get(origin);
      if (stale === undefined) {
        const after = dataAfterSplit.get(origin);
        stale = after !== undefined && origin.data !== after;
        rewritten.set(origin, stale);
      }
      const prev = child.previousSibling;
      if (stale) parent.removeChild(child);
      else if (prev?.nodeType === 3 && (prev === origin || splitFrom.get(prev as Text) === origin)) {
        (prev as Text).appendData((child as Text).data);
        parent.removeChild(child);
      }
    }
    child = next;
  }
  for (const origin of rewritten.keys()) dataAfterSplit.delete(origin);
}

/** Removes every mark under root (or the given marks) and joins the text back, so the page's DOM is as it was. */
export function removeHighlights(root: ParentNode, marks: HTMLElement[] = findMarks(root)): void {
  const parents = new Set<Node>();
  // Innermost first, so nested marks unwrap into their outer mark before it unwraps in turn.
  for (const mark of [...marks].reverse()) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected || parent.parentNode) joinSplits(parent);
}
