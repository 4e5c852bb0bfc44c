/**
 * The card frame's state for "Not this speaker?": whether the list is open, the library's people once they
 * came, and whether a choice is on its way. Each message goes over the card's port from a click here; typing in
 * the list's search only filters what came.
 */

import type { BackgroundToCard, CardPerson, CardToBackground, Message } from '@/lib/core/protocol';
import type { SpeakerChoiceProps } from './SpeakerChoice';
import { ACTION_TIMEOUT_MS } from './suggest-state';

interface Deps {
  shown(): BackgroundToCard['card/show'] | null;
  send(message: Message<CardToBackground>): void;
  redraw(): void;
}

/** The state machine behind SpeakerChoiceProps; the entrypoint draws `props()` and feeds answers to `onAnswer`. */
export function createSpeakerChoice({ shown, send, redraw }: Deps) {
  let open = false;
  let people: CardPerson[] | null = null;
  let more = false;
  let busy = false;
  let error: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const post = (message: Message<CardToBackground>) => {
    try {
      send(message);
    } catch {
      // A dropped port: the timer below tells the reader.
    }
  };

  const props = (): SpeakerChoiceProps => ({
    open,
    people,
    more,
    busy,
    error,
    onOpen() {
      const show = shown();
      if (!show) return;
      open = true;
      error = null;
      redraw();
      // The list is asked for once per card; the reader's typing filters it here.
      if (people === null) post({ type: 'card/list-people', payload: { quoteId: show.quote.id } });
    },
    onCancel() {
      open = false;
      redraw();
    },
    onChoose(personId) {
      choose({ personId });
    },
    onChooseNew(name) {
      choose({ personId: null, newName: name });
    },
  });

  /** Sends the reader's choice (a stored person, "Unknown speaker", or a new name) for the quote shown. */
  const choose = (choice: { personId: string | null; newName?: string }) => {
    const show = shown();
    if (!show || busy) return;
    busy = true;
    redraw();
    const quoteId = show.quote.id;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!busy || shown()?.quote.id !== quoteId) return;
      busy = false;
      error = 'the library did not answer; try again';
      open = false;
      redraw();
    }, ACTION_TIMEOUT_MS);
    post({ type: 'card/choose-speaker', payload: { ...show, ...choice } });
  };

  return {
    props,
    /** The background's answer: the people to list, or what the choice did. */
    onAnswer(message: Message<BackgroundToCard>) {
      if (message.type === 'card/people') {
        people = message.payload.people;
        more = message.payload.more;
      } else if (message.type === 'card/speaker-chosen') {
        clearTimeout(timer);
        busy = false;
        open = false;
        error = message.payload.ok ? null : (message.payload.error ?? 'the library could not be written');
      }
      redraw();
    },
    /** A different quote is shown: the list closes; the people stay, the library has not changed. */
    reset() {
      clearTimeout(timer);
      open = false;
      busy = false;
      error = null;
    },
  };
}
