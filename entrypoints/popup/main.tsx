import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/popup/Popup';
import { loadCard } from '@/lib/background/card-lookup';
import { openWelcomePage } from '@/lib/background/welcome';
import { isFirefox } from '@/lib/core/browser-name';
import { localizePage } from '@/lib/core/localize-page';
import type { Settings } from '@/lib/core/settings';
import { changeSettings } from '@/lib/core/settings-change';
import { db } from '@/lib/db/database';
import { setKeepFactChecks } from '@/lib/db/repos-fact-checks';
import { readClaimReviews } from '@/lib/factcheck/read';
import { loadPopupState, revealQuote, targetTab } from '@/lib/popup/load-popup';
import { canOpenSidePanel, openSidePanel } from '@/lib/popup/open-panel';
import { pageFactChecks, readPopupData, rememberSite, savePageFactChecks } from '@/lib/popup/popup-data';
import type { CardLookup } from '@/lib/popup/speaker-context';

localizePage(document);
const app = document.getElementById('app')!;
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
// The popup is an extension page: it runs the card's own lookup on the library, wired here for lib/popup.
const lookup: CardLookup = (show) => loadCard(db, show);

// Firefox calls the panel beside the page its sidebar.

let settings: Settings | null = null;
let remembered: string[] = [];
let shortcuts: { next: string; previous: string } | undefined;
let keepFactChecks = false;
let factCheckResult: string | null = null;
let savingFactChecks = false;

function draw(state: PopupState) {
  const site = state.kind === 'page' || state.kind === 'no-answer' ? state.site : null;
  render(
    <Popup
      state={state}
      settings={settings}
      onToggleSite={toggle}
      onTogglePause={pause}
      onOpenManager={openManager}
      onOpenHelp={openHelp}
      onReveal={reveal}
      remembering={site !== null && remembered.includes(site)}
      onToggleRemember={site ? (on) => void remember(site, on) : undefined}
      shortcuts={shortcuts}
      onOpenSidePanel={canOpenSidePanel() ? sidePanel : undefined}
      sidePanelName={isFirefox() ? 'sidebar' : 'side panel'}
      factChecks={
        site
          ? {
              count: readClaimReviews(pageFactChecks(state)).reviews.length,
              result: factCheckResult,
              busy: savingFactChecks,
              onSave: () => void saveFactChecksOf(state),
              keep: keepFactChecks,
              onToggleKeep: (on) => void keep(on),
            }
          : undefined
      }
    />,
    app,
  );
}

async function refresh() {
  const data = await readPopupData(db, lookup, tabId);
  ({ settings, remembered, shortcuts, keepFactChecks } = data);
  draw(data.state);
}

async function saveFactChecksOf(state: PopupState) {
  savingFactChecks = true;
  draw(state);
  factCheckResult = await savePageFactChecks(db, state);
  savingFactChecks = false;
  draw(state);
}

async function keep(on: boolean) {
  await setKeepFactChecks(db, on);
  await refresh();
}

async function pause(paused: boolean) {
  // The background writes it and tells every open tab; it outlives the popup, which may close at once.
  await changeSettings({ change: 'pause', paused });
  setTimeout(refresh, 150);
}

async function toggle(enabled: boolean) {
  const state = await loadPopupState(db, lookup, tabId);
  if (state.kind !== 'page' && state.kind !== 'no-answer') return;
  await changeSettings({ change: 'site', site: state.site, enabled });
  // The background has told the tab, which asks for its settings again; give it a moment, then read the page.
  setTimeout(refresh, 150);
}

// Read ahead, so the switch's message leaves within the click: the popup may close right after it.
const rememberTab = targetTab(tabId).then((tab) => tab?.id);

async function remember(site: string, on: boolean) {
  remembered = (await rememberSite(site, on, await rememberTab)) ?? remembered;
  setTimeout(refresh, 150);
}

async function reveal(id: string) {
  const shown = await revealQuote(id, tabId);
  // As a toolbar popup, get out of the way of the quote; as a page opened for a tab, stay.
  if (shown && tabId === undefined) window.close();
}

// Read ahead: the panel must open inside the click itself, with no await before it.
let windowId: number | undefined;
browser.windows.getCurrent().then(
  (w) => {
    windowId = w.id;
  },
  () => undefined,
);

function sidePanel() {
  openSidePanel(windowId).then(
    () => window.close(),
    (error: unknown) => console.warn('OnRecord: side panel not opened', error),
  );
}

function openHelp() {
  openWelcomePage().then(
    () => window.close(),
    (error: unknown) => console.warn('OnRecord: welcome page not opened', error),
  );
}

function openManager() {
  browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/manager.html') });
  window.close();
}

draw({ kind: 'loading' });
refresh();
