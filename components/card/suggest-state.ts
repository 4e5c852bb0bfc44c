/**
 * The card frame's state for Confirm, Dismiss and Relate: which relate form is open, whether a write is on its
 * way, and what the last one did. Every write is a message over the card's port, sent from a click here.
 */

import { t } from '@/lib/core/i18n';
import type { BackgroundToCard, CardToBackground, Message } from '@/lib/core/protocol';
import type { RelationType } from '@/lib/core/records';
import type { SuggestActions } from './suggest-actions';

/** How long to wait for the library before saying it did not answer (a port may drop while the worker sleeps). */
export const ACTION_TIMEOUT_MS = 5000;

interface Deps {
  shown(): BackgroundToCard['card/show'] | null;
  send(message: Message<CardToBackground>): void;
  redraw(): void;
}

/** The state machine behind SuggestActions; the entrypoint draws `props()` and feeds answers to `onAnswer`. */
export function createSuggestActions({ shown, send, redraw }: Deps) {
  let relating: string | null = null;
  let busy = false;
  let related: SuggestActions['related'] = null;
  let dismissed: SuggestActions['dismissed'] = null;
  let pending: { type: RelationType; note: string } | undefined;
  // The form the last Confirm / Relate came from, so its outcome shows there and nowhere else.
  let formId: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = (statementId: string, message: Message<CardToBackground>) => {
    busy = true;
    redraw();
    const quoteId = shown()?.quote.id;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!busy || shown()?.quote.id !== quoteId) return;
      busy = false;
      related = {
        quoteId: quoteId ?? '',
        statementId,
        status: 'failed',
        error: t('cardNoAnswer'),
      };
      redraw();
    }, ACTION_TIMEOUT_MS);
    try {
      send(message);
    } catch {
      // Reported by the timer above.
    }
  };

  const props = (): SuggestActions => ({
    relating,
    busy,
    related,
    dismissed,
    onOpenRelate(id) {
      relating = id;
      related = null;
      redraw();
    },
    onCancelRelate() {
      relating = null;
      redraw();
    },
    onRelate(statementId, type, note, speaker) {
      const show = shown();
      if (!show || busy) return;
      pending = { type, note };
      // A pick among candidates comes from the outcome's buttons, after the form closed: keep its place.
      formId = relating ?? related?.formId;
      const payload = { ...show, statementId, type, note };
      start(statementId, { type: 'card/relate', payload: speaker ? { ...payload, speaker } : payload });
    },
    onDismiss(key, statementId) {
      const show = shown();
      if (!show || busy) return;
      start(statementId, { type: 'card/dismiss', payload: { ...show, statementId, key } });
    },
    onUndoDismiss(key) {
      const show = shown();
      if (!show || busy || !dismissed) return;
      start(dismissed.statementId, { type: 'card/undismiss', payload: { ...show, key } });
    },
  });

  return {
    props,
    /** The background's answer to the last action. */
    onAnswer(message: Message<BackgroundToCard>) {
      clearTimeout(timer);
      busy = false;
      if (message.type === 'card/related') {
        related = { ...message.payload, pending, formId };
        if (message.payload.status === 'related' || message.payload.status === 'ambiguous') relating = null;
      } else if (message.type === 'card/dismissed') {
        const { key, statementId, undone } = message.payload;
        dismissed = undone ? null : { key, statementId };
        related = null;
        relating = null;
      }
      redraw();
    },
    /** A different quote is shown: nothing of the last one's actions carries over. */
    reset() {
      clearTimeout(timer);
      relating = null;
      busy = false;
      related = null;
      dismissed = null;
      pending = undefined;
      formId = undefined;
    },
  };
}
