import { render } from 'preact';
import { type CardEvent, cardReducer, EMPTY_CARD, startsAfresh } from '@/components/card/card-state';
import { QuoteCard } from '@/components/card/QuoteCard';
import { createSpeakerChoice } from '@/components/card/speaker-state';
import { createSuggestActions } from '@/components/card/suggest-state';
import { connectCard, nonceFromHash } from './card-port';
import { watchCardVisibility } from './visibility-guard';

/** How long (ms) a Save waits for the library before the card says it did not answer. */
const SAVE_TIMEOUT_MS = 5000;

const app = document.getElementById('app');
const nonce = nonceFromHash(location.hash);

if (app && nonce) {
  let send: ReturnType<typeof connectCard> = () => {};
  let state = EMPTY_CARD;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  // A new quote starts at the top; the library's answer for the same quote (after a Save, say) keeps the
  // reader's place, so a confirmation they just caused stays in view.
  let drawnQuote: string | null = null;
  const close = () => send({ type: 'card/closed', payload: { nonce } });
  // A click acts only when the card can be seen (clickjacking; entrypoints/card/visibility-guard.ts).
  const gate = watchCardVisibility(document.documentElement);
  const parts = { shown: () => state.shown, send: (m: Parameters<typeof send>[0]) => send(m), redraw: () => draw() };
  // Confirm, Dismiss and Relate, and "Not this speaker?": each sends the quote shown with the reader's choice.
  const suggest = createSuggestActions(parts);
  const speakerChoice = createSpeakerChoice(parts);
  const dispatch = (event: CardEvent) => {
    if (startsAfresh(state, event)) {
      suggest.reset();
      speakerChoice.reset();
    }
    if (event.type === 'card/saved' || event.type === 'card/hide') clearTimeout(saveTimer);
    const next = cardReducer(state, event);
    if (next === state) return;
    state = next;
    draw();
  };
  const save = (speaker?: string) => {
    const { shown } = state;
    if (!shown || state.saving || !gate.allows()) return;
    dispatch({ type: 'save/start' });
    const quoteId = shown.quote.id;
    // A port that dropped while the worker slept loses the message: say so rather than spin forever.
    saveTimer = setTimeout(() => dispatch({ type: 'save/timeout', quoteId }), SAVE_TIMEOUT_MS);
    try {
      send({ type: 'card/save', payload: speaker ? { ...shown, speaker } : shown });
    } catch {
      // Reported by the timer above.
    }
  };
  const draw = () => {
    const { shown, data, loading, saved, saving } = state;
    render(
      <QuoteCard
        data={data}
        loading={loading}
        onOpenManager={() => send({ type: 'card/open-manager', payload: {} })}
        onClose={close}
        save={shown ? { saved, saving, onSave: save } : undefined}
        actions={shown && !loading ? suggest.props() : undefined}
        speakerChoice={shown ? speakerChoice.props() : undefined}
      />,
      app,
    );
    const quoteId = data?.quote.id ?? null;
    if (quoteId !== drawnQuote) app.scrollTop = 0;
    drawnQuote = quoteId;
  };
  send = connectCard(nonce, (message) => {
    if (message.type === 'card/related' || message.type === 'card/dismissed') {
      if (message.payload.quoteId === state.current) suggest.onAnswer(message);
    } else if (message.type === 'card/people' || message.type === 'card/speaker-chosen') {
      if (message.payload.quoteId === state.current) speakerChoice.onAnswer(message);
    } else if (message.type === 'card/hide') dispatch({ type: 'card/hide' });
    else dispatch(message);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
