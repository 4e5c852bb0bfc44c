/**
 * The background side of the card: content scripts send 'card/show' / 'card/hide' with the nonce they put
 * in their card frame's URL; the card frame connects a port named "card:<nonce>". The relay forwards a
 * message only to the port with that nonce *in the same tab*, and sends the card's 'card/closed' back to
 * the frame of the content script that asked. A show that arrives before its frame has connected (the frame
 * is still loading, or a sleeping service worker just woke) waits for the port. The relay also answers each
 * show with 'card/data' from the library (the background owns it; the card frame cannot open it).
 *
 * A 'card/prefetch' arrives when the pointer enters a quote, before the hover-intent delay has passed: the
 * relay starts the library lookup then and keeps its promise for a few seconds, so the 'card/show' for the
 * same quote finds the answer under way or ready. A page can fire pointer events at will, so prefetching is
 * bounded per tab: one lookup running, only the latest request waiting behind it, a handful of answers kept,
 * all dropped on hide, on a library change and when the tab closes. A prefetched answer goes nowhere but here.
 *
 * No state here that cannot be rebuilt: if Chrome stops the worker, the card reconnects its port and the
 * next hover sends a fresh 'card/show'.
 */
import Dexie from 'dexie';
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import type { BackgroundToCard, CardData, CardToBackground, CardToContent, Message } from '@/lib/core/protocol';
import { parseContentMessage } from '@/lib/core/validate';
import { db } from '@/lib/db/database';
import { loadCard } from './card-lookup';
import { createPrefetchCache } from './prefetch-cache';

/** The prefix of a card frame's port name; the rest is the nonce. */
export const CARD_PORT_PREFIX = 'card:';

type Port = Pick<Browser.runtime.Port, 'name' | 'postMessage' | 'onMessage' | 'onDisconnect'> & {
  sender?: Pick<Browser.runtime.MessageSender, 'tab' | 'url' | 'frameId'>;
};
type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'frameId' | 'url' | 'id'>;

interface Entry {
  port?: Port;
  tabId: number;
  /** The frame of the content script that owns this card, for 'card/closed'. */
  contentFrameId?: number;
  pending?: Message<BackgroundToCard>;
}

export { PREFETCH_PER_TAB, PREFETCH_TTL_MS } from './prefetch-cache';

/** What the relay needs from the browser, so tests can drive it without one. */
export interface RelayDeps {
  /** Whether a port's sender URL is this extension's card page: ports from anything else are refused. */
  isCardPage(url: string | undefined): boolean;
  sendToTab(tabId: number, message: Message<CardToContent>, frameId: number | undefined): void;
  /** Looks the quote up in the library. */
  lookup(show: BackgroundToCard['card/show']): Promise<CardData>;
  /** Opens the library manager for the reader. */
  openManager(): void;
}

/**
 * Whether `url` is the card page. Compared by scheme and path, not host: Chrome serves web-accessible pages
 * under a per-session dynamic id (use_dynamic_url), so the host differs from runtime.getURL's.
 */
