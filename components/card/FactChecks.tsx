import { t } from '@/lib/core/i18n';
import type { CardClaimReviews, CardReview } from '@/lib/factcheck/types';
import { formatDate } from './format';

/** Props: the claims the quote matches, with their reviews, and the quote's own words. */
export interface FactChecksProps {
  claims: CardClaimReviews[];
  quote: string;
  heading?: 'h2' | 'h3';
}

function ReviewLine({ review }: { review: CardReview }) {
  const date = formatDate(review.reviewDate);
  return (
    <li class="review">
      {/* The fact-checker's words verbatim, in their own language: never rephrased as OnRecord's verdict. */}
      <q class="verdict">{review.rating.alternateName}</q>{' '}
      <span class="reviewer">{t('factcheckBy', review.reviewer.name)}</span>
      {date && <span class="review-date"> {t('factcheckOn', date)}</span>}
      {review.url && (
        <>
          {' · '}
          <a class="review-link" href={review.url} target="_blank" rel="noopener noreferrer">
            {t('factcheckRead')}
          </a>
        </>
      )}
    </li>
  );
}

/**
 * Fact-checkers' reviews of what the quote says, shown first on the card: per claim, whether it is this claim
 * or a similar one (then with both wordings), each fact-checker's rating words, name, date and link.
 */
export function FactChecks({ claims, quote, heading: H = 'h2' }: FactChecksProps) {
  if (claims.length === 0) return null;
  return (
    <section class="fact-checks" aria-label={t('factcheckHeading')}>
      <H>{t('factcheckHeading')}</H>
      {claims.map((c) => (
        <div class="claim-reviews" key={c.reviews[0]?.id ?? c.claim}>
          <p class="claim-match">{t(c.match === 'exact' ? 'factcheckExact' : 'factcheckSimilar')}</p>
          {c.match === 'similar' && (
            <dl class="wordings">
              <dt>{t('factcheckClaimWording')}</dt>
              <dd>{c.claim}</dd>
              <dt>{t('factcheckQuoteWording')}</dt>
              <dd>{quote}</dd>
            </dl>
          )}
          <ul>
            {c.reviews.map((r) => (
              <ReviewLine key={r.id} review={r} />
            ))}
          </ul>
        </div>
      ))}
      <p class="not-ours">{t('factcheckNotOurs')}</p>
    </section>
  );
}
