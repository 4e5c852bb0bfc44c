/**
 * The library's reviews published again: one statement's reviews as ClaimReview JSON-LD for the reader's own
 * article, or a selection as a DataFeed file (lib/factcheck/publish.ts), each with its claimant as stored.
 */
import type { Person, Review } from '@/lib/core/records';
import { claimReviewScript, toDataFeed } from '@/lib/factcheck/publish';
import type { FoundClaimant } from '@/lib/factcheck/types';
import type { OnRecordDb } from './database-schema';
import { listReviews, reviewsOfStatement, reviewsWithIds } from './review-store';

function claimantOf(people: Map<string, Person>) {
  return (r: { claimantId: string | null }): FoundClaimant | null => {
    const p = r.claimantId ? people.get(r.claimantId) : undefined;
    return p ? { name: p.name, kind: p.kind, sameAs: p.links ?? [] } : null;
  };
}

async function peopleOf(db: OnRecordDb, reviews: Review[]): Promise<Map<string, Person>> {
  const ids = [...new Set(reviews.map((r) => r.claimantId).filter((id) => id !== null))];
  const rows = await db.people.bulkGet(ids);
  return new Map(rows.filter((p) => p !== undefined).map((p) => [p.id, p]));
}

/** The ClaimReview blocks of one statement's reviews, one after another; empty when it has none. */
export async function statementClaimReviews(db: OnRecordDb, statementId: string): Promise<string> {
  const reviews = await reviewsOfStatement(db, statementId);
  const who = claimantOf(await peopleOf(db, reviews));
  return reviews.map((r) => claimReviewScript(r, who(r))).join('\n');
}

/** The reviews with these ids (every review when none are given) as a DataFeed. */
export async function exportReviewFeed(db: OnRecordDb, ids?: readonly string[], now = new Date().toISOString()) {
  const reviews = ids ? await reviewsWithIds(db, ids) : await listReviews(db);
  const who = claimantOf(await peopleOf(db, reviews));
  return toDataFeed(reviews, who, { name: `OnRecord fact-checks, ${now.slice(0, 10)}`, dateModified: now });
}
