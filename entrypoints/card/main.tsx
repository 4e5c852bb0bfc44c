import { render } from 'preact';
import { provisionalCard } from '@/components/card/provisional';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { BackgroundToCard, CardData, CardSaved } from '@/lib/core/protocol';
import { connectCard, nonceFromHash } from './card-port';
import { createSpeakerChoice } from './speaker-state';
import { createSuggestActions } from './suggest-state';
import { watchCardVisibility } from './visibility-guard';

const app = document.getElementById('app')!;
const nonce = nonceFromHash(location.hash);

if (nonce) {
  let send: ReturnType<typeof connectCard> = () => {};
  const close = () => send({ type: 'card/closed', payload: { nonce } });
  const openManager = () => send({ type: 'card/open-manager', payload: {} });
  // What the page gave for the quote shown, which Save sends back; and what the last Save did.
  let shown: BackgroundToCard['card/show'] | null = null;
  let saved: CardSaved | null = null;
  let saving = false;
  let last: { data: CardData | null; loading: boolean } = { data: null, loading: false };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  // A click acts only when the card can be seen (clickjacking; entrypoints/card/visibility-guard.ts).
  const gate = watchCardVisibility(document.documentElement);
  const save = (speaker?: string) => {
    if (!shown || saving || !gate.allows()) return;
    saving = true;
    draw();
    const quoteId = shown.quote.id;
    // A port that dropped while the worker slept loses the message: say so rather than spin forever.
    saveTimer = setTimeout(() => {
      if (!saving || current !== quoteId) return;
      saving = false;
      saved = { quoteId, status: 'failed', error: 'the library did not answer; try again' };
      draw();
    }, 5000);
    try {
      send({ type: 'card/save', payload: speaker ? { ...shown, speaker } : shown });
    } catch {
      // Reported by the timer above.
    }
  };
  // Confirm, Dismiss and Relate: each sends the quote shown, as the page gave it, with the reader's choice.
  const suggest = createSuggestActions({
    shown: () => shown,
    send: (message) => send(message),
    redraw: () => draw(),
  });
  // "Not this speaker?": the library's people to pick from, and the reader's pick for the quote shown.
  const speakerChoice = createSpeakerChoice({
    shown: () => shown,
    send: (message) => send(message),
    redraw: () => draw(),
  });
  const draw = () => {
    const saveProps = shown ? { saved, saving, onSave: save } : undefined;
    render(
      <QuoteCard
        data={last.data}
        loading={last.loading}
        onOpenManager={openManager}
        onClose={close}
        save={saveProps}
        actions={shown && !last.loading ? suggest.props() : undefined}
        speakerChoice={shown ? speakerChoice.props() : undefined}
      />,
      app,
    );
  };
  // A new quote starts at the top; the library's answer for the same quote (after a Save, say) keeps the
  // reader's place, so a confirmation they just caused stays in view.
  let drawnQuote: string | null = null;
  const show = (data: CardData | null, loading = false) => {
    last = { data, loading };
    draw();
    const quoteId = data?.quote.id ?? null;
    if (quoteId !== drawnQuote) app.scrollTop = 0;
    drawnQuote = quoteId;
  };
  // The quote last asked for: a late answer for an earlier quote never replaces a newer card.
  let current: string | null = null;
  send = connectCard(nonce, (message) => {
    if (message.type === 'card/related' || message.type === 'card/dismissed') {
      if (message.payload.quoteId === current) suggest.onAnswer(message);
      return;
    }
    if (message.type === 'card/people' || message.type === 'card/speaker-chosen') {
      if (message.payload.quoteId === current) speakerChoice.onAnswer(message);
      return;
    }
    if (message.type === 'card/saved') {
      if (message.payload.quoteId !== current) return;
      clearTimeout(saveTimer);
      saving = false;
      saved = message.payload;
      draw();
      return;
    }
    if (message.type === 'card/show') {
      if (message.payload.quote.id !== current) {
        saved = null;
        suggest.reset();
        speakerChoice.reset();
      }
      saving = false;
      shown = message.payload;
      current = message.payload.quote.id;
      // What the page says first, so the card is never blank or stale while the library answers.
      show(provisionalCard(message.payload), true);
    } else if (message.type === 'card/data') {
      if (current === null || message.payload.quote.id === current) show(message.payload);
    } else {
      current = null;
      shown = null;
      suggest.reset();
      speakerChoice.reset();
      show(null);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
