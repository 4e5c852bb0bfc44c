/**
 * The card's own check that it can be seen before a click acts (clickjacking), where the browser can tell:
 * IntersectionObserver v2 (`trackVisibility`, Chromium) reports whether the card is unoccluded and drawn
 * without opacity, filter or transform tricks, across the page that embeds it. A click counts only once the
 * card has been visible for CLICK_DELAY_MS. Elsewhere (Firefox) the content script's top-layer check
 * (lib/page/dom/card-guard.ts) stands alone.
 */
import { CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';

/**
 * The observer's `delay`: it works out visibility at most this often, so it may learn that the card became
 * visible up to this long after it did (milliseconds).
 */
export const REPORT_DELAY_MS = 100;

interface VisibilityEntry {
  isVisible?: boolean;
  time: number;
}

/** Whether a click on the card may act now. */
export interface ClickGate {
  allows(): boolean;
}

/** Starts watching `target`'s visibility; where IntersectionObserver v2 is missing, every click is allowed. */
export function watchCardVisibility(target: Element, now: () => number = () => performance.now()): ClickGate {
  const Observer = globalThis.IntersectionObserver;
  const entry = globalThis.IntersectionObserverEntry;
  if (!Observer || !entry || !('isVisible' in entry.prototype)) return { allows: () => true };
  let visibleSince: number | null = null;
  const observer = new Observer(
    (entries) => {
      // From when the browser saw it (the entry's time), not when the callback ran, which can come later.
      for (const e of entries as (IntersectionObserverEntry & VisibilityEntry)[])
        visibleSince = e.isVisible ? (visibleSince ?? e.time) : null;
    },
    { threshold: [0], trackVisibility: true, delay: REPORT_DELAY_MS } as IntersectionObserverInit,
  );
  observer.observe(target);
  // The content script's guard lets the pointer through CLICK_DELAY_MS after the show itself; counting the
  // full delay again from a report that came later would drop, unseen, a click that guard already allowed.
  return { allows: () => visibleSince !== null && now() - visibleSince >= CLICK_DELAY_MS - REPORT_DELAY_MS };
}
