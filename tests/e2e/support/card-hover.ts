/**
 * Hovering one quote of a page and reading its card once the library answered, for stories that look at what
 * a card shows for a given quote (fact-checks, the record in time).
 */
import { expect } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import type { ExtensionBrowser } from './extension-browser';

/** What a card probe must read besides its own sections: whether the card is busy, and its quote. */
export interface CardAnswer {
  busy: string | null;
  quote: string;
}

/**
 * Opens `url`, waits until the quote starting with `opening` is marked and attributed to `speaker`, hovers
 * it, and returns what `probe` reads in the card frame once the card shows that quote and is no longer busy.
 */
export async function hoverQuoteCard<T extends CardAnswer>(
  b: ExtensionBrowser,
  url: string,
  quote: { opening: string; speaker: string },
  probe: () => T,
): Promise<T> {
  const { opening, speaker } = quote;
  await b.driver.open(url);
  const marks = await pollUntil(
    () => b.driver.evaluate(collectMarks, undefined),
    (m) => m.quotes.some((q) => q.text.trim().startsWith(opening)),
    15_000,
  );
  const found = marks.value.quotes.find((q) => q.text.trim().startsWith(opening));
  expect(found?.speaker, 'the quote is attributed').toBe(speaker);
  await b.driver.hoverAway();
  await b.driver.hover(`[data-onrecord="quote"][data-onrecord-id="${found?.id}"]`);
  const shown = await pollUntil(
    () => b.inCard(probe),
    (r) => !!r && r.busy === 'false' && r.quote.startsWith(opening),
    10_000,
  );
  expect(shown.ok, JSON.stringify(shown.value)).toBe(true);
  if (!shown.value) throw new Error(`no card for the quote "${opening}"`);
  return shown.value;
}
