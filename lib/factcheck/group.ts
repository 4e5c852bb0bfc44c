/**
 * The reviews a quote matches, as the card lists them: grouped by claim (several fact-checkers on one claim sit
 * together, newest review first), exact matches before similar ones, closest first.
 */
import { quoteWords } from '@/lib/match/quote-text';
import { matchReview } from './match';
import type { CardClaimReviews, StoredReview } from './types';

/** At most this many claims on one card; the manager holds the rest. */
export const MAX_CLAIMS = 3;

/** The matching reviews of a quote by `speakerId` (null when the speaker is not a stored person). */
export function reviewsForQuote(
  quote: string,
  speakerId: string | null,
  reviews: readonly StoredReview[],
): CardClaimReviews[] {
  const groups = new Map<string, CardClaimReviews & { score: number }>();
  for (const r of reviews) {
    const match = matchReview(r, { text: quote, speakerId });
    if (!match) continue;
    const key = `${r.claimantId ?? ''}\u0000${quoteWords(r.claim)}`;
    const group = groups.get(key) ?? { claim: r.claim, match: match.kind, score: match.score, reviews: [] };
    group.reviews.push({
      id: r.id,
      rating: r.rating,
      reviewer: r.reviewer,
      ...(r.reviewDate ? { reviewDate: r.reviewDate } : {}),
      ...(r.url ? { url: r.url } : {}),
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => Number(b.match === 'exact') - Number(a.match === 'exact') || b.score - a.score)
    .slice(0, MAX_CLAIMS)
    .map(({ score: _score, ...group }) => ({
      ...group,
      reviews: group.reviews.sort((a, b) => (b.reviewDate ?? '').localeCompare(a.reviewDate ?? '')),
    }));
}
