/**
 * When the card opens and closes: pointer hover over a quote highlight (with a short delay so passing over
 * text does not flash cards), keyboard focus on a quote (at once), Enter/Space to move into the card, Esc
 * to close with focus back on the highlight. Listeners are delegated on the document and all go away with
 * the AbortSignal, so switching OnRecord off on a site removes them in one step.
 */
import { MARK_TAG } from './highlight';

/** How the card was opened: pointer-opened cards close when the pointer leaves, focus-opened ones on blur. */
export type OpenedBy = 'pointer' | 'focus';

/** What the hover logic drives. */
export interface HoverTarget {
  /** Opens (or moves) the card for the quote whose piece is `mark`. */
  open(mark: HTMLElement, by: OpenedBy): void;
  /**
   * The pointer entered the quote whose piece is `mark`, and its card opens once the hover-intent delay has
   * passed: a chance to start looking its data up. Shows nothing; called again for each piece entered.
   */
  prefetch?(mark: HTMLElement): void;
  close(): void;
  /** Moves keyboard focus into the open card. */
  enter(): void;
  /** Whether a node is the card (its host element). */
  isCard(node: EventTarget | null): boolean;
  /**
   * Whether the open card is still in the page. A page script can remove it; the reader then sees no card,
   * and coming back to the same quote opens it again. Taken as true when absent.
   */
  isInPage?(): boolean;
}

/** Delays in milliseconds; both well inside the 500 ms the card has to appear. */
export const HOVER_DELAYS = { open: 150, close: 300 } as const;

/** The quote highlight an event target is in, if any. */
export function quoteMarkOf(target: EventTarget | null): HTMLElement | null {
  // Duck-typed: targets from a same-origin frame are Nodes of another window, so instanceof would say no.
  const node = target as Node | null;
  const el = node?.nodeType === 1 ? (node as Element) : node?.nodeType === 3 ? node.parentElement : null;
  return (el?.closest(`${MARK_TAG}[data-onrecord="quote"]`) as HTMLElement | null) ?? null;
}

/** The innermost target of an event: inside an open shadow root the document only sees the host. */
function innermost(e: Event): EventTarget | null {
  return e.composedPath?.()[0] ?? e.target;
}

/** The focusable piece of the quote `mark` belongs to (the first piece carries tabindex). */
function firstPiece(mark: HTMLElement): HTMLElement | null {
  const id = mark.dataset.onrecordId;
  if (mark.hasAttribute('tabindex') || !id) return mark;
  return (mark.getRootNode() as ParentNode).querySelector<HTMLElement>(
    `${MARK_TAG}[data-onrecord="quote"][data-onrecord-id="${CSS.escape(id)}"][tabindex]`,
  );
}

/** Control over a running watcher. */
export interface QuoteHover {
  /** Closes the card as Esc would, focus back on the highlight: for when the card frame closed itself. */
  close(): void;
  /** The highlight the open card belongs to, if a card is open. */
  current(): HTMLElement | null;
  /** Opens the card for a quote as focus would: for the shortcut, when the window gets no focus events. */
  openFor(mark: HTMLElement): void;
}

/** The card's open state and its two timers: hover intent before opening, a grace period before closing. */
function createHoverState(doc: Document, target: HoverTarget, signal: AbortSignal) {
  let pendingClose = false;
  let refocusing = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: { mark: HTMLElement; by: OpenedBy } | null = null;
  const clear = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    pendingClose = false;
  };
  signal.addEventListener('abort', () => {
    clear();
    current = null;
  });
  const open = (mark: HTMLElement, by: OpenedBy) => {
    clear();
    current = { mark, by };
    target.open(mark, by);
  };
  const close = (restoreFocus: boolean) => {
    clear();
    const was = current;
    current = null;
    if (!was) return;
    target.close();
    if (!restoreFocus) return;
    // Focus goes back to the quote after Esc; that focus must not reopen the card it just closed.
    refocusing = true;
    firstPiece(was.mark)?.focus();
    refocusing = false;
  };
  const sameQuote = (a: HTMLElement | null) =>
    !!a && !!current && a.dataset.onrecordId === current.mark.dataset.onrecordId;
  return {
    open,
    close,
    sameQuote,
    // The card of this quote is open and the reader can see it: nothing to open again.
    showing: (a: HTMLElement | null) => sameQuote(a) && (target.isInPage?.() ?? true),
    current: () => current,
    refocusing: () => refocusing,
    pendingClose: () => pendingClose,
    /** Opens `mark` once the pointer has rested on it for the hover delay. */
    openSoon(mark: HTMLElement) {
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(mark, 'pointer'), HOVER_DELAYS.open);
    },
    cancelOpen: () => clearTimeout(openTimer),
    scheduleClose() {
      clearTimeout(closeTimer);
      pendingClose = true;
      closeTimer = setTimeout(() => {
        pendingClose = false;
        // Focus that went into the card's frame may have left no relatedTarget behind (Firefox): ask now.
        if (current?.by === 'focus' && target.isCard(doc.activeElement)) return;
        close(false);
      }, HOVER_DELAYS.close);
    },
    keepOpen() {
      clearTimeout(closeTimer);
      pendingClose = false;
    },
    /** The reader pressed Enter on the open quote: it now stays open as focus would keep it. */
    heldByKeys() {
      if (current) current.by = 'focus';
    },
  };
}

