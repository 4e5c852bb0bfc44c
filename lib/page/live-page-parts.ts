/**
 * The live page's named parts: when to trust computed style, the order parts are drawn in whatever order
 * their detections arrive, and how often a page that is not (yet) an article is looked at again.
 */
import type { Detection } from '@/lib/detect/types';
import { isHugePage } from './dom/huge-page';
import { SLICE_MS } from './dom/slices';

/** How many times a page without an article is looked at again as it changes. */
const IDLE_LOOKS = 30;

/** Resolves in a task of its own, after the browser has had its turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Nothing found: what a part shows when detection could not be had (the background refused or is gone). */
export const NOTHING: Detection = { quotes: [], people: [] };

/**
 * Whether to ask computed style what is hidden, decided once per document: measuring layout after each part
 * we highlight would lay out the whole page again. On a huge page each computed-style question after our own
 * writes restyles the page (50-100 ms on a 2 MB live blog), so there attributes and inline styles alone
 * decide (hidden, aria-hidden, display:none inline, never-rendered elements). A page that grows (infinite
 * scroll, a live blog running all day) is weighed again every few seconds.
 */
export function createStyleCheck(): (d: Document) => boolean {
  const checks = new WeakMap<Document, { laidOut: boolean; use: boolean; at: number }>();
  return (d) => {
    let check = checks.get(d);
    if (!check || performance.now() - check.at > 5000) {
      const laidOut = check?.laidOut ?? (d.documentElement?.getBoundingClientRect().width ?? 0) > 0;
      check = { laidOut, use: laidOut && !isHugePage(d), at: performance.now() };
      checks.set(d, check);
    }
    return check.use;
  };
}

/**
 * Parts are drawn in the order they were read, whenever their detections arrive, so quote numbering and the
 * first part starting the session stay as they were with detection in place. Answers that arrived together
 * are drawn a slice's worth per task, so the page can paint between.
 */
export function createDrawOrder() {
  let drawing: Promise<void> | null = null;
  let drawnSince = 0;
  let waiting = 0;
  return (found: Detection | Promise<Detection>, draw: (detection: Detection) => void): void => {
    // A sync detector (tests, the CLI) draws at once; a promise, even from another realm, waits its turn.
    if (!drawing && typeof (found as { then?: unknown }).then !== 'function') {
      draw(found as Detection);
      return;
    }
    waiting++;
    const detected = Promise.resolve(found).catch(() => NOTHING);
    drawing = (drawing ?? Promise.resolve())
      .then(() => detected)
      .then((detection) => {
        if (waiting > 1 && performance.now() - drawnSince > SLICE_MS) return nextTask().then(() => detection);
        return detection;
      })
      .then((detection) => {
        if (performance.now() - drawnSince > SLICE_MS) drawnSince = performance.now();
        draw(detection);
      })
      .catch((error: unknown) => console.warn('OnRecord: could not draw a part of this page', error))
      .finally(() => {
        if (--waiting === 0) drawing = null;
      });
  };
}

/**
 * A page that is not (yet) an article is looked at again as it changes, at most once a second and not
 * forever: a web app that never shows an article should cost next to nothing.
 */
export function createIdleLook(look: () => void, found: () => boolean, signal: AbortSignal): () => void {
  let looks = 0;
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const idleLook = () => {
    if (looks >= IDLE_LOOKS || timer !== undefined) return;
    const wait = last + 1000 - performance.now();
    if (wait > 0) {
      // The last change of a burst must still be looked at: come back when the second is up.
      timer = setTimeout(() => {
        timer = undefined;
        if (!found()) idleLook();
      }, wait);
      return;
    }
    looks++;
    last = performance.now();
    look();
  };
  return idleLook;
}
