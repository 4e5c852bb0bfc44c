/**
 * Looks quotes up lazily for the panel: the ids the reader can see are queued, gathered for a moment, and sent
 * to the background in small batches; each quote is asked once per page. A new page (or a refresh) starts a
 * new generation, and answers for an older one are dropped.
 */

import type { CardData, PageQuote, PageSummary, PanelLookupResponse, PanelToBackground } from '@/lib/core/protocol';
import { MAX_PANEL_CHARS, MAX_PANEL_QUOTES } from '@/lib/core/validate';
import { batchesOf, peopleFor } from './panel-model';

/** How long ids are gathered before a batch leaves, so one scroll sends one message, not one per quote. */
export const GATHER_MS = 40;

/** What the queue needs: how to ask the background, and what to do with answers. */
export interface LookupQueueDeps {
  send(payload: PanelToBackground['panel/lookup']): Promise<PanelLookupResponse | undefined>;
  onCards(cards: CardData[], libraryEmpty: boolean): void;
  onError(error: string): void;
  /** Defaults to setTimeout; tests pass their own. */
  schedule?(run: () => void, ms: number): void;
}

type LookupPayload = PanelToBackground['panel/lookup'];

/**
 * The payloads for these quotes: at most MAX_PANEL_QUOTES each, and halved until each fits MAX_PANEL_CHARS (a
 * page can quote at length). A single quote too large to send stays in its own payload, which the background
 * refuses with a reason.
 */
export function lookupPayloads(summary: PageSummary, quotes: PageQuote[]): LookupPayload[] {
  const split = (batch: PageQuote[]): LookupPayload[] => {
    const payload = { page: summary.page, people: peopleFor(batch, summary.people), quotes: batch };
    if (batch.length <= 1 || JSON.stringify(payload).length <= MAX_PANEL_CHARS) return [payload];
    const half = Math.ceil(batch.length / 2);
    return [...split(batch.slice(0, half)), ...split(batch.slice(half))];
  };
  return batchesOf(quotes, MAX_PANEL_QUOTES).flatMap(split);
}

/** A lookup queue for one panel. */
export function createLookupQueue(deps: LookupQueueDeps) {
  const schedule = deps.schedule ?? ((run, ms) => void setTimeout(run, ms));
  let summary: PageSummary | null = null;
  let generation = 0;
  const asked = new Set<string>();
  let queued: string[] = [];
  let timer = false;

  const flush = async () => {
    timer = false;
    const current = summary;
    const gen = generation;
    const ids = queued;
    queued = [];
    if (!current) return;
    const byId = new Map(current.quotes.map((q) => [q.id, q]));
    const quotes = ids.map((id) => byId.get(id)).filter((q) => q !== undefined);
    for (const payload of lookupPayloads(current, quotes)) {
      const batch = payload.quotes;
      const answer = await deps.send(payload).catch((error: unknown) => ({
        ok: false as const,
        error: error instanceof Error ? error.message : String(error),
      }));
      if (gen !== generation) return;
      if (answer?.ok) deps.onCards(answer.cards, answer.libraryEmpty);
      else {
        // Let a later scroll or refresh ask again.
        for (const q of batch) asked.delete(q.id);
        deps.onError(answer?.error ?? 'no answer');
      }
    }
  };

  return {
    /** A new page summary (new tab, refresh): forget what was asked unless `keep` says the page is the same. */
    reset(next: PageSummary | null, keep = false) {
      summary = next;
      if (keep) return;
      generation += 1;
      asked.clear();
      queued = [];
    },
    /** The reader can see these quotes: ask for the ones not asked yet. */
    need(ids: string[]) {
      for (const id of ids) {
        if (asked.has(id)) continue;
        asked.add(id);
        queued.push(id);
      }
      if (queued.length > 0 && !timer) {
        timer = true;
        schedule(() => void flush(), GATHER_MS);
      }
    },
    /** Ids asked so far in this generation (for tests and diagnostics). */
    asked: () => [...asked],
  };
}
