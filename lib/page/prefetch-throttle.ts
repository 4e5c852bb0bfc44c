/**
 * The page side's one prefetch throttle: when the pointer enters a quote, the background is asked to start
 * its lookup ahead of the card, at most once every PREFETCH_SPACING_MS, only the latest quote waiting, and
 * not again for the quote just asked for. A page can fire pointer events at will; the background bounds its
 * own work as well (lib/background/prefetch-cache.ts).
 */
import type { PageQuote } from '@/lib/core/protocol';

/** Entering the same quote again within this long asks for no second lookup ahead of its card. */
const PREFETCH_AGAIN_MS = 1_000;
/** At most one lookup is asked for ahead of a card this often; a quote entered sooner waits. */
export const PREFETCH_SPACING_MS = 50;

/** A throttle that hands each quote let through to `send`, until `signal` aborts. */
export function createPrefetchThrottle(send: (quote: PageQuote) => void, signal: AbortSignal) {
  let asked: { id: string; at: number } | null = null;
  let lastAsk = Number.NEGATIVE_INFINITY;
  let waiting: PageQuote | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = (quote: PageQuote) => {
    lastAsk = Date.now();
    asked = { id: quote.id, at: lastAsk };
    send(quote);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    waiting = null;
  };
  signal.addEventListener('abort', cancel);
  return {
    /** The pointer entered `quote`. */
    entered(quote: PageQuote) {
      const now = Date.now();
      if (asked?.id === quote.id && now - asked.at < PREFETCH_AGAIN_MS) {
        waiting = null;
        return;
      }
      const wait = lastAsk + PREFETCH_SPACING_MS - now;
      if (wait <= 0) {
        cancel();
        ask(quote);
        return;
      }
      waiting = quote;
      timer ??= setTimeout(() => {
        const next = waiting;
        timer = undefined;
        waiting = null;
        if (next && !signal.aborted) ask(next);
      }, wait);
    },
    /** A card opened: nothing waiting is wanted any more. */
    opened() {
      cancel();
      asked = null;
    },
    /** The card closed: the next entry into the same quote asks again. */
    closed() {
      asked = null;
    },
  };
}
