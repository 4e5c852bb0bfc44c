/** What the card can show from the page alone while the library answers: the page's speaker, role and quote. */
import type { BackgroundToCard, CardData } from '@/lib/core/protocol';

/** A card built only from page data; `known` false and no statements until the library's answer replaces it. */
export function provisionalCard({ quote, page, people }: BackgroundToCard['card/show']): CardData {
  const person = people.find((p) => p.name === quote.speaker);
  return {
    quote,
    page,
    speaker: quote.speaker,
    role: person?.role ? { title: person.role, from: 'page' } : null,
    known: false,
    candidates: [],
    onRecord: null,
    earlier: [],
  };
}
