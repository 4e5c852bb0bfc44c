/**
 * What the background's card listeners (Save, the suggestion actions, "Not this speaker?") share: which ports are
 * a card frame's, and how to answer one that may close at any moment.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { CARD_PORT_PREFIX, isCardPageUrl } from '@/lib/background/card-relay';
import type { BackgroundToCard, Message } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';

/** The parts of a port a card listener uses (tests pass fakes of this shape). */
export type CardPort = Pick<Browser.runtime.Port, 'name' | 'postMessage' | 'onMessage'> & {
  sender?: Pick<Browser.runtime.MessageSender, 'tab' | 'url'>;
};

/** Posts one answer to a card frame. */
export type CardPost = (message: Message<BackgroundToCard>) => void;

/**
 * A poster for this port when it is a card frame's in a tab, or null for any other port. Posting never throws: a
 * card that closed while the library was writing misses the answer, and the write stands all the same.
 */
export function cardPoster(port: CardPort, cardUrl: string): CardPost | null {
  if (!port.name.startsWith(CARD_PORT_PREFIX) || port.sender?.tab?.id === undefined) return null;
  if (!isCardPageUrl(port.sender.url, cardUrl)) return null;
  return (message) => {
    try {
      port.postMessage(message);
    } catch {
      // The card closed meanwhile.
    }
  };
}

/** Runs `listen` on every port that connects from now on, with the card page's address; call once per listener. */
export function onCardPorts(db: OnRecordDb, listen: (db: OnRecordDb, port: CardPort, cardUrl: string) => void): void {
  const cardUrl = browser.runtime.getURL('/card.html');
  browser.runtime.onConnect.addListener((port) => listen(db, port, cardUrl));
}
