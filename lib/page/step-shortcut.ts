/**
 * The keyboard shortcut between quotes: the browser hands the key to the background (manifest `commands`),
 * which tells this tab's content script; the current session moves focus to the next or previous quote,
 * and focus opens its card.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, Message } from '@/lib/core/protocol';
import type { Session } from './session';

/** Answers 'page/step' from the extension itself with the session `current()` returns; returns the stop function. */
export function followShortcut(current: () => Session | undefined): () => void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    const message = raw as Message<BackgroundToContent> | null;
    if (message?.type !== 'page/step' || sender.id !== browser.runtime.id) return undefined;
    const direction = (message.payload as { direction?: unknown } | undefined)?.direction;
    if (direction !== 'next' && direction !== 'previous') return undefined;
    sendResponse(current()?.step(direction) ?? false);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
