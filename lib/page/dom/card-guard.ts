/**
 * Keeps the reader's clicks on the card the reader's own (clickjacking). A page can open the card on purpose
 * (focusing a quote opens it at once) and lay its own top-layer element over it, opaque and click-through,
 * so that a click on its decoy lands on Save. The card's frame therefore takes no pointer input for a moment
 * after it appears or moves, and none while any of the page's top-layer elements (popover, modal dialog,
 * fullscreen element) overlaps it: it is raised above them again, and clicks come back only once it has stayed
 * uncovered for that moment. Inside the frame, Chromium's IntersectionObserver v2 adds its own visibility check
 * (entrypoints/card/visibility-guard.ts).
 */
import type { Rect } from './rect';

/** How long the card ignores the pointer after it appears, moves or was covered (milliseconds). */
export const CLICK_DELAY_MS = 500;

/** How often an open card checks the page's top layer (milliseconds). */
const CHECK_MS = 100;

const TOP_LAYER = [':popover-open', 'dialog:modal', ':fullscreen'];

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The page's top-layer elements, other than `own`, whose box overlaps `box`. Pure DOM reads. */
export function coveringTopLayer(doc: Document, own: Element, box: Rect): Element[] {
  const found: Element[] = [];
  for (const selector of TOP_LAYER) {
    let list: NodeListOf<Element>;
    try {
      list = doc.querySelectorAll(selector);
    } catch {
      continue; // A browser without this kind of top layer.
    }
    for (const el of list) {
      if (el === own || found.includes(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && overlaps(box, r)) found.push(el);
    }
  }
  return found;
}

/**
 * The card's parts the guard works on: the host (measured, raised) and the frame, which alone stops taking the
 * pointer. The host keeps it, so hovering the card still counts as being on the card and keeps it open.
 */
export interface CardGuardTarget {
  host: HTMLElement;
  frame: HTMLElement;
  raise(): void;
}

/** The guard of one card frame: `armed()` after every show or move, `stop()` when the card hides. */
export interface CardGuard {
  armed(): void;
  stop(): void;
  /** Whether the card takes clicks now (for tests and the side checks). */
  takesClicks(): boolean;
}

/** Starts guarding a card frame's host; timers come from the host's window so tests can fake them. */
export function guardCardClicks(target: CardGuardTarget, doc: Document): CardGuard {
  const view = doc.defaultView;
  let open: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let clickable = false;
  const block = () => {
    clickable = false;
    target.frame.style.setProperty('pointer-events', 'none', 'important');
    if (open !== undefined) clearTimeout(open);
    open = setTimeout(() => {
      open = undefined;
      if (ticker === undefined) return;
      clickable = true;
      target.frame.style.setProperty('pointer-events', 'inherit', 'important');
    }, CLICK_DELAY_MS);
  };
  const check = () => {
    const box = target.host.getBoundingClientRect();
    if (coveringTopLayer(doc, target.host, box).length === 0) return;
    target.raise();
    block();
  };
  const stop = () => {
    if (ticker !== undefined) clearInterval(ticker);
    if (open !== undefined) clearTimeout(open);
    ticker = undefined;
    open = undefined;
    clickable = false;
  };
  return {
    armed() {
      if (!view) return;
      block();
      if (ticker === undefined) ticker = setInterval(check, CHECK_MS);
      check();
    },
    stop,
    takesClicks: () => clickable,
  };
}
