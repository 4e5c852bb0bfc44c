/**
 * One activation of OnRecord on a page: highlight what analysis found, wire the card. More analysed parts
 * can join later (content that loads as the reader scrolls, text in a shadow root or a same-origin frame).
 * `stop()` undoes all of it at once (highlights, listeners, the card frame), which is what switching the
 * site off does.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground, Message, PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import { type CardFrame, createCardFrame } from '@/lib/page/dom/card-frame';
import { highlightPage, quotePieces, removeHighlights } from '@/lib/page/dom/highlight';
import { watchQuoteHover } from '@/lib/page/dom/hover';
import { quoteStops, type StepDirection, stepFrom } from '@/lib/page/dom/navigate';
import type { PageAnalysis } from '@/lib/page/dom/page-read';
import { pagePeople, pageQuotes } from './page-data';

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

/** One analysed part of the page and the highlights drawn for it. */
interface Part {
  root: Element;
  marks: HTMLElement[];
  quotes: PageQuote[];
  people: PagePerson[];
}

/**
 * Runs `touch` on nodes that may belong to a frame's document that has since been replaced: Firefox then
 * throws ("dead object") on any access. Such nodes are gone from the reader's view, so that counts as false.
 */
export function alive<T>(touch: () => T): T | false {
  try {
    return touch();
  } catch {
    return false;
  }
}

function send(message: Message<ContentToBackground>): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The extension was reloaded or the worker is restarting; the next hover tries again.
  });
}

/** Entering the same quote again within this long asks for no second lookup ahead of its card. */
const PREFETCH_AGAIN_MS = 1_000;
/**
 * At most one lookup is asked for ahead of a card this often; a quote entered sooner waits, and only the latest
 * does. A page can fire pointer events at will; the background bounds its own work as well.
 */
export const PREFETCH_SPACING_MS = 50;

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