export function isCardPageUrl(url: string | undefined, cardUrl: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(cardUrl);
    return a.protocol === b.protocol && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** The relay's state and handlers; `startCardRelay` wires them to the browser. */
export function createCardRelay(deps: RelayDeps) {
  const cards = new Map<string, Entry>();

  const prefetches = createPrefetchCache((show) => deps.lookup(show));

  const deliver = (entry: Entry, message: Message<BackgroundToCard>) => {
    if (entry.port) entry.port.postMessage(message);
    else entry.pending = message;
  };

  return {
    cards,
    /** A card frame connected. Returns false when the port is not a card frame of this extension in a tab. */
    onConnect(port: Port): boolean {
      if (!port.name.startsWith(CARD_PORT_PREFIX)) return false;
      const nonce = port.name.slice(CARD_PORT_PREFIX.length);
      const tabId = port.sender?.tab?.id;
      if (!nonce || tabId === undefined || !deps.isCardPage(port.sender?.url)) return false;
      const known = cards.get(nonce);
      // A nonce belongs to one tab: a frame claiming another tab's nonce gets nothing.
      if (known && known.tabId !== tabId) return false;
      const entry: Entry = known ?? { tabId };
      entry.port = port;
      cards.set(nonce, entry);
      if (entry.pending) {
        port.postMessage(entry.pending);
        entry.pending = undefined;
      }
      port.onMessage.addListener((message: unknown) => {
        const m = message as Message<CardToContent> | Message<CardToBackground> | undefined;
        if (m?.type === 'card/closed')
          deps.sendToTab(entry.tabId, { type: 'card/closed', payload: { nonce } }, entry.contentFrameId);
        else if (m?.type === 'card/open-manager') deps.openManager();
      });
      port.onDisconnect.addListener(() => {
        if (entry.port === port) entry.port = undefined;
      });
      return true;
    },
    /** A message from a content script. Returns true when it was a card message from a tab and was handled. */
    onMessage(message: unknown, sender: Sender): boolean {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return false;
      // Only checked messages are forwarded: a page can drive its content script into sending anything.
      const parsed = parseContentMessage(message);
      if (!parsed.ok) return false;
      const checked = parsed.message;
      if (checked.type === 'card/prefetch') {
        const { quote, page, people } = checked.payload;
        prefetches.prefetch(tabId, { quote, page, people });
        return true;
      }
      if (checked.type !== 'card/show' && checked.type !== 'card/hide') return false;
      const { nonce } = checked.payload;
      let entry = cards.get(nonce);
      if (entry && entry.tabId !== tabId) return false;
      if (!entry) {
        entry = { tabId };
        cards.set(nonce, entry);
      }
      entry.contentFrameId = sender.frameId;
      if (checked.type === 'card/show') {
        const { quote, page, people } = checked.payload;
        const show = { quote, page, people };
        const target = entry;
        deliver(target, { type: 'card/show', payload: show });
        (prefetches.take(tabId, show) ?? deps.lookup(show)).then(
          (data) => deliver(target, { type: 'card/data', payload: data }),
          (error: unknown) => console.error('OnRecord: card lookup failed', error),
        );
      } else {
        prefetches.drop(tabId);
        deliver(entry, { type: 'card/hide', payload: {} });
      }
      return true;
    },
    /** Forgets every card and prefetch of a closed tab. */
    onTabRemoved(tabId: number): void {
      for (const [nonce, entry] of cards) if (entry.tabId === tabId) cards.delete(nonce);
      prefetches.forgetTab(tabId);
    },
    /** Drops every kept prefetch: the library changed, so an answer read before may be out of date. */
    onLibraryChanged(): void {
      prefetches.dropAll();
    },
    /** How many prefetched lookups a tab holds (kept, running or waiting), for tests. */
    prefetchesOf: (tabId: number) => prefetches.stats(tabId),
  };
}

/** Starts the relay in the background; call once from the background entrypoint. */
export function startCardRelay(): void {
  const relay = createCardRelay({
    isCardPage: (url) => isCardPageUrl(url, browser.runtime.getURL('/card.html')),
    sendToTab: (tabId, message, frameId) => {
      browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }).catch(() => {
        // The tab navigated away or closed: nothing left to tell.
      });
    },
    lookup: (show) => loadCard(db, show),
    openManager: () => {
      browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/manager.html') });
    },
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name.startsWith(CARD_PORT_PREFIX) && !relay.onConnect(port)) port.disconnect();
  });
  // Fire-and-forget: returning nothing leaves other listeners free to answer their own messages.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    relay.onMessage(message, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => relay.onTabRemoved(tabId));
  // Any write, from the background or an extension page, may change what a prefetched card would show.
  Dexie.on('storagemutated', () => relay.onLibraryChanged());
}
