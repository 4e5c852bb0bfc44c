/**
 * One activation of OnRecord on a page: analyse, highlight, wire the card. `stop()` undoes all of it at
 * once (highlights, listeners, the card frame), which is what switching the site off does.
 */
import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../../lib/dom/analyze';
import { type CardFrame, createCardFrame } from '../../lib/dom/card-frame';
import { highlightPage, quotePieces, removeHighlights } from '../../lib/dom/highlight';
import { watchQuoteHover } from '../../lib/dom/hover';
import type { ContentToBackground, Message, PageInfo, PagePerson, PageQuote } from '../../lib/messages/protocol';
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
  stop(): void;
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
  stop() {},
};

/** Highlights an analysed page and opens the card on hover/focus until stopped. */
export function startSession(doc: Document, analysis: PageAnalysis, page: PageInfo): Session {
  const quotes = pageQuotes(analysis.text, analysis.detection);
  const people = pagePeople(analysis.detection);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const controller = new AbortController();
  const marks = highlightPage(doc, analysis);
  let card: CardFrame | null = null;
  let expanded: HTMLElement[] = [];

  const ensureCard = () => {
    card ??= createCardFrame(doc, browser.runtime.getURL('/card.html'));
    return card;
  };
  const setExpanded = (id: string | null) => {
    for (const m of expanded) m.setAttribute('aria-expanded', 'false');
    expanded = id ? quotePieces(analysis.root, id) : [];
    for (const m of expanded) m.setAttribute('aria-expanded', 'true');
  };

  const hover = watchQuoteHover(
    doc,
    {
      open(mark) {
        const quote = byId.get(mark.dataset.onrecordId ?? '');
        if (!quote) return;
        const frame = ensureCard();
        // Only the speaker's own entry: the card needs nothing else, and less page data travels.
        const speaker = people.filter((p) => p.name === quote.speaker);
        send({ type: 'card/show', payload: { nonce: frame.nonce, quote, page, people: speaker } });
        frame.showAt(mark);
        setExpanded(quote.id);
      },
      close() {
        setExpanded(null);
        if (!card) return;
        card.hide();
        send({ type: 'card/hide', payload: { nonce: card.nonce } });
      },
      enter: () => card?.focus(),
      isCard: (node) => !!card && node === card.host,
    },
    controller.signal,
  );

  if (marks.length > 0) {
    // Load the frame while the reader reads, so the first hover shows a card without waiting for it.
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(() => {
      if (!controller.signal.aborted && quotes.length > 0) ensureCard();
    });
  }

  return {
    article: true,
    quotes,
    people,
    onCardClosed(nonce) {
      if (card && nonce === card.nonce) hover.close();
    },
    reveal(id) {
      const first = quotePieces(analysis.root, id).find((m) => m.hasAttribute('tabindex'));
      if (!first) return false;
      const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      first.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      first.focus({ preventScroll: true });
      return true;
    },
    stop() {
      controller.abort();
      card?.destroy();
      card = null;
      removeHighlights(analysis.root);
    },
  };
}
