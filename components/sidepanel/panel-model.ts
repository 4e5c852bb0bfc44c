/**
 * The side panel's pure rules: how a page's quotes are laid out (page order, consecutive quotes of one speaker
 * under one heading), what the collapsed line says about a quote's context, which people a lookup needs, and
 * where the arrow keys move. Kept apart from the component so each rule is tested alone.
 */

import { relationLabel } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import type { CardData, PagePerson, PageQuote } from '@/lib/core/protocol';

/** Consecutive quotes of one speaker, as the page runs them. */
export interface SpeakerRun {
  /** Stable within one summary: the first quote's id. */
  key: string;
  /** The speaker the page credits, or null when it does not say. */
  speaker: string | null;
  /** The role the page gives the speaker, if any. */
  role: string | null;
  quotes: PageQuote[];
}

/**
 * The page's quotes in page order (the order the content script read them), each once, with consecutive quotes
 * of the same speaker grouped under one heading. A speaker quoted again later gets a new heading there, so the
 * list always follows the article.
 */
export function speakerRuns(quotes: PageQuote[], people: PagePerson[]): SpeakerRun[] {
  const seen = new Set<string>();
  const runs: SpeakerRun[] = [];
  for (const quote of quotes) {
    if (seen.has(quote.id)) continue;
    seen.add(quote.id);
    const last = runs[runs.length - 1];
    if (last && last.speaker === quote.speaker) {
      last.quotes.push(quote);
      continue;
    }
    const person = quote.speaker ? people.find((p) => p.name === quote.speaker) : undefined;
    runs.push({ key: quote.id, speaker: quote.speaker, role: person?.role ?? null, quotes: [quote] });
  }
  return runs;
}

/** How many quotes and distinct speakers the page has, for the panel's heading line. */
export function pageCounts(quotes: PageQuote[]): { quotes: number; speakers: number } {
  const ids = new Set(quotes.map((q) => q.id));
  const speakers = new Set(quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  return { quotes: ids.size, speakers: speakers.size };
}

/**
 * The collapsed line for one quote: what its context holds, in a few words. Checks first (they are about the
 * quote itself), then labelled relations, then how much was said before. Suggestions say they are suggestions.
 */
export function contextSummary(card: CardData): string[] {
  const parts: string[] = [];
  if (card.onRecord) parts.push(t('cardOnRecord'));
  if (card.altered) parts.push(t('cardAlteredTitle'));
  if (card.recycled) parts.push(t('panelNotNew'));
  const labels = new Set<string>();
  for (const s of [...(card.onRecord ? [card.onRecord] : []), ...card.earlier, ...(card.since ?? [])])
    if (s.relation) labels.add(relationLabel(s.relation.type));
  for (const label of labels) parts.push(label);
  const tensions = card.suggestions?.length ?? 0;
  if (tensions > 0) parts.push(tCount('panelTensions', tensions));
  const earlier = card.earlier.length;
  if (earlier > 0) parts.push(tCount('panelBefore', earlier));
  else if (card.speaker && !card.known && card.candidates.length > 1) parts.push(t('panelCouldBeSeveral'));
  else if (card.speaker) parts.push(t('panelNothingBefore'));
  else parts.push(t('cardSpeakerUnknown'));
  const since = card.since?.length ?? 0;
  if (since > 0) parts.push(since === 1 ? '1 statement since' : `${since} statements since`);
  return parts;
}

/** The page's people a lookup for these quotes needs (their speakers), so the message stays small. */
export function peopleFor(quotes: PageQuote[], people: PagePerson[]): PagePerson[] {
  const names = new Set(quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  return people.filter((p) => names.has(p.name));
}

/** Splits ids into batches of at most `size`, in order. */
export function batchesOf<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Where a key moves focus in a list of `count` quotes from `index`: arrows step (and stop at the ends), Home
 * and End jump. Null for any other key, which the list leaves to the browser.
 */
export function nextIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
