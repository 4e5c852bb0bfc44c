/**
 * Found reviews as an OnRecord pack, so a fact-check feed goes through the same checks, preview, merges and
 * all-or-nothing commit as any pack: each claimant becomes a person (the import merges them with stored people
 * by exact name or alias only), each claim with a claimant a statement, each review a review record linking
 * both. Ids derive from content, so importing a feed twice leaves one copy of each record.
 */
import { hashText } from '@/lib/match/hash';
import { nameKey } from '@/lib/match/name-keys';
import { quoteWords } from '@/lib/match/quote-text';
import type { FoundReview } from './types';

/** What the pack's meta says when the feed names no licence: the shape it came in. */
const FORMAT = 'schema.org ClaimReview';

/** The id a claimant gets: the same name always gives the same id. */
export function claimantId(name: string): string {
  return `claimant-${hashText(nameKey(name) || name)}`;
}

/** The id a claim's statement gets, per claimant and wording. */
export function claimStatementId(personId: string, claim: string): string {
  return `claim-${hashText(`${personId}\u0000${quoteWords(claim)}`)}`;
}

/** The id a review gets: its link, the fact-checker and the claim. */
export function reviewId(r: Pick<FoundReview, 'url' | 'reviewer' | 'claim'>): string {
  return `review-${hashText([r.url ?? '', r.reviewer.name, r.claim].join('\u0000'))}`;
}

/** Names for the preview: the feed's own name, or its fact-checkers'. */
export interface FeedInfo {
  name?: string;
  licence?: string;
}

/** The pack JSON for these reviews, to be checked by lib/pack like any file; `today` dates it. */
export function reviewsToPack(reviews: readonly FoundReview[], today: string, info: FeedInfo = {}) {
  const people = new Map<string, object>();
  const statements = new Map<string, object>();
  const records = reviews.map((r) => {
    const personId = r.claimant ? claimantId(r.claimant.name) : null;
    let statementId: string | undefined;
    if (r.claimant && personId) {
      people.set(personId, { id: personId, name: r.claimant.name, kind: r.claimant.kind });
      statementId = claimStatementId(personId, r.claim);
      if (!statements.has(statementId))
        statements.set(statementId, {
          id: statementId,
          personId,
          text: r.claim,
          ...(r.claimDate ? { date: r.claimDate } : {}),
          sources: r.appearances.map((url) => ({ url })),
        });
    }
    const { claimant: _c, ...fields } = r;
    return { id: reviewId(r), ...fields, claimantId: personId, ...(statementId ? { statementId } : {}) };
  });
  const reviewers = [...new Set(reviews.map((r) => r.reviewer.name))];
  const byline = reviewers.slice(0, 5).join(', ') || FORMAT;
  return {
    format: 'onrecord-pack',
    version: 1,
    meta: {
      name: (info.name ?? byline).slice(0, 300),
      author: byline.slice(0, 300),
      licence: info.licence ?? FORMAT,
      date: today,
    },
    people: [...people.values()],
    statements: [...statements.values()],
    relations: [],
    reviews: records,
  };
}
