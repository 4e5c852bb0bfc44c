/**
 * A work queue that runs in short slices: the first at once, the rest in idle time, so reading a huge page
 * never holds the page's main thread for long. Items may put more items at the front while they run
 * (splitting a long article a level at a time).
 */

/** Milliseconds of work per slice. Small, because the page pays again after each slice we write in. */
export const SLICE_MS = 10;

/** Control over a running queue. */
export interface SliceQueue<T> {
  /** Adds an item at the back, or at the front when it should go before what is waiting. */
  add(item: T, first?: boolean): void;
  /** Runs a slice now (and schedules the rest). */
  run(): void;
  /** Items still waiting. */
  size(): number;
}

/** Calls back in idle time (within a second even on a busy page), or soon where idle callbacks are missing. */
function later(callback: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 0);
}

/**
 * A queue whose `work(item, front)` runs item by item until the slice is used up; `front` puts follow-up
 * items before the rest of their lane. Items added `first` (what the page just added) wait in a lane of their
 * own, read before the backlog but taking turns with it once both wait: a page that never stops adding
 * content cannot starve the article it opened with. An item that throws is reported and skipped. Stops for
 * good on abort.
 */
export function createSliceQueue<T>(
  work: (item: T, front: (items: T[]) => void) => void,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
): SliceQueue<T> {
  const fresh: T[] = [];
  const backlog: T[] = [];
  let lastFromFresh = false;
  let scheduled = false;
  signal.addEventListener('abort', () => {
    fresh.length = 0;
    backlog.length = 0;
  });
  const waiting = () => fresh.length + backlog.length;
  // Fresh first, but never twice in a row while the backlog waits.
  const nextLane = (): T[] => {
    const lane = fresh.length > 0 && (!lastFromFresh || backlog.length === 0) ? fresh : backlog;
    lastFromFresh = lane === fresh;
    return lane;
  };
  // Later slices run after the browser has drawn its frame, and never longer than the idle period left.
  const run = (deadline?: IdleDeadline) => {
    scheduled = false;
    const until = performance.now() + (deadline ? Math.min(sliceMs, deadline.timeRemaining()) : sliceMs);
    while (waiting() > 0 && !signal.aborted) {
      const lane = nextLane();
      try {
        // The lane chosen is never empty while anything waits.
        const item = lane.shift() as T;
        work(item, (more) => lane.unshift(...more));
      } catch (error) {
        // One item we cannot handle must not stop the rest.
        console.warn('OnRecord: could not read part of this page', error);
      }
      if (performance.now() > until) break;
    }
    if (waiting() > 0 && !signal.aborted && !scheduled) {
      scheduled = true;
      later(run);
    }
  };
  return {
    add(item, first = false) {
      if (signal.aborted) return;
      if (first) fresh.unshift(item);
      else backlog.push(item);
    },
    run: () => run(),
    size: waiting,
  };
}
