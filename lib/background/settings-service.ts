/**
 * The background's side of the reader's settings. Only the popup and the manager change them ('settings/set',
 * checked here); the background writes them to prefs, then tells every open tab and extension page to ask
 * again. A content script asks with 'settings/page' through the content gate and is answered for its own site.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, Message, PageSettings } from '@/lib/core/protocol';
import { isEnabledOn, type Settings, siteKeyOf } from '@/lib/core/settings';
import {
  parseSettingsChange,
  SETTINGS_SET,
  type SettingsChange,
  type SettingsSetResponse,
  type StoredSettings,
} from '@/lib/core/settings-change';
import type { OnRecordDb } from '@/lib/db/database-schema';
import {
  loadColours,
  loadSettings,
  saveColours,
  saveSettings,
  setPaused,
  setSiteEnabled,
} from '@/lib/db/repos-settings';
import { isOwnPage } from './own-page';
import { moveSettingsToPrefs } from './settings-move';

export { SETTINGS_SET, type SettingsChange, type SettingsSetResponse, type StoredSettings };

/** What the listener needs, so tests can drive it without a browser. */
export interface SettingsSetDeps {
  extensionId: string;
  /** Full URLs (runtime.getURL) of the pages that may change settings: the popup and the manager. */
  pageUrls: string[];
  apply(change: SettingsChange): Promise<StoredSettings>;
  notify(): Promise<void>;
}

/**
 * A runtime.onMessage listener for SETTINGS_SET answering the popup and the manager only: content scripts
 * (whose sender URL is their page's, set by the browser), other extension pages and other extensions are
 * ignored, so no page can pause OnRecord or switch it off on a site.
 */
export function createSettingsSetter(deps: SettingsSetDeps) {
  return (
    raw: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (response: SettingsSetResponse) => void,
  ): true | undefined => {
    const message = raw as { type?: unknown; payload?: unknown } | undefined;
    if (message?.type !== SETTINGS_SET) return undefined;
    if (sender.id !== deps.extensionId || !deps.pageUrls.some((url) => isOwnPage(sender.url, url))) return undefined;
    const parsed = parseSettingsChange(message.payload);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return undefined;
    }
    deps
      .apply(parsed.change)
      .then(async (stored) => {
        await deps.notify().catch(() => undefined);
        sendResponse({ ok: true, ...stored });
      })
      .catch((error: unknown) =>
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

/** Writes one change to prefs; returns both parts as stored after it. */
export async function applySettingsChange(db: OnRecordDb, change: SettingsChange): Promise<StoredSettings> {
  if (change.change === 'pause') await setPaused(db, change.paused);
  else if (change.change === 'site') await setSiteEnabled(db, change.site, change.enabled);
  else if (change.change === 'colours') await saveColours(db, change.colours);
  else await saveSettings(db, change.settings);
  return { settings: await loadSettings(db), colours: await loadColours(db) };
}

/** What a content script on `senderUrl` is told: its own site's switch and the colours, nothing else. */
export function pageSettingsFor(stored: StoredSettings, senderUrl: string | undefined): PageSettings {
  return { enabled: isEnabledOn(stored.settings, siteKeyOf(senderUrl ?? '')), colours: stored.colours };
}

/** Tells every tab's content script and every extension page that the settings changed (carrying nothing). */
async function notifyAll(): Promise<void> {
  const message: Message<BackgroundToContent> = { type: 'settings/changed', payload: {} };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.allSettled([
    browser.runtime.sendMessage(message),
    ...tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.tabs.sendMessage(tab.id, message)])),
  ]);
}

/** A storage area as far as its access level goes; `setAccessLevel` is missing where the browser lacks it. */
type AccessArea = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> } | undefined;

/**
 * Closes storage.local to content scripts where the browser can (Chromium; Firefox ESR has no setAccessLevel).
 * Nothing the extension trusts is there any more and no content script uses it, so this only takes away a
 * compromised renderer's place to write; the design does not rely on it. Returns whether it was closed.
 */
export async function closeLocalStorage(area: AccessArea = browser.storage.local as AccessArea): Promise<boolean> {
  if (typeof area?.setAccessLevel !== 'function') return false;
  await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}

/** The settings as the background serves them: loads wait for the one-time move out of storage.local. */
export interface SettingsService {
  load(): Promise<Settings>;
  forPage(senderUrl: string | undefined): Promise<PageSettings>;
}

/** Moves old settings once, then answers the popup's and the manager's changes; call once from the background. */
export function startSettingsService(db: OnRecordDb, onSettings: (settings: Settings) => void): SettingsService {
  const ready = moveSettingsToPrefs(db, browser.storage.local).catch((error: unknown) =>
    console.error('OnRecord: settings not moved', error),
  );
  closeLocalStorage().catch((error: unknown) => console.warn('OnRecord: storage.local access not set', error));
  const getUrl = browser.runtime.getURL as (path: string) => string;
  const handle = createSettingsSetter({
    extensionId: browser.runtime.id,
    pageUrls: [getUrl('/popup.html'), getUrl('/manager.html')],
    apply: async (change) => {
      await ready;
      const stored = await applySettingsChange(db, change);
      onSettings(stored.settings);
      return stored;
    },
    notify: notifyAll,
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    handle(raw, sender, sendResponse),
  );
  return {
    load: async () => {
      await ready;
      return loadSettings(db);
    },
    forPage: async (senderUrl) => {
      await ready;
      const [settings, colours] = await Promise.all([loadSettings(db), loadColours(db)]);
      return pageSettingsFor({ settings, colours }, senderUrl);
    },
  };
}
