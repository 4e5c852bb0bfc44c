/**
 * Save, Relate and Choose speaker for the side panel's entries: the card's own state machines
 * (components/card/suggest-state.ts, speaker-state.ts), one set per quote, whose card messages go to the
 * background as 'panel/card-action' and whose answers come back as the replies a card would get.
 */

import type { SaveQuoteProps } from '@/components/card/SaveQuote';
import type { SpeakerChoiceProps } from '@/components/card/SpeakerChoice';
import { createSpeakerChoice } from '@/components/card/speaker-state';
import type { SuggestActions } from '@/components/card/suggest-actions';
import { createSuggestActions } from '@/components/card/suggest-state';
import { t } from '@/lib/core/i18n';
import type {
  BackgroundToCard,
  CardData,
  CardSaved,
  CardToBackground,
  Message,
  PanelCardAction,
} from '@/lib/core/protocol';

/** What one entry offers: Save, the relate forms of its earlier statements, and Choose speaker. */
export interface EntryActions {
  save: SaveQuoteProps;
  suggest: SuggestActions;
  speakerChoice: SpeakerChoiceProps;
}

interface Deps {
  /** Sends one card message for the background to do; resolves to the replies a card would have had. */
  send(message: Message<PanelCardAction>): Promise<Message<BackgroundToCard>[]>;
  /** The quote as the page gave it (with its page and people), or null when it is no longer listed. */
  shownFor(quoteId: string): Omit<BackgroundToCard['card/show'], 'nonce'> | null;
  /** The library's new answer for a quote after an action (it is now on record, its speaker chosen…). */
  onCard(card: CardData): void;
  redraw(): void;
}

interface Entry {
  actions: () => EntryActions;
  deliver(message: Message<BackgroundToCard>): void;
}

const PANEL_TYPES = new Set<string>([
  'card/save',
  'card/relate',
  'card/dismiss',
  'card/undismiss',
  'card/list-people',
  'card/choose-speaker',
]);

/** The panel's actions, per quote id; `reset` forgets them all (a new page, or a refresh). */
export function createEntryActions({ send, shownFor, onCard, redraw }: Deps) {
  const entries = new Map<string, Entry>();

  const make = (quoteId: string): Entry => {
    let saved: CardSaved | null = null;
    let saving = false;
    // The state machines spread the shown quote into their payloads; the panel's has no frame nonce.
    const shown = () => {
      const found = shownFor(quoteId);
      return found ? ({ ...found } as BackgroundToCard['card/show']) : null;
    };
    const post = (message: Message<CardToBackground>) => {
      if (!PANEL_TYPES.has(message.type)) return;
      send(message as Message<PanelCardAction>).then(
        (answers) => {
          for (const answer of answers) deliver(answer);
          redraw();
        },
        () => {
          if (message.type === 'card/save') {
            saving = false;
            saved = { quoteId, status: 'failed', error: t('panelNoAnswer') };
            redraw();
          }
        },
      );
    };
    const suggest = createSuggestActions({ shown, send: post, redraw });
    const speaker = createSpeakerChoice({ shown, send: post, redraw });
    const deliver = (message: Message<BackgroundToCard>) => {
      if (message.type === 'card/data') onCard(message.payload);
      else if (message.type === 'card/saved') {
        saving = false;
        saved = message.payload;
      } else if (message.type === 'card/related' || message.type === 'card/dismissed') suggest.onAnswer(message);
      else if (message.type === 'card/people' || message.type === 'card/speaker-chosen') speaker.onAnswer(message);
    };
    const onSave = (name?: string) => {
      const show = shownFor(quoteId);
      if (!show || saving) return;
      saving = true;
      redraw();
      post({ type: 'card/save', payload: name ? { ...show, speaker: name } : show });
    };
    return {
      actions: () => ({ save: { saved, saving, onSave }, suggest: suggest.props(), speakerChoice: speaker.props() }),
      deliver,
    };
  };

  return {
    /** The actions of one entry, made when first asked for. */
    for(quoteId: string): EntryActions {
      let entry = entries.get(quoteId);
      if (!entry) {
        entry = make(quoteId);
        entries.set(quoteId, entry);
      }
      return entry.actions();
    },
    reset() {
      entries.clear();
    },
  };
}
