/**
 * The card's own check that it can be seen before a click acts (clickjacking), where the browser can tell:
 * IntersectionObserver v2 (`trackVisibility`, Chromium) reports whether the card is unoccluded and drawn
 * without opacity, filter or transform tricks, across the page that embeds it. A click counts only once the
 * card has been visible for CLICK_DELAY_MS. Elsewhere (Firefox) the content script's top-layer check
 * (lib/dom/card-guard.ts) stands alone.
 */

/** How long the card must have been visible before a click acts (milliseconds); as in lib/dom/card-guard. */
const CLICK_DELAY_MS = 500;

interface VisibilityEntry {
  isVisible?: boolean;
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
      for (const e of entries as (IntersectionObserverEntry & VisibilityEntry)[])
        visibleSince = e.isVisible ? (visibleSince ?? now()) : null;
    },
    { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return { allows: () => visibleSince !== null && now() - visibleSince >= CLICK_DELAY_MS };
}
