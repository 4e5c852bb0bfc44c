import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { keepDraftsTrusted } from '../lib/capture/capture-draft';
import { startCardSave } from '../lib/capture/card-save-port';
import { startSaveQuoteMenu } from '../lib/capture/context-menu';
import { loadRememberSites, moveRememberSitesToPrefs, rememberStatusFor } from '../lib/capture/remember-sites';
import { startRememberToggle } from '../lib/capture/remember-toggle';
import { rememberQuotes } from '../lib/capture/save-handlers';
import { db } from '../lib/db/database';
import { loadStarterPackIfEmpty } from '../lib/db/starter';
import { startCardRelay } from '../lib/messages/card-relay';
import { startCardActions } from '../lib/messages/card-suggest';
import { startPanelLookup } from '../lib/messages/panel-lookup';
import { type ContentHandlers, createContentGate } from '../lib/messages/validate';
import { startShortcuts } from '../lib/shortcuts';

/** Content messages the background answers itself; card messages are relayed to the card frame instead. */
const contentHandlers: ContentHandlers = {
  // Written only where the reader opted the sending frame's site in (checked here, on every message).
  'capture/remember': async (payload, sender) => rememberQuotes(db, payload, sender.url, await loadRememberSites(db)),
  // About the sending frame's own site only: a page never learns which other sites the reader opted in.
  'capture/remember-status': (_payload, sender) => rememberStatusFor(db, sender.url),
};

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    loadStarterPackIfEmpty(db).catch((error: unknown) => console.error('OnRecord: starter pack not loaded', error));
  });

  // By scheme, not origin: Chrome serves the card frame under a per-session dynamic host.
  const extensionScheme = new URL(browser.runtime.getURL('/')).protocol;
  const gate = createContentGate(contentHandlers, (url) => !!url && url.startsWith(extensionScheme));
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    gate(raw, sender, sendResponse),
  );

  startCardRelay();
  startCardSave(db);
  startCardActions(db);
  // An earlier version kept the remember opt-ins in storage.local, where content scripts can read them.
  moveRememberSitesToPrefs(db).catch((error: unknown) => console.error('OnRecord: opt-ins not moved', error));
  startPanelLookup(db);
  startRememberToggle(db);
  keepDraftsTrusted().catch((error: unknown) => console.warn('OnRecord: session storage access not set', error));
  startSaveQuoteMenu();
  startShortcuts();
});
