/**
 * Greys the toolbar icon where OnRecord does nothing: everywhere while paused, and in each tab whose page is on
 * a site the reader switched off. Without the `tabs` permission the background cannot read a tab's address, so
 * it learns each tab's page from its content script's first message (sender.url, set by the browser).
 */
import { browser } from 'wxt/browser';
import { isEnabledOn, type Settings, siteKeyOf } from '@/lib/core/settings';
import { actionIcon } from './icons';

/** The part of the action API the icon needs: `action` in MV3, `browserAction` in Firefox's MV2. */
interface IconApi {
  setIcon(details: { path: Record<string, string>; tabId?: number }): Promise<void>;
}

/** Chrome's MV3 `action`, or Firefox MV2's `browserAction`. */
function iconApi(): IconApi | undefined {
  const b = browser as unknown as { action?: IconApi; browserAction?: IconApi };
  return b.action ?? b.browserAction;
}

/** Whether a tab showing `url` gets the greyed icon under `settings`. */
export function isOffFor(settings: Settings, url: string): boolean {
  return !isEnabledOn(settings, siteKeyOf(url));
}

/** What the background needs to know about a message's sender to colour its tab's icon. */
export interface IconSender {
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Starts colouring the icon from the settings `load` gives; returns `noteSender`, to call with the sender of each
 * content-script message, and `update`, to call with the settings after each change.
 */
export function startActionIcon(load: () => Promise<Settings>): {
  noteSender(sender: IconSender): void;
  update(settings: Settings): void;
} {
  const api = iconApi();
  const tabs = new Map<number, string>();
  let settings: Settings | null = null;
  const current = async () => {
    const loaded = settings ?? (await load());
    // A change heard while loading is newer than what was loaded.
    settings ??= loaded;
    return settings;
  };
  const set = (path: Record<string, string>, tabId?: number) =>
    api?.setIcon(tabId === undefined ? { path } : { path, tabId }).catch(() => tabs.delete(tabId ?? -1));
  const paintTab = async (tabId: number, url: string) => set(actionIcon(isOffFor(await current(), url)), tabId);
  const paintAll = async () => {
    const s = await current();
    await set(actionIcon(s.paused));
    for (const [tabId, url] of tabs) await set(actionIcon(isOffFor(s, url)), tabId);
  };

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
  });
  paintAll().catch(() => undefined);

  return {
    noteSender(sender) {
      const tabId = sender.tab?.id;
      // The top frame's page decides the tab's icon; a frame inside it may be on another site.
      if (tabId === undefined || sender.frameId !== 0 || !sender.url || !/^https?:/i.test(sender.url)) return;
      tabs.set(tabId, sender.url);
      paintTab(tabId, sender.url).catch(() => undefined);
    },
    update(next) {
      settings = next;
      paintAll().catch(() => undefined);
    },
  };
}
