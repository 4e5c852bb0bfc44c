/**
 * The background's answer to the side panel: the card's data for a few of a page's quotes at once. Only the
 * extension's own side panel page may ask (content scripts and web pages get nothing), and the quotes it
 * forwards, which a content script in an untrusted page gave it, are checked before the library is read.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToCard, CardData, Message, PanelLookupResponse, PanelToBackground } from '@/lib/core/protocol';
import { parsePanelLookup } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { loadCard } from './card-lookup';
import { isOwnPage } from './own-page';

/** The side panel's page, relative to the extension's root. */
export const PANEL_PAGE = '/sidepanel.html';

/** Who sent a runtime message, as far as the panel's gate cares. */
export interface PanelSender {
  id?: string;
  url?: string;
}

/** What the handler needs from the browser and the library, so tests can drive it without either. */
export interface PanelLookupDeps {
  /** This extension's id: messages from other extensions are not for us. */
  extensionId: string;
  /** The side panel page's full URL (runtime.getURL), to compare a sender's scheme, host and path against. */
  panelUrl: string;
  lookup(show: BackgroundToCard['card/show']): Promise<CardData>;
  libraryEmpty(): Promise<boolean>;
}

/**
 * A runtime.onMessage listener for 'panel/lookup'. Leaves every other message, and any sender but the side
 * panel, to other listeners; answers with sendResponse and `return true` (honoured by both browsers).
 */
export function createPanelLookup(deps: PanelLookupDeps) {
  return (
    raw: unknown,
    sender: PanelSender,
    sendResponse: (response: PanelLookupResponse) => void,
  ): true | undefined => {
    const message = raw as Partial<Message<PanelToBackground>> | undefined;
    if (message?.type !== 'panel/lookup') return undefined;
    if (sender.id !== deps.extensionId || !isOwnPage(sender.url, deps.panelUrl)) return undefined;
    const parsed = parsePanelLookup(message.payload);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return undefined;
    }
    const { page, people, quotes } = parsed.payload;
    Promise.all([Promise.all(quotes.map((quote) => deps.lookup({ quote, page, people }))), deps.libraryEmpty()]).then(
      ([cards, libraryEmpty]) => sendResponse({ ok: true, cards, libraryEmpty }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

/** Answers the side panel in the background; call once from the background entrypoint. */
export function startPanelLookup(db: OnRecordDb): void {
  const handle = createPanelLookup({
    extensionId: browser.runtime.id,
    panelUrl: (browser.runtime.getURL as (path: string) => string)(PANEL_PAGE),
    lookup: (show) => loadCard(db, show),
    libraryEmpty: async () => (await db.statements.count()) === 0,
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    handle(raw, sender, sendResponse),
  );
}
