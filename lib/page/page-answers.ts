/**
 * What the content script answers when the popup, the side panel, the background or the card frame asks
 * about this page: its summary, a quote to reveal, the text around a selection, a card that closed.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, CardToContent, Message, PageSummary, PopupToContent } from '@/lib/core/protocol';
import { readClaimReviewMarkup } from './claim-review-markup';
import { readPageInfo } from './dom/page-info';
import { readSelectionContext } from './selection-context';
import type { Session } from './session';

type Incoming = Message<PopupToContent> | Message<CardToContent> | Message<BackgroundToContent>;

/** What the answers read: the running session, if any, and whether OnRecord is on for this page. */
export interface PageState {
  session(): Session | undefined;
  enabled(): boolean;
}

/** The answer to one incoming message, or undefined when this script has nothing to say to it. */
export function answerPageMessage(raw: unknown, state: PageState, doc: Document = document): unknown {
  const message = raw as Incoming;
  const session = state.session();
  if (message?.type === 'page/summary') {
    const summary: PageSummary = {
      page: readPageInfo(doc),
      enabled: state.enabled(),
      ...(session ? { article: session.article } : {}),
      quotes: session?.quotes ?? [],
      people: session?.people ?? [],
    };
    // The page's own ClaimReviews, page-derived: the popup checks them again before offering to save them.
    const factChecks = summary.enabled ? readClaimReviewMarkup(doc) : [];
    return factChecks.length > 0 ? { ...summary, factChecks } : summary;
  }
  if (message?.type === 'page/reveal') return session?.reveal(String(message.payload?.id)) ?? false;
  if (message?.type === 'capture/selection')
    // Page facts and surrounding text only: the background already has the selected words from the click.
    return readSelectionContext(doc, window.getSelection(), readPageInfo(doc));
  if (message?.type === 'card/closed') session?.onCardClosed(message.payload.nonce);
  return undefined;
}

/** Answers the page's messages for as long as the content script runs; returns the stop function. */
export function answerPageMessages(state: PageState): () => void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const answer = answerPageMessage(raw, state);
    if (answer === undefined) return undefined;
    sendResponse(answer);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
