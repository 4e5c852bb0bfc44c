/**
 * The card frame's line to the background: a runtime port named "card:<nonce>", reconnected when it drops
 * (Chrome stops an idle service worker, which closes every port). The nonce comes from the frame's URL hash,
 * put there by the content script; it is the only thing the page side and the card share.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToCard, CardToBackground, CardToContent, Message } from '@/lib/core/protocol';

/** The nonce in a card URL's hash, if it is one. */
export function nonceFromHash(hash: string): string | null {
  const nonce = hash.replace(/^#/, '');
  return /^[0-9a-f]{16,64}$/.test(nonce) ? nonce : null;
}

/** Connects and keeps connected; returns a function that sends to the content script via the background. */
export function connectCard(
  nonce: string,
  onMessage: (message: Message<BackgroundToCard>) => void,
): (message: Message<CardToContent> | Message<CardToBackground>) => void {
  let port = browser.runtime.connect({ name: `card:${nonce}` });
  const attach = () => {
    port.onMessage.addListener((m: unknown) => onMessage(m as Message<BackgroundToCard>));
    port.onDisconnect.addListener(() => {
      setTimeout(() => {
        port = browser.runtime.connect({ name: `card:${nonce}` });
        attach();
      }, 50);
    });
  };
  attach();
  return (message) => port.postMessage(message);
}
