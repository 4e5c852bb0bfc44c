import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type PanelState, SidePanel } from '@/components/sidepanel/SidePanel';
import type { CardData, Message, PanelLookupResponse, PanelToBackground } from '@/lib/core/protocol';
import { followTabs } from './follow-tabs';
import { loadPanelState, revealInTab } from './load-panel';
import { createLookupQueue } from './lookup-queue';

/** How often the panel re-reads a visible page, so live pages and late content show up without a refresh. */
const POLL_MS = 5_000;
/** After the tab finishes loading, the content script still needs a moment to read the article. */
const SETTLE_MS = [600, 2_000];

const app = document.getElementById('app')!;
const tabParam = new URLSearchParams(location.search).get('tab');
// Opened for one tab (as tests do): stay with it. Opened as the panel: follow the active tab of this window.
const pinned = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

let state: PanelState = { kind: 'loading' };
let tabId: number | undefined;
let cards = new Map<string, CardData>();
let libraryEmpty: boolean | null = null;
let lookupError: string | null = null;
let notice: string | null = null;
let loading = 0;
/** Bumped whenever earlier answers are dropped, so the panel asks again for what is in view. */
let round = 0;

const queue = createLookupQueue({
  send: (payload) => {
    const message: Message<PanelToBackground> = { type: 'panel/lookup', payload };
    return browser.runtime.sendMessage(message) as Promise<PanelLookupResponse | undefined>;
  },
  onCards: (answers, empty) => {
    cards = new Map(cards);
    for (const card of answers) cards.set(card.quote.id, card);
    libraryEmpty = empty;
    lookupError = null;
    draw();
  },
  onError: (error) => {
    lookupError = error;
    draw();
  },
});

function draw() {
  render(
    <SidePanel
      state={state}
      cards={cards}
      libraryEmpty={libraryEmpty}
      lookupError={lookupError}
      notice={notice}
      round={round}
      onNeed={(ids) => queue.need(ids)}
      onReveal={(id) => void reveal(id)}
      onRefresh={() => void refresh(true)}
      onOpenManager={openManager}
    />,
    app,
  );
}

/** The ids and texts of a page's quotes, to tell whether a re-read changed anything. */
const fingerprint = (s: PanelState) =>
  s.kind === 'page' ? `${s.summary.enabled}|${s.summary.quotes.map((q) => `${q.id}:${q.text}`).join('|')}` : s.kind;
const urlOf = (s: PanelState) => (s.kind === 'page' ? s.summary.page.url : null);

/**
 * Reads the tab again. `fresh` (a tab switch, the reader's Refresh) asks the library again for every quote;
 * otherwise answers already shown are kept while the page stays the same.
 */
async function refresh(fresh: boolean) {
  const run = ++loading;
  const next = await loadPanelState(pinned);
  if (run !== loading) return;
  const samePage = !fresh && next.tabId === tabId && urlOf(next.state) === urlOf(state);
  if (samePage && fingerprint(next.state) === fingerprint(state)) return;
  tabId = next.tabId;
  state = next.state;
  if (!samePage) {
    round += 1;
    cards = new Map();
    lookupError = null;
    notice = null;
  }
  queue.reset(state.kind === 'page' ? state.summary : null, samePage);
  draw();
}

async function reveal(id: string) {
  const shown = tabId !== undefined && (await revealInTab(tabId, id));
  notice = shown ? null : 'That quote is no longer on the page. Refresh to read the page again.';
  draw();
}

function openManager() {
  browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/manager.html') });
}

async function follow() {
  const own = await browser.windows.getCurrent().catch(() => undefined);
  followTabs(browser.tabs, {
    pinned,
    windowId: own?.id,
    currentTab: () => tabId,
    onSwitch: () => {
      state = { kind: 'loading' };
      draw();
      void refresh(true);
    },
    onLoaded: () => {
      for (const ms of SETTLE_MS) setTimeout(() => void refresh(false), ms);
    },
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh(false);
  }, POLL_MS);
}

draw();
void refresh(true);
void follow();
