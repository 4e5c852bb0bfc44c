/**
 * The card frame's own state as one pure reducer: the quote the page gave (which Save sends back), the
 * library's answer drawn for it, and where a Save stands. The frame dispatches the background's messages
 * and the reader's Save into it and draws what it returns.
 */
import type { BackgroundToCard, CardData, CardSaved } from '@/lib/core/protocol';
import { provisionalCard } from './provisional';

/** Everything the card draws besides its suggestion and speaker-choice parts. */
export interface CardState {
  /** What the page gave for the quote shown; null while the card is hidden. */
  shown: BackgroundToCard['card/show'] | null;
  /** The quote last asked for: a late answer for an earlier quote never replaces a newer card. */
  current: string | null;
  data: CardData | null;
  loading: boolean;
  saving: boolean;
  saved: CardSaved | null;
}

/** What can happen to the card: the background's messages, and a Save starting or timing out. */
export type CardEvent =
  | { type: 'card/show'; payload: BackgroundToCard['card/show'] }
  | { type: 'card/data'; payload: CardData }
  | { type: 'card/hide' }
  | { type: 'card/saved'; payload: CardSaved }
  | { type: 'save/start' }
  | { type: 'save/timeout'; quoteId: string };

/** A hidden card with nothing drawn. */
export const EMPTY_CARD: CardState = {
  shown: null,
  current: null,
  data: null,
  loading: false,
  saving: false,
  saved: null,
};

/** What a Save that got no answer says: the port dropped while the worker slept, so the reader may try again. */
export const SAVE_UNANSWERED = 'the library did not answer; try again';

/** The card after `event`; the same object when the event does not apply (a late answer, a second Save). */
export function cardReducer(state: CardState, event: CardEvent): CardState {
  switch (event.type) {
    case 'card/show': {
      const quoteId = event.payload.quote.id;
      const saved = quoteId === state.current ? state.saved : null;
      // What the page says first, so the card is never blank or stale while the library answers.
      const data = provisionalCard(event.payload);
      return { shown: event.payload, current: quoteId, data, loading: true, saving: false, saved };
    }
    case 'card/data':
      if (state.current !== null && event.payload.quote.id !== state.current) return state;
      return { ...state, data: event.payload, loading: false };
    case 'card/hide':
      return EMPTY_CARD;
    case 'card/saved':
      if (event.payload.quoteId !== state.current) return state;
      return { ...state, saving: false, saved: event.payload };
    case 'save/start':
      return state.shown && !state.saving ? { ...state, saving: true } : state;
    case 'save/timeout':
      if (!state.saving || state.current !== event.quoteId) return state;
      return { ...state, saving: false, saved: { quoteId: event.quoteId, status: 'failed', error: SAVE_UNANSWERED } };
  }
}

/** Whether `event` moves the card to another quote (or hides it), so its other parts start afresh. */
export function startsAfresh(state: CardState, event: CardEvent): boolean {
  return event.type === 'card/hide' || (event.type === 'card/show' && event.payload.quote.id !== state.current);
}
