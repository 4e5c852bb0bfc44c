/**
 * "Remember quotes on this site" as the popup switches it. The popup hands the choice to the background, which
 * writes it and then tells the tab's content script to ask again: a toolbar popup closes the moment focus leaves
 * it, and a write still running in a closed popup would be lost.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Message, PopupToContent } from '@/lib/core/protocol';
import { REMEMBER_SET, type RememberSetResponse, RememberSetSchema } from '@/lib/core/remember-set';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { isOwnPage } from './own-page';
import { setSiteRemembered } from './remember-sites';

/** What the handler needs, so tests can drive it without a browser. */
export interface RememberToggleDeps {
  extensionId: string;
  /** The popup page's full URL (runtime.getURL): only the popup switches remembering. */
  popupUrl: string;
  save(site: string, on: boolean): Promise<string[]>;
  notify(tabId: number): Promise<void>;
}

/**
 * A runtime.onMessage listener for REMEMBER_SET, answering the popup only: content scripts, other extension pages
 * and other extensions are ignored, so no page can opt itself in.
 */
export function createRememberToggle(deps: RememberToggleDeps) {
  return (
    raw: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (response: RememberSetResponse) => void,
  ): true | undefined => {
    const message = raw as { type?: unknown; payload?: unknown } | undefined;
    if (message?.type !== REMEMBER_SET) return undefined;
    if (sender.id !== deps.extensionId || !isOwnPage(sender.url, deps.popupUrl)) return undefined;
    const parsed = v.safeParse(RememberSetSchema, message.payload);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `${REMEMBER_SET}: ${parsed.issues[0].message}` });
      return undefined;
    }
    const { site, on, tabId } = parsed.output;
    deps
      .save(site, on)
      .then(async (sites) => {
        sendResponse({ ok: true, sites });
        if (tabId !== undefined) await deps.notify(tabId);
      })
      .catch((error: unknown) =>
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

/** Listens for the popup's switch in the background; call once from the background entrypoint. */
export function startRememberToggle(db: OnRecordDb): void {
  const handle = createRememberToggle({
    extensionId: browser.runtime.id,
    popupUrl: (browser.runtime.getURL as (path: string) => string)('/popup.html'),
    save: (site, on) => setSiteRemembered(db, site, on),
    notify: async (tabId) => {
      const message: Message<PopupToContent> = { type: 'capture/remember-changed', payload: {} };
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    },
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    handle(raw, sender, sendResponse),
  );
}
