/**
 * The side panel's state as one pure reducer: the page it shows, the library's answers for its quotes, and
 * what went wrong. The panel dispatches each read of the tab, each batch of answers and each reveal into it.
 */
import type { CardData } from '@/lib/core/protocol';
import type { PanelState } from './SidePanel';

/** Everything the side panel draws. */
export interface SidePanelState {
  view: PanelState;
  tabId: number | undefined;
  cards: Map<string, CardData>;
  libraryEmpty: boolean | null;
  lookupError: string | null;
  notice: string | null;
  /** Bumped whenever earlier answers are dropped, so the panel asks again for what is in view. */
  round: number;
}

/** What can happen: the tab switched, was read again, answers or an error came, a reveal was tried. */
export type PanelEvent =
  | { type: 'switched' }
  | { type: 'read'; tabId: number | undefined; view: PanelState; fresh: boolean }
  /** Answers for quotes; `empty` only when the lookup said whether the library holds anything. */
  | { type: 'cards'; cards: CardData[]; empty?: boolean }
  | { type: 'lookup-failed'; error: string }
  | { type: 'revealed'; notice: string | null };

/** The panel before its first read. */
export const FIRST_PANEL: SidePanelState = {
  view: { kind: 'loading' },
  tabId: undefined,
  cards: new Map(),
  libraryEmpty: null,
  lookupError: null,
  notice: null,
  round: 0,
};

/** The ids and texts of a page's quotes, to tell whether a re-read changed anything. */
const fingerprint = (s: PanelState) =>
  s.kind === 'page' ? `${s.summary.enabled}|${s.summary.quotes.map((q) => `${q.id}:${q.text}`).join('|')}` : s.kind;
const urlOf = (s: PanelState) => (s.kind === 'page' ? s.summary.page.url : null);

/**
 * Whether a read shows the same page as before, so the answers already shown are kept. A fresh read (a tab
 * switch, the reader's Refresh) never is: it asks the library again for every quote.
 */
export function isSamePage(
  state: SidePanelState,
  event: { tabId: number | undefined; view: PanelState; fresh: boolean },
) {
  return !event.fresh && event.tabId === state.tabId && urlOf(event.view) === urlOf(state.view);
}

/** The panel after `event`; the same object when a re-read changed nothing. */
export function panelReducer(state: SidePanelState, event: PanelEvent): SidePanelState {
  switch (event.type) {
    case 'switched':
      return { ...state, view: { kind: 'loading' } };
    case 'read': {
      const samePage = isSamePage(state, event);
      if (samePage && fingerprint(event.view) === fingerprint(state.view)) return state;
      const next = { ...state, tabId: event.tabId, view: event.view };
      if (samePage) return next;
      return { ...next, round: state.round + 1, cards: new Map(), lookupError: null, notice: null };
    }
    case 'cards': {
      const cards = new Map(state.cards);
      for (const card of event.cards) cards.set(card.quote.id, card);
      return { ...state, cards, libraryEmpty: event.empty ?? state.libraryEmpty, lookupError: null };
    }
    case 'lookup-failed':
      return { ...state, lookupError: event.error };
    case 'revealed':
      return { ...state, notice: event.notice };
  }
}
