/**
 * The runtime.onMessage listener for the manager's subscription messages. Only the manager may send them (the
 * sender's id and its page, as 'settings/set' is checked): a content script's sender URL is its page's, set by
 * the browser, so no web page can make the background subscribe, fetch or unsubscribe.
 */
import { isOwnPage } from '../own-page';
import { isSubscriptionType, parseSubscriptionRequest, type SubscriptionRequest } from './message-schemas';
import { problemWords } from './problems';
import type { SubscriptionAnswer } from './service';

/** What the gate needs, so tests can drive it without a browser. */
export interface GateDeps {
  extensionId: string;
  /** Full URLs (runtime.getURL) of the pages that may send these messages: the manager. */
  pageUrls: string[];
  answer(request: SubscriptionRequest): Promise<SubscriptionAnswer>;
}

/** A listener answering subscription messages from the manager; anything else is left to other listeners. */
export function createSubscriptionGate(deps: GateDeps) {
  return (
    raw: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (response: SubscriptionAnswer) => void,
  ): true | undefined => {
    const message = raw as { type?: unknown; payload?: unknown } | undefined;
    if (!isSubscriptionType(message?.type)) return undefined;
    if (sender.id !== deps.extensionId || !deps.pageUrls.some((url) => isOwnPage(sender.url, url))) return undefined;
    const request = parseSubscriptionRequest(message.type, message.payload);
    if (!request) {
      sendResponse({ ok: false, error: problemWords('bad-request') });
      return undefined;
    }
    deps
      .answer(request)
      .then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: problemWords('store-failed', { detail: String(error) }) }),
      );
    return true;
  };
}
