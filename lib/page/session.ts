/**
 * One activation of OnRecord on a page: highlight what analysis found, wire the card. More analysed parts
 * can join later (content that loads as the reader scrolls, text in a shadow root or a same-origin frame).
 * `stop()` undoes all of it at once (highlights, listeners, the card frame), which is what switching the
 * site off does.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground, Message, PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import { type CardFrame, createCardFrame } from './dom/card-frame';
import { highlightPage } from './dom/highlight';
import { watchQuoteHover } from './dom/hover';
import { quoteStops, type StepDirection, stepFrom } from './dom/navigate';
import type { PageAnalysis } from './dom/page-read';
import { pagePeople, pageQuotes } from './page-data';
import { alive, createPartRegistry, mergePeople } from './part-registry';
import { createPrefetchThrottle, PREFETCH_SPACING_MS } from './prefetch-throttle';

export { alive, mergePeople, PREFETCH_SPACING_MS };

/** What an active page holds for the popup and the card. */
export interface Session {
  /** Whether the page reads as an article at all. */
  article: boolean;
  quotes: PageQuote[];
  people: PagePerson[];
  /** Called when the background relays the card's 'card/closed'. */
  onCardClosed(nonce: string): void;
  /** Scrolls to a quote and focuses it, for the popup's list. Returns false for an unknown id. */
  reveal(id: string): boolean;
  /** Focuses the next or previous visible quote (wrapping), which opens its card; false when there is none. */
  step(direction: StepDirection): boolean;
  stop(): void;
}

/** A session that more analysed parts of the page can join while it runs. */
export interface LiveSession extends Session {
  /** Highlights one more analysed part (its quote ids must not clash with earlier parts'); returns its marks. */
  add(analysis: PageAnalysis): HTMLElement[];
  /** Forgets parts whose highlights the page has removed (content unloaded, a route change re-rendered it). */
  prune(): void;
  /** Removes the highlights of every part touching `scope` and forgets them; returns their roots to read again. */
  forget(scope: Node): Element[];
  /** Listens for hover and keys in a same-origin frame whose text has been added. */
  watchFrame(frameDoc: Document): void;
}

function send(message: Message<ContentToBackground>): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The extension was reloaded or the worker is restarting; the next hover tries again.
  });
}

/** A session for a page that is not an article: nothing analysed, nothing drawn, nothing to undo. */
export const IDLE_SESSION: Session = {
  article: false,
  quotes: [],
  people: [],
  onCardClosed() {},
  reveal: () => false,
  step: () => false,
  stop() {},
};

/** The session's card frame: made on first use, loaded ahead while the reader reads, gone with the session. */
function createCardHolder(doc: Document, signal: AbortSignal, hasQuotes: () => boolean) {
  let card: CardFrame | null = null;
  let queued = false;
  const ensure = () => {
    card ??= createCardFrame(doc, browser.runtime.getURL('/card.html'));
    return card;
  };
  return {
    current: () => card,
    ensure,
    /** Loads the frame in idle time, so the first hover shows a card without waiting for it. */
    preload() {
      if (queued || card) return;
      queued = true;
      const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
      idle(() => {
        if (!signal.aborted && hasQuotes()) ensure();
      });
    },
    destroy() {
      card?.destroy();
      card = null;
    },
  };
}

type Registry = ReturnType<typeof createPartRegistry>;
type CardHolder = ReturnType<typeof createCardHolder>;

