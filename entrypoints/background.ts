import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startActionIcon } from '@/lib/background/action-icon';
import { keepDraftsTrusted } from '@/lib/background/capture-draft';
import { startCardRelay } from '@/lib/background/card-relay';
import { startCardSave } from '@/lib/background/card-save-port';
import { startCardActions } from '@/lib/background/card-suggest';
import { startSaveQuoteMenu } from '@/lib/background/context-menu';
import { keepFactChecksRead } from '@/lib/background/fact-checks-read';
import { detectForPage } from '@/lib/background/page-detect';
import { startPanelActions } from '@/lib/background/panel-actions';
import { startPanelLookup } from '@/lib/background/panel-lookup';
import { loadRememberSites, moveRememberSitesToPrefs, rememberStatusFor } from '@/lib/background/remember-sites';
import { startRememberToggle } from '@/lib/background/remember-toggle';
import { rememberQuotes } from '@/lib/background/save-handlers';
import { type SettingsService, startSettingsService } from '@/lib/background/settings-service';
import { startShortcuts } from '@/lib/background/shortcuts';
import { startSubscriptions } from '@/lib/background/subscriptions/start';
import { openWelcomePage } from '@/lib/background/welcome';
import { type ContentHandlers, createContentGate } from '@/lib/core/validate';
import { db } from '@/lib/db/database';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';

/** Content messages the background answers itself; card messages are relayed to the card frame instead. */
const contentHandlers = (icon: ReturnType<typeof startActionIcon>, settings: SettingsService): ContentHandlers => ({
  // Written only where the reader opted the sending frame's site in (checked here, on every message).
  'capture/remember': async (payload, sender) => rememberQuotes(db, payload, sender.url, await loadRememberSites(db)),
  // About the sending frame's own site only: a page never learns which other sites the reader opted in.
  // Every content script asks this once as it starts, so it also tells which page each tab shows.
  'capture/remember-status': (_payload, sender) => {
    icon.noteSender(sender);
    return rememberStatusFor(db, sender.url);
  },
  // The content script carries no detection code: it sends each part's text and draws the spans answered.
  'page/detect': (payload) => detectForPage(payload),
  // Stored only when the reader keeps the fact-checks they read; each review is checked again first.
  'factcheck/found': (payload) => keepFactChecksRead(db, payload),
  // Whether OnRecord is on for the sending frame's own site, and the colours: never the list of sites.
  'settings/page': (_payload, sender) => settings.forPage(sender.url),
});

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A fresh install only: an update or a reload must not open the welcome page again.
    if (reason !== 'install') return;
    openWelcomePage().catch((error: unknown) => console.error('OnRecord: welcome page not opened', error));
    loadStarterPackIfEmpty(db).catch((error: unknown) => console.error('OnRecord: starter pack not loaded', error));
  });

  // By scheme, not origin: Chrome serves the card frame under a per-session dynamic host.
  const extensionScheme = new URL(browser.runtime.getURL('/')).protocol;
  // The settings moved out of storage.local, which content scripts can write; only the popup and manager change them.
  let icon: ReturnType<typeof startActionIcon> | undefined;
  const settings = startSettingsService(db, (next) => icon?.update(next));
  icon = startActionIcon(settings.load);
  const gate = createContentGate(contentHandlers(icon, settings), (url) => !!url && url.startsWith(extensionScheme));
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    gate(raw, sender, sendResponse),
  );

  startCardRelay();
  startCardSave(db);
  startCardActions(db);
  // An earlier version kept the remember opt-ins in storage.local, where content scripts can read them.
  moveRememberSitesToPrefs(db).catch((error: unknown) => console.error('OnRecord: opt-ins not moved', error));
  startPanelLookup(db);
  startPanelActions(db);
  startRememberToggle(db);
  keepDraftsTrusted().catch((error: unknown) => console.warn('OnRecord: session storage access not set', error));
  startSaveQuoteMenu();
  startShortcuts();
  // Subscribed packs: the only network requests, and only to the addresses the reader subscribed to.
  startSubscriptions(db);
});