/** The same person named in several parts is one entry, with every alias any part gave. */
export function mergePeople(lists: PagePerson[][]): PagePerson[] {
  const byName = new Map<string, PagePerson>();
  for (const person of lists.flat()) {
    const known = byName.get(person.name);
    if (!known) byName.set(person.name, { ...person, aliases: [...person.aliases] });
    else {
      known.role ??= person.role;
      for (const alias of person.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
  }
  return [...byName.values()];
}

/** Highlights an analysed page and opens the card on hover/focus until stopped. */
export function startSession(doc: Document, analysis: PageAnalysis, page: PageInfo): LiveSession {
  const controller = new AbortController();
  let parts: Part[] = [];
  let card: CardFrame | null = null;
  let expanded: HTMLElement[] = [];

  const findQuote = (id: string) => {
    for (const part of parts) {
      const quote = part.quotes.find((q) => q.id === id);
      if (quote) return { quote, part };
    }
    return null;
  };
  const piecesOf = (id: string) => {
    const found = findQuote(id);
    return found ? quotePieces(found.part.root, id) : [];
  };
  const ensureCard = () => {
    card ??= createCardFrame(doc, browser.runtime.getURL('/card.html'));
    return card;
  };
  const setExpanded = (id: string | null) => {
    for (const m of expanded) m.setAttribute('aria-expanded', 'false');
    expanded = id ? piecesOf(id) : [];
    for (const m of expanded) m.setAttribute('aria-expanded', 'true');
  };
  // Lists are rebuilt when read, not on every part added: a live blog adds thousands of parts.
  let lists: { quotes: PageQuote[]; people: PagePerson[] } | null = null;
  const refresh = () => {
    lists = null;
  };
  const current = () => {
    lists ??= { quotes: parts.flatMap((p) => p.quotes), people: mergePeople(parts.map((p) => p.people)) };
    return lists;
  };

  // Only the speaker's own entry: the card needs nothing else, and less page data travels.
  const speakerOf = (quote: PageQuote) => session.people.filter((p) => p.name === quote.speaker);
  // The quote a lookup was last asked for ahead of its card, and when: the pointer crossing its pieces asks once.
  let prefetched: { id: string; at: number } | null = null;
  let lastPrefetch = Number.NEGATIVE_INFINITY;
  let waitingPrefetch: PageQuote | null = null;
  let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  const sendPrefetch = (quote: PageQuote) => {
    lastPrefetch = Date.now();
    prefetched = { id: quote.id, at: lastPrefetch };
    // The same page data the show will carry; the background keeps the answer until the show asks.
    send({ type: 'card/prefetch', payload: { quote, page, people: speakerOf(quote) } });
  };
  const cancelPrefetch = () => {
    clearTimeout(prefetchTimer);
    prefetchTimer = undefined;
    waitingPrefetch = null;
  };
  controller.signal.addEventListener('abort', cancelPrefetch);

  const hover = watchQuoteHover(
    doc,
    {
      open(mark) {
        cancelPrefetch();
        prefetched = null;
        const quote = findQuote(mark.dataset.onrecordId ?? '')?.quote;
        if (!quote) return;
        const frame = ensureCard();
        // Shown first: putting back a host the page removed gives the frame a new nonce.
        frame.showAt(mark);
        send({ type: 'card/show', payload: { nonce: frame.nonce, quote, page, people: speakerOf(quote) } });
        setExpanded(quote.id);
      },
      prefetch(mark) {
        const quote = findQuote(mark.dataset.onrecordId ?? '')?.quote;
        if (!quote) return;
        const now = Date.now();
        if (prefetched?.id === quote.id && now - prefetched.at < PREFETCH_AGAIN_MS) {
          waitingPrefetch = null;
          return;
        }
        const wait = lastPrefetch + PREFETCH_SPACING_MS - now;
        if (wait <= 0) {
          cancelPrefetch();
          sendPrefetch(quote);
          return;
        }
        waitingPrefetch = quote;
        prefetchTimer ??= setTimeout(() => {
          const next = waitingPrefetch;
          prefetchTimer = undefined;
          waitingPrefetch = null;
          if (next && !controller.signal.aborted) sendPrefetch(next);
        }, wait);
      },
      close() {
        prefetched = null;
        setExpanded(null);
        if (!card) return;
        card.hide();
        send({ type: 'card/hide', payload: { nonce: card.nonce } });
      },
      enter: () => card?.focus(),
      isCard: (node) => !!card && node === card.host,
      isInPage: () => !!card && card.host.isConnected,
    },
    controller.signal,
  );

  let frameQueued = false;
  const preloadCard = () => {
    if (frameQueued || card) return;
    frameQueued = true;
    // Load the frame while the reader reads, so the first hover shows a card without waiting for it.
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(() => {
      if (!controller.signal.aborted && session.quotes.length > 0) ensureCard();
    });
  };

  // Focus opens the quote's card; the scroll is instant when the reader asked for reduced motion.
  const focusQuote = (first: HTMLElement) => {
    const view = first.ownerDocument.defaultView;
    const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    first.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
  };

  const session: LiveSession = {
    article: true,
    get quotes() {
      return current().quotes;
    },
    get people() {
      return current().people;
    },
    add(more) {
      if (controller.signal.aborted) return [];
      const marks = highlightPage(doc, more);
      // A quote left undrawn (already highlighted, or in code or an editor) is not this part's to list.
      const drawn = new Set(marks.map((m) => m.dataset.onrecordId));
      parts.push({
        root: more.root,
        marks,
        quotes: pageQuotes(more.text, more.detection).filter((q) => drawn.has(q.id)),
        people: pagePeople(more.detection),
      });
      refresh();
      if (marks.length > 0) preloadCard();
      return marks;
    },
    prune() {
      const kept = parts.filter((p) => p.marks.length === 0 || alive(() => p.marks.some((m) => m.isConnected)));
      if (kept.length === parts.length) return;
      parts = kept;
      refresh();
    },
    forget(scope) {
      const gone = parts.filter((p) => alive(() => scope.contains(p.root) || p.marks.some((m) => scope.contains(m))));
      if (gone.length === 0) return [];
      for (const part of gone) alive(() => removeHighlights(part.root, part.marks));
      parts = parts.filter((p) => !gone.includes(p));
      refresh();
      return gone.map((p) => p.root);
    },
    watchFrame(frameDoc) {
      hover.watch(frameDoc);
    },
    onCardClosed(nonce) {
      if (card && nonce === card.nonce) hover.close();
    },
    reveal(id) {
      const first = piecesOf(id).find((m) => m.hasAttribute('tabindex'));
      if (!first) return false;
      focusQuote(first);
      return true;
    },
    step(direction) {
      // From the quote whose card is open, else the quote holding focus, else from the top (or bottom).
      const focused = doc.activeElement as HTMLElement | null;
      const at = hover.current() ?? (focused?.dataset?.onrecord === 'quote' ? focused : null);
      const from = at ? (piecesOf(at.dataset.onrecordId ?? '').find((m) => m.hasAttribute('tabindex')) ?? at) : null;
      const to = stepFrom(quoteStops(parts.flatMap((p) => p.marks)), from, direction);
      if (!to) return false;
      focusQuote(to);
      // Focus opened the card already, unless the window had no focus to give (then no focus event fires).
      hover.openFor(to);
      return true;
    },
    stop() {
      controller.abort();
      card?.destroy();
      card = null;
      for (const part of parts) alive(() => removeHighlights(part.root, part.marks));
      parts = [];
      refresh();
    },
  };
  session.add(analysis);
  return session;
}
