/**
 * The fact-checks the card shows for a quote: reviews of the quote's speaker, and reviews naming no claimant
 * that match the quote closely. Reads the library in the background; the matching is pure (lib/factcheck).
 */

import type { Review } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { reviewsOfClaimants, reviewsWithoutClaimant } from '@/lib/db/repos-reviews';
import { reviewsForQuote } from '@/lib/factcheck/group';
import type { CardClaimReviews } from '@/lib/factcheck/types';
import { quoteWords } from '@/lib/match/quote-text';

/** Reads as the card lookup remembers them (lib/messages/card-lookup.ts `remember`), keyed by what they read. */
export type RememberRead = <T>(key: string, read: () => Promise<T>) => Promise<T>;

/** Shares no two words with the quote: cannot match, so it is not scored. */
function sharesWords(quote: Set<string>, claim: string): boolean {
  let n = 0;
  for (const w of quoteWords(claim).split(' ')) if (w.length > 2 && quote.has(w) && ++n >= 2) return true;
  return false;
}

/** The card's reviews for a quote by `personId` (null when the speaker is not a stored person). */
export async function cardReviews(
  db: OnRecordDb,
  remember: RememberRead,
  quote: string,
  personId: string | null,
): Promise<CardClaimReviews[]> {
  const [own, loose] = await Promise.all([
    personId
      ? remember<Review[]>(`reviews:${db.name}:${personId}`, () => reviewsOfClaimants(db, [personId]))
      : Promise.resolve([]),
    remember<Review[]>(`reviews:${db.name}:`, () => reviewsWithoutClaimant(db)),
  ]);
  if (own.length === 0 && loose.length === 0) return [];
  const words = new Set(quoteWords(quote).split(' '));
  return reviewsForQuote(quote, personId, [...own, ...loose.filter((r) => sharesWords(words, r.claim))]);
}
