/**
 * Reviews as schema.org ClaimReview JSON-LD, the form search engines ask fact-checkers to embed in their own
 * articles, and a selection of them as a DataFeed: the same shapes lib/factcheck/read.ts imports, so an export
 * re-imports to the same records.
 */
import type { FoundClaimant, StoredReview } from './types';

/** A review with what publishing it needs besides the record: its claimant, when it names one. */
export interface PublishableReview extends StoredReview {
  claimDate?: string;
  appearances: string[];
}

const CONTEXT = 'https://schema.org';

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

/** One ClaimReview object; `withContext` adds `@context` for a block embedded on its own. */
export function toClaimReview(r: PublishableReview, claimant: FoundClaimant | null, withContext = true) {
  const { ratingValue, bestRating, worstRating, alternateName } = r.rating;
  return {
    ...(withContext ? { '@context': CONTEXT } : {}),
    '@type': 'ClaimReview',
    claimReviewed: r.claim,
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant
        ? {
            author: {
              '@type': claimant.kind === 'organisation' ? 'Organization' : 'Person',
              name: claimant.name,
              ...(claimant.sameAs.length > 0 ? { sameAs: claimant.sameAs } : {}),
            },
          }
        : {}),
      ...optional('datePublished', r.claimDate),
      ...(r.appearances.length > 0
        ? { appearance: r.appearances.map((url) => ({ '@type': 'CreativeWork', url })) }
        : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName,
      ...optional('ratingValue', ratingValue),
      ...optional('bestRating', bestRating),
      ...optional('worstRating', worstRating),
    },
    author: { '@type': 'Organization', name: r.reviewer.name, ...optional('url', r.reviewer.url) },
    ...optional('datePublished', r.reviewDate),
    ...optional('url', r.url),
  };
}

/** The ClaimReview as a `<script type="application/ld+json">` block, ready to paste into an article. */
export function claimReviewScript(r: PublishableReview, claimant: FoundClaimant | null): string {
  // "</" would end the script element early in HTML; JSON allows it escaped.
  const json = JSON.stringify(toClaimReview(r, claimant), null, 2).replace(/<\//g, '<\\/');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

/** A selection of reviews as a schema.org DataFeed, one DataFeedItem per review. */
export function toDataFeed(
  reviews: readonly PublishableReview[],
  claimantOf: (r: PublishableReview) => FoundClaimant | null,
  info: { name: string; dateModified: string },
) {
  return {
    '@context': CONTEXT,
    '@type': 'DataFeed',
    name: info.name,
    dateModified: info.dateModified,
    dataFeedElement: reviews.map((r) => ({
      '@type': 'DataFeedItem',
      ...optional('dateCreated', r.reviewDate),
      item: [toClaimReview(r, claimantOf(r), false)],
    })),
  };
}
