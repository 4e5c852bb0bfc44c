/**
 * What the manager's one import accepts besides packs: fact-checkers' ClaimReview files (a single ClaimReview, a
 * list of them, or a DataFeed of them). They are turned into a pack here, so the preview and the commit that
 * follow are a pack's; the items that could not be read are carried as rejections with their reasons.
 */
import { readClaimReviews } from '@/lib/factcheck/read';
import { looksLikeClaimReviews, typesOf } from '@/lib/factcheck/shapes';
import { reviewsToPack } from '@/lib/factcheck/to-pack';
import type { Rejection } from './parse-pack';
import { markWellFormed } from './well-formed';

/** The input a pack check reads, and what was left out before it. */
export interface ImportInput {
  input: unknown;
  rejected: Rejection[];
}

/** A pack file's JSON unchanged; a ClaimReview file's JSON as a pack, with its unreadable items as rejections. */
export function toImportInput(json: unknown, today = new Date().toISOString().slice(0, 10)): ImportInput {
  if (!looksLikeClaimReviews(json)) return { input: json, rejected: [] };
  const read = readClaimReviews(json);
  const feed = typesOf(json).includes('DataFeed') ? (json as Record<string, unknown>) : {};
  const name = typeof feed.name === 'string' && feed.name.trim() ? feed.name.trim() : undefined;
  const licence =
    typeof feed.license === 'string' && feed.license.trim() ? feed.license.trim().slice(0, 300) : undefined;
  const rejected = read.skipped.map(
    (s, i): Rejection => ({ list: 'reviews', index: -1 - i, record: s.at, problem: s.problem, knockOn: false }),
  );
  // Read and cleaned by lib/factcheck already: the pack check need only apply its limits.
  return { input: markWellFormed(reviewsToPack(read.reviews, today, { name, licence })), rejected };
}
