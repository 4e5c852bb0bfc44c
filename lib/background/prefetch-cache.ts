/**
 * Lookups started early for the card, before its 'card/show': when the pointer enters a quote, the lookup is
 * kept a few seconds for the show that follows. A page can fire pointer events at will, so this is
 * bounded per tab: one lookup running, only the latest request waiting behind it, a handful of answers kept.
 */
import type { BackgroundToCard, CardData } from '@/lib/core/protocol';

/** How long a prefetched lookup waits for its 'card/show' before it is dropped. */
export const PREFETCH_TTL_MS = 5_000;
/** Prefetched lookups kept per tab, the oldest dropped first. */
export const PREFETCH_PER_TAB = 4;

type Shown = BackgroundToCard['card/show'];

/** One prefetched lookup: its promise once started. */
interface Prefetch {
  key: string;
  show: Shown;
  at: number;
  result?: Promise<CardData>;
}

/** A tab's prefetches: started ones (oldest first), whether one is still running, the latest waiting. */
interface TabPrefetches {
  kept: Prefetch[];
  running: boolean;
  waiting?: Prefetch;
}

/** The same quote on the same page with the same people: a prefetch and a show that may share one lookup. */
const showKey = (show: Shown) => JSON.stringify([show.quote, show.page, show.people]);

/** Prefetched lookups per tab, started with `lookup`. */
export function createPrefetchCache(lookup: (show: Shown) => Promise<CardData>) {
  const prefetches = new Map<number, TabPrefetches>();

  const start = (tabId: number, state: TabPrefetches, p: Prefetch) => {
    state.running = true;
    p.at = Date.now();
    const result = lookup(p.show);
    p.result = result;
    state.kept.push(p);
    if (state.kept.length > PREFETCH_PER_TAB) state.kept.shift();
    const settled = () => {
      // The tab closed meanwhile: its state is gone and nothing waits.
      if (prefetches.get(tabId) !== state) return;
      state.running = false;
      const next = state.waiting;
      state.waiting = undefined;
      if (next) start(tabId, state, next);
    };
    result.then(settled, (error: unknown) => {
      state.kept = state.kept.filter((k) => k !== p);
      console.error('OnRecord: card lookup failed', error);
      settled();
    });
  };

  const prefetch = (tabId: number, show: Shown) => {
    const key = showKey(show);
    let state = prefetches.get(tabId);
    if (!state) {
      state = { kept: [], running: false };
      prefetches.set(tabId, state);
    }
    const now = Date.now();
    state.kept = state.kept.filter((k) => now - k.at <= PREFETCH_TTL_MS);
    if (state.kept.some((k) => k.key === key)) return;
    const p: Prefetch = { key, show, at: now };
    // Only the latest waits: passing over many quotes replaces the request instead of queueing them all.
    if (state.running) state.waiting = p;
    else start(tabId, state, p);
  };

  /** The prefetched lookup for this show, taken out of the tab's cache; undefined when there is none. */
  const take = (tabId: number, show: Shown): Promise<CardData> | undefined => {
    const state = prefetches.get(tabId);
    if (!state) return undefined;
    // The reader settled on a quote: a request still waiting for another one is no longer wanted.
    state.waiting = undefined;
    const key = showKey(show);
    const hit = state.kept.find((k) => k.key === key && Date.now() - k.at <= PREFETCH_TTL_MS);
    if (!hit) return undefined;
    state.kept = state.kept.filter((k) => k !== hit);
    return hit.result;
  };

  /** Drops a tab's kept and waiting prefetches; a running lookup finishes but its answer is not kept. */
  const drop = (tabId: number) => {
    const state = prefetches.get(tabId);
    if (!state) return;
    state.kept = [];
    state.waiting = undefined;
  };

  return {
    prefetch,
    take,
    drop,
    /** Drops every tab's kept prefetches: the library changed, so an answer read before may be out of date. */
    dropAll: () => {
      for (const tabId of prefetches.keys()) drop(tabId);
    },
    /** Forgets a closed tab. */
    forgetTab: (tabId: number) => prefetches.delete(tabId),
    /** How many prefetched lookups a tab holds (kept, running or waiting). */
    stats(tabId: number): { kept: number; running: boolean; waiting: boolean } {
      const state = prefetches.get(tabId);
      return { kept: state?.kept.length ?? 0, running: state?.running ?? false, waiting: !!state?.waiting };
    },
  };
}