/** Hover and focus wiring: entering a quote asks for its lookup, resting on it opens its card, leaving closes it. */
function wireCardHover(doc: Document, parts: Registry, card: CardHolder, page: PageInfo, signal: AbortSignal) {
  let expanded: HTMLElement[] = [];
  const setExpanded = (id: string | null) => {
    for (const m of expanded) m.setAttribute('aria-expanded', 'false');
    expanded = id ? parts.piecesOf(id) : [];
    for (const m of expanded) m.setAttribute('aria-expanded', 'true');
  };
  // Only the speaker's own entry: the card needs nothing else, and less page data travels.
  const speakerOf = (quote: PageQuote) => parts.people().filter((p) => p.name === quote.speaker);
  // The same page data the show will carry; the background keeps the answer until the show asks.
  const throttle = createPrefetchThrottle(
    (quote) => send({ type: 'card/prefetch', payload: { quote, page, people: speakerOf(quote) } }),
    signal,
  );
  const quoteOf = (mark: HTMLElement) => parts.quote(mark.dataset.onrecordId ?? '');
  return watchQuoteHover(
    doc,
    {
      open(mark) {
        throttle.opened();
        const quote = quoteOf(mark);
        if (!quote) return;
        const frame = card.ensure();
        // Shown first: putting back a host the page removed gives the frame a new nonce.
        frame.showAt(mark);
        send({ type: 'card/show', payload: { nonce: frame.nonce, quote, page, people: speakerOf(quote) } });
        setExpanded(quote.id);
      },
      prefetch(mark) {
        const quote = quoteOf(mark);
        if (quote) throttle.entered(quote);
      },
      close() {
        throttle.closed();
        setExpanded(null);
        const frame = card.current();
        if (!frame) return;
        frame.hide();
        send({ type: 'card/hide', payload: { nonce: frame.nonce } });
      },
      enter: () => card.current()?.focus(),
      isCard: (node) => node === card.current()?.host,
      isInPage: () => card.current()?.host.isConnected ?? false,
    },
    signal,
  );
}

/** Focus opens the quote's card; the scroll is instant when the reader asked for reduced motion. */
function focusQuote(first: HTMLElement) {
  const view = first.ownerDocument.defaultView;
  const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  first.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  first.focus({ preventScroll: true });
}

/** The focusable piece of a quote's marks, where focus and stepping land. */
const focusable = (pieces: HTMLElement[]) => pieces.find((m) => m.hasAttribute('tabindex'));

/** Highlights an analysed page and opens the card on hover/focus until stopped. */
export function startSession(doc: Document, analysis: PageAnalysis, page: PageInfo): LiveSession {
  const controller = new AbortController();
  const parts = createPartRegistry();
  const card = createCardHolder(doc, controller.signal, () => parts.quotes().length > 0);
  const hover = wireCardHover(doc, parts, card, page, controller.signal);
  const session: LiveSession = {
    article: true,
    get quotes() {
      return parts.quotes();
    },
    get people() {
      return parts.people();
    },
    add(more) {
      if (controller.signal.aborted) return [];
      const marks = highlightPage(doc, more);
      // A quote left undrawn (already highlighted, or in code or an editor) is not this part's to list.
      const drawn = new Set(marks.map((m) => m.dataset.onrecordId));
      const quotes = pageQuotes(more.text, more.detection).filter((q) => drawn.has(q.id));
      parts.add({ root: more.root, marks, quotes, people: pagePeople(more.detection) });
      if (marks.length > 0) card.preload();
      return marks;
    },
    prune: () => parts.prune(),
    forget: (scope) => parts.forget(scope),
    watchFrame: (frameDoc) => hover.watch(frameDoc),
    onCardClosed(nonce) {
      if (nonce === card.current()?.nonce) hover.close();
    },
    reveal(id) {
      const first = focusable(parts.piecesOf(id));
      if (!first) return false;
      focusQuote(first);
      return true;
    },
    step(direction) {
      // From the quote whose card is open, else the quote holding focus, else from the top (or bottom).
      const focused = doc.activeElement as HTMLElement | null;
      const at = hover.current() ?? (focused?.dataset?.onrecord === 'quote' ? focused : null);
      const from = at ? (focusable(parts.piecesOf(at.dataset.onrecordId ?? '')) ?? at) : null;
      const to = stepFrom(quoteStops(parts.marks()), from, direction);
      if (!to) return false;
      focusQuote(to);
      // Focus opened the card already, unless the window had no focus to give (then no focus event fires).
      hover.openFor(to);
      return true;
    },
    stop() {
      controller.abort();
      card.destroy();
      parts.clear();
    },
  };
  session.add(analysis);
  return session;
}
