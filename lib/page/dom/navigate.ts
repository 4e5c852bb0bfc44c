/**
 * Moving between quote highlights from the keyboard shortcut: the next or previous quote in reading order
 * (document order, with open shadow roots and same-origin frames read where they sit in the page), wrapping
 * at the ends and skipping quotes the reader cannot see. Focusing the quote opens its card (lib/page/dom/hover).
 */
import { MARK_TAG } from './highlight';

/** Which way the shortcut moves. */
export type StepDirection = 'next' | 'previous';

/** The node a node sits under in its parent tree: a shadow root's host, or the frame element of its document. */
function parentAcross(node: Node): Node | null {
  if (node.parentNode) {
    const parent = node.parentNode;
    // A shadow root's parentNode is null, so this is only a document or an element here.
    return parent.nodeType === 9 ? (((parent as Document).defaultView?.frameElement as Node | null) ?? null) : parent;
  }
  const root = node as ShadowRoot;
  if (node.nodeType === 11 && root.host) return root.host;
  if (node.nodeType === 9) return ((node as Document).defaultView?.frameElement as Node | null) ?? null;
  return null;
}

/** The chain from the top of the page down to `node`, crossing shadow roots and frames. */
function pathOf(node: Node): Node[] {
  const path: Node[] = [];
  for (let at: Node | null = node; at; at = parentAcross(at)) path.push(at);
  return path.reverse();
}

/** Negative when `a` comes before `b` in reading order, positive after, 0 for the same node. */
export function compareReadingOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = pathOf(a);
  const pb = pathOf(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const x = pa[i];
  const y = pb[i];
  // One contains the other: the container comes first.
  if (!x) return -1;
  if (!y) return 1;
  const position = x.compareDocumentPosition(y);
  if (position & 4) return -1;
  if (position & 2) return 1;
  return 0;
}

/** Whether the reader can see a highlight: laid out, not hidden by visibility or a collapsed ancestor. */
export function isShown(mark: HTMLElement): boolean {
  try {
    if (typeof mark.checkVisibility === 'function') {
      return mark.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    }
    return mark.getClientRects().length > 0;
  } catch {
    // A frame's document that has been replaced throws (Firefox "dead object"): not on screen.
    return false;
  }
}

/** The focusable first piece of each quote among `marks`, in reading order, visible ones only. */
export function quoteStops(marks: Iterable<HTMLElement>, shown: (m: HTMLElement) => boolean = isShown): HTMLElement[] {
  const stops = [...marks].filter(
    (m) => m.localName === MARK_TAG && m.dataset.onrecord === 'quote' && m.hasAttribute('tabindex') && m.isConnected,
  );
  return stops.sort(compareReadingOrder).filter(shown);
}

/**
 * The quote to move to from `from` (the quote that has focus or an open card, or null): the next or previous
 * stop, wrapping around. From no quote, `next` starts at the first quote and `previous` at the last.
 */
export function stepFrom(stops: HTMLElement[], from: HTMLElement | null, direction: StepDirection): HTMLElement | null {
  if (stops.length === 0) return null;
  const forward = direction === 'next';
  if (!from) return (forward ? stops[0] : stops[stops.length - 1]) ?? null;
  const at = stops.indexOf(from);
  if (at >= 0) return stops[(at + (forward ? 1 : -1) + stops.length) % stops.length] ?? null;
  // `from` is hidden or another piece of a quote: go by its place in the page.
  const after = stops.findIndex((s) => compareReadingOrder(from, s) < 0);
  if (forward) return stops[Math.max(after, 0)] ?? null;
  const before = (after < 0 ? stops.length : after) - 1;
  return stops[before < 0 ? stops.length - 1 : before] ?? null;
}
