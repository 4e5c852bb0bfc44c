/**
 * Watches a page for content that arrives after the first scan (lazy loading, infinite scroll, live blogs,
 * single-page apps) and reports it in batches. Our own highlights never count as new content: writes made
 * through `quietly()` are taken out of the record, and marks or the card host added any other way are ignored.
 * Changes inside editable regions, code and the like are ignored too, so typing in an editor costs nothing.
 */
import { CARD_HOST_TAG } from './card-frame';
import { MARK_TAG } from './highlight';
import { insideUntouchable } from './untouchable';

/** What changed since the last batch. */
export interface MutationBatch {
  /** The outermost elements that were added or whose text changed, still in the page. */
  added: Element[];
  /** Whether the page removed any element (highlights may have gone with it). */
  removed: boolean;
}

/** Control over a running watcher. */
export interface PageWatcher {
  /** Also watches a shadow root or a frame's document. */
  observe(root: Node): void;
  /** Runs `write` with the watcher deaf to it: for drawing and removing our own highlights. */
  quietly<T>(write: () => T): T;
}

/** Options for watchMutations. */
export interface WatchOptions {
  signal: AbortSignal;
  /** How long changes gather before one batch reports them (ms). */
  delayMs?: number;
  /** The longest a batch may gather while the page keeps changing without a pause (ms). */
  maxDelayMs?: number;
}

const OURS = new Set([MARK_TAG.toUpperCase(), CARD_HOST_TAG.toUpperCase()]);

/** True for nodes OnRecord itself puts in a page, or anything inside them. */
function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (OURS.has(el.nodeName) || el.closest(`${MARK_TAG}, ${CARD_HOST_TAG}`) !== null);
}

/** The nearest element around `el` that is not one of our marks. */
function outsideMarks(el: Element | null): Element | null {
  let e = el;
  while (e && e.nodeName === MARK_TAG.toUpperCase()) e = e.parentElement;
  return e;
}

/** Keeps only elements no other element of the set contains, and only those still in a document. */
export function outermost(elements: Iterable<Element>): Element[] {
  const set = new Set(elements);
  const out: Element[] = [];
  for (const el of set) {
    if (!el.isConnected) continue;
    let covered = false;
    for (let up = el.parentElement; up && !covered; up = up.parentElement) covered = set.has(up);
    if (!covered) out.push(el);
  }
  return out;
}

/** Calls `onBatch` with what the page added or changed, at most once per `delayMs`, until `signal` aborts. */
export function watchMutations(onBatch: (batch: MutationBatch) => void, opts: WatchOptions): PageWatcher {
  const roots: Node[] = [];
  const added = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const config: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const base = opts.delayMs ?? 150;
  // A page that never stops changing (a ticker, a mutation storm) gets batches ever further apart, up to
  // maxDelayMs; the first quiet moment brings the delay back down.
  let delay = base;
  let lastFlush = Number.NEGATIVE_INFINITY;

  const flush = () => {
    timer = undefined;
    if (opts.signal.aborted) return;
    const now = performance.now();
    delay = now - lastFlush < delay * 2 ? Math.min(delay * 2, opts.maxDelayMs ?? 2000) : base;
    lastFlush = now;
    const batch = { added: outermost(added), removed };
    added.clear();
    removed = false;
    if (batch.added.length > 0 || batch.removed) onBatch(batch);
  };
  const note = (el: Element | null) => {
    if (el && !isOurs(el) && !insideUntouchable(el)) added.add(el);
  };
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      // Text the page rewrote inside one of our marks counts as a change of the element around the mark.
      if (record.type === 'characterData') note(outsideMarks(record.target.parentElement));
      else {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) note(node as Element);
          else if (node.nodeType === 3 && (node as Text).data.trim()) note(record.target as Element);
        }
        for (const node of record.removedNodes) if (node.nodeType === 1 && !OURS.has(node.nodeName)) removed = true;
      }
    }
    if ((added.size > 0 || removed) && timer === undefined) timer = setTimeout(flush, delay);
  };
  const observer = new MutationObserver(collect);
  opts.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    observe(root) {
      if (opts.signal.aborted || roots.includes(root)) return;
      roots.push(root);
      observer.observe(root, config);
    },
    quietly(write) {
      collect(observer.takeRecords());
      observer.disconnect();
      try {
        return write();
      } finally {
        if (!opts.signal.aborted) for (const root of roots) observer.observe(root, config);
      }
    },
  };
}
