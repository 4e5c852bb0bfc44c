import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '@/components/popup/Popup';
import { loadRememberSites } from '@/lib/background/remember-sites';
import { REMEMBER_SET, type RememberSet, type RememberSetResponse } from '@/lib/background/remember-toggle';
import { readShortcutKeys } from '@/lib/background/shortcuts';
import { openWelcomePage } from '@/lib/background/welcome';
import { isFirefox } from '@/lib/core/browser-name';
import { formatNumber, t } from '@/lib/core/i18n';
import { localizePage } from '@/lib/core/localize-page';
import type { Settings } from '@/lib/core/settings';
import { changeSettings } from '@/lib/core/settings-change';
import { db } from '@/lib/db/database';
import { keepsFactChecks, saveFactChecks, setKeepFactChecks } from '@/lib/db/repos-fact-checks';
import { loadSettings } from '@/lib/db/repos-settings';
import { readClaimReviews } from '@/lib/factcheck/read';
import { loadPopupState, revealQuote, targetTab } from '@/lib/popup/load-popup';
import { canOpenSidePanel, openSidePanel } from '@/lib/popup/open-panel';

localizePage(document);
const app = document.getElementById('app')!;
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

// Firefox calls the panel beside the page its sidebar.

let settings: Settings | null = null;
let remembered: string[] = [];
let shortcuts: { next: string; previous: string } | undefined;
let keepFactChecks = false;
let factCheckResult: string | null = null;
let savingFactChecks = false;

/** The page's ClaimReviews that read as reviews: checked here, since they came from the page. */
function pageFactChecks(state: PopupState): unknown[] {
  return state.kind === 'page' && state.factChecks ? state.factChecks : [];
}

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
  const [state, current, sites, keys, keeping] = await Promise.all([
    loadPopupState(db, tabId),
    loadSettings(db),
    loadRememberSites(db),
    readShortcutKeys().catch(() => undefined),
    keepsFactChecks(db).catch(() => false),
  ]);
  keepFactChecks = keeping;
  settings = current;
  remembered = sites;
  shortcuts = keys;
  draw(state);
}

async function saveFactChecksOf(state: PopupState) {
  savingFactChecks = true;
  draw(state);
  try {
    const saved = await saveFactChecks(db, pageFactChecks(state));
    const count = saved ? saved.reviews.added + saved.reviews.merged : 0;
    factCheckResult = count > 0 ? t('factcheckSaved', formatNumber(count)) : t('factcheckNoneSaved');
  } catch (error) {
    factCheckResult = error instanceof Error ? error.message : String(error);
  } finally {
    savingFactChecks = false;
  }
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
  const state = await loadPopupState(db, tabId);
  if (state.kind !== 'page' && state.kind !== 'no-answer') return;
  await changeSettings({ change: 'site', site: state.site, enabled });
  // The background has told the tab, which asks for its settings again; give it a moment, then read the page.
  setTimeout(refresh, 150);
}

// Read ahead, so the switch's message leaves within the click: the popup may close right after it.
const rememberTab = targetTab(tabId).then((tab) => tab?.id);

async function remember(site: string, on: boolean) {
  // The background writes the opt-in and tells the tab's content script to ask again (it answers for that tab's
  // own site only); it outlives the popup, which closes as soon as the reader clicks elsewhere.
  const payload: RememberSet = { site, on, tabId: await rememberTab };
  const response = (await browser.runtime.sendMessage({ type: REMEMBER_SET, payload })) as RememberSetResponse;
  if (response?.ok) remembered = response.sites;
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
