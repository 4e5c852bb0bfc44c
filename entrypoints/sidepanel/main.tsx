import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createEntryActions } from '@/components/sidepanel/entry-actions';
import { createLookupQueue } from '@/components/sidepanel/lookup-queue';
import { peopleFor } from '@/components/sidepanel/panel-model';
import { FIRST_PANEL, isSamePage, type PanelEvent, panelReducer } from '@/components/sidepanel/panel-state';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { t } from '@/lib/core/i18n';
import { localizePage } from '@/lib/core/localize-page';
import { followTabs } from '@/lib/sidepanel/follow-tabs';
import { loadPanelState, revealInTab } from '@/lib/sidepanel/load-panel';
import { sendPanelAction, sendPanelLookup } from '@/lib/sidepanel/panel-messages';

/** How often the panel re-reads a visible page, so live pages and late content show up without a refresh. */
const POLL_MS = 5_000;
/** After the tab finishes loading, the content script still needs a moment to read the article. */
const SETTLE_MS = [600, 2_000];

localizePage(document);
const app = document.getElementById('app');
const tabParam = new URLSearchParams(location.search).get('tab');
// Opened for one tab (as tests do): stay with it. Opened as the panel: follow the active tab of this window.
const pinned = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

let state = FIRST_PANEL;
let loading = 0;

function dispatch(event: PanelEvent) {
  const next = panelReducer(state, event);
  if (next === state) return;
  state = next;
  draw();
}

const queue = createLookupQueue({
  send: sendPanelLookup,
  onCards: (cards, empty) => dispatch({ type: 'cards', cards, empty }),
  onError: (error) => dispatch({ type: 'lookup-failed', error }),
});

// Save, Relate and Choose speaker, per entry: the card's messages, done by the background as for the card.
const entryActions = createEntryActions({
  send: sendPanelAction,
  shownFor: (quoteId) => {
    if (state.view.kind !== 'page') return null;
    const { summary } = state.view;
    const quote = summary.quotes.find((q) => q.id === quoteId);
    return quote ? { quote, page: summary.page, people: peopleFor([quote], summary.people) } : null;
  },
  onCard: (card) => dispatch({ type: 'cards', cards: [card] }),
  redraw: () => draw(),
});

function draw() {
  if (!app) return;
  render(
    <SidePanel
      state={state.view}
      cards={state.cards}
      libraryEmpty={state.libraryEmpty}
      lookupError={state.lookupError}
      notice={state.notice}
      round={state.round}
      onNeed={(ids) => queue.need(ids)}
      onReveal={(id) => void reveal(id)}
      onRefresh={() => void refresh(true)}
      onOpenManager={openManager}
      actionsFor={(id) => entryActions.for(id)}
    />,
    app,
  );
}

/** Reads the tab again; `fresh` (a tab switch, the reader's Refresh) asks the library again for every quote. */
async function refresh(fresh: boolean) {
  const run = ++loading;
  const next = await loadPanelState(pinned);
  if (run !== loading) return;
  const read = { type: 'read', tabId: next.tabId, view: next.state, fresh } as const;
  const samePage = isSamePage(state, read);
  const before = state;
  dispatch(read);
  if (state === before) return;
  if (!samePage) entryActions.reset();
  queue.reset(state.view.kind === 'page' ? state.view.summary : null, samePage);
}

async function reveal(id: string) {
  const shown = state.tabId !== undefined && (await revealInTab(state.tabId, id));
  dispatch({
    type: 'revealed',
    notice: shown ? null : t('panelQuoteGone'),
  });
}

function openManager() {
  browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/manager.html') });
}

async function follow() {
  const own = await browser.windows.getCurrent().catch(() => undefined);
  followTabs(browser.tabs, {
    pinned,
    windowId: own?.id,
    currentTab: () => state.tabId,
    onSwitch: () => {
      dispatch({ type: 'switched' });
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