type HoverState = ReturnType<typeof createHoverState>;

/** Pointer and focus entering and leaving quotes (and the card) on `d`. */
function listenForPointerAndFocus(d: Document, state: HoverState, target: HoverTarget, opts: AddEventListenerOptions) {
  d.addEventListener(
    'pointerover',
    (e) => {
      const mark = quoteMarkOf(innermost(e));
      if (mark) {
        state.keepOpen();
        if (state.showing(mark)) return;
        state.openSoon(mark);
        target.prefetch?.(mark);
      } else if (target.isCard(e.target)) state.keepOpen();
      else {
        // Leaving the card's frame may give no pointerout in the page, only a pointerover elsewhere.
        state.cancelOpen();
        if (state.current()?.by === 'pointer' && !state.pendingClose()) state.scheduleClose();
      }
    },
    opts,
  );
  d.addEventListener(
    'pointerout',
    (e) => {
      const into = (e as PointerEvent).relatedTarget;
      if (!quoteMarkOf(innermost(e)) && !target.isCard(e.target)) return;
      if (target.isCard(into) || (state.sameQuote(quoteMarkOf(into)) && state.current())) return;
      state.cancelOpen();
      if (state.current()?.by === 'pointer') state.scheduleClose();
    },
    opts,
  );
  d.addEventListener(
    'focusin',
    (e) => {
      const mark = quoteMarkOf(innermost(e));
      if (state.refocusing()) return;
      if (mark && !state.showing(mark)) state.open(mark, 'focus');
      else if (mark || target.isCard(e.target)) state.keepOpen();
    },
    opts,
  );
  d.addEventListener(
    'focusout',
    (e) => {
      const into = (e as FocusEvent).relatedTarget;
      if (!quoteMarkOf(innermost(e)) || state.current()?.by !== 'focus') return;
      if (target.isCard(into) || state.sameQuote(quoteMarkOf(into))) return;
      state.scheduleClose();
    },
    opts,
  );
}

/** Esc closes the card; Enter or Space on a quote opens it and moves into it. */
function listenForKeys(d: Document, state: HoverState, target: HoverTarget, opts: AddEventListenerOptions) {
  d.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && state.current()) {
        state.close(true);
        return;
      }
      const mark = quoteMarkOf(innermost(e));
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        if (!state.sameQuote(mark)) state.open(mark, 'focus');
        else state.heldByKeys();
        target.enter();
      }
    },
    opts,
  );
}

/**
 * Wires hover, focus and keys on `doc` to `target` until `signal` aborts. Highlights in open shadow roots
 * are found through the event path; same-origin frames that hold highlights are added with `watch(frameDoc)`.
 */
export function watchQuoteHover(
  doc: Document,
  target: HoverTarget,
  signal: AbortSignal,
): QuoteHover & { watch(other: Document): void } {
  const state = createHoverState(doc, target, signal);
  const opts = { signal, capture: true };
  const listen = (d: Document) => {
    listenForPointerAndFocus(d, state, target, opts);
    listenForKeys(d, state, target, opts);
  };
  listen(doc);
  return {
    close: () => state.close(true),
    current: () => state.current()?.mark ?? null,
    openFor: (mark) => {
      if (!state.sameQuote(mark)) state.open(mark, 'focus');
    },
    watch: listen,
  };
}
