/**
 * Per speaker, how many of their quotes on the page the library links to more: a relation a person labelled,
 * or a suggestion. The popup is an extension page, so it runs the card's own lookup on the library directly
 * (the side panel asks the background, since it must not be trusted with what the page's frame could see).
 * The popup's entrypoint hands that lookup in, so this room does not import the background's.
 */

import {
  type QuoteContextFacts,
  type SpeakerContext,
  type SpeakerGroup,
  speakerContext,
} from '@/lib/core/popup-speakers';
import type { BackgroundToCard, CardData, PageSummary } from '@/lib/core/protocol';

/** The card's lookup on the library (`loadCard` bound to the database), as the popup's entrypoint wires it. */
export type CardLookup = (show: BackgroundToCard['card/show']) => Promise<CardData>;

/** A page with more quotes than this gets counts for its first ones only, so the popup stays quick. */
export const MAX_QUOTES_LOOKED_UP = 60;

/** What the popup counts in one card. */
export function factsOf(card: CardData): QuoteContextFacts {
  const statements = [...(card.onRecord ? [card.onRecord] : []), ...card.earlier];
  return {
    related: statements.some((s) => s.relation !== null),
    suggested: (card.suggestions?.length ?? 0) > 0,
    ...((card.reviews?.length ?? 0) > 0 ? { factChecked: true } : {}),
  };
}

/** Looks the speakers' quotes up (the first MAX_QUOTES_LOOKED_UP of them) and counts per speaker. */
export async function loadSpeakerContext(
  lookup: CardLookup,
  summary: Pick<PageSummary, 'page' | 'people'>,
  speakers: SpeakerGroup[],
): Promise<Record<string, SpeakerContext>> {
  let budget = MAX_QUOTES_LOOKED_UP;
  const entries: [string, SpeakerContext][] = [];
  for (const group of speakers) {
    const quotes = group.quotes.slice(0, Math.max(0, budget));
    budget -= quotes.length;
    const cards = await Promise.all(
      quotes.map((quote) => lookup({ quote, page: summary.page, people: summary.people })),
    );
    entries.push([group.name, speakerContext(cards.map(factsOf))]);
  }
  return Object.fromEntries(entries);
}
