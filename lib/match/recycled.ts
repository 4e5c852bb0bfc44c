import { compareQuote, pageKeys, wordCoverage } from './diff';
import { sameWords } from './quote-text';
import type { StatementLike } from './types';

/** How many days before publication a quote must have been said for the page to be reusing it. */
export const RECYCLED_AFTER_DAYS = 30;

/** How alike a page quote and a stored quote must be to count as the same quote reused. */
export const RECYCLED_MIN_SIMILARITY = 0.9;

/** An old quote on a new page: the stored statement and both dates. */
export interface RecycledQuote<S extends StatementLike = StatementLike> {
  statement: S;
  /** When it was said, as the library records it. */
  saidOn: string;
  /** When the page was published. */
  publishedOn: string;
  /** Whole days between the two (at least RECYCLED_AFTER_DAYS + 1). */
  daysEarlier: number;
}

const DAY_MS = 86_400_000;

/** Similarity s needs at least s / (2 - s) of the page's words in the stored text: skip the diff below that. */
const MIN_COVERAGE = RECYCLED_MIN_SIMILARITY / (2 - RECYCLED_MIN_SIMILARITY);

/**
 * The day an ISO date stands for, in days since the epoch. A partial date ("2021", "2021-06") takes its
 * last day, so a quote is called old only when every day it could mean is old.
 */
export function dayOf(iso: string, end: 'first' | 'last' = 'first'): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : end === 'last' ? 11 : 0;
  // Day 0 of the next month is the last day of this one.
  const d = m[3] ? Number(m[3]) : end === 'last' ? 0 : 1;
  const t = Date.UTC(y, m[3] || end === 'first' ? mo : mo + 1, d);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/**
 * Whether the page quote is a quote the person gave long before the page was published (more than
 * RECYCLED_AFTER_DAYS): the same words, or nearly, stored with an older date. The oldest such statement.
 */
export function findRecycledQuote<S extends StatementLike>(
  pageText: string,
  statements: S[],
  publishedAt: string | null | undefined,
): RecycledQuote<S> | null {
  const published = publishedAt ? dayOf(publishedAt) : null;
  if (published === null || !publishedAt) return null;
  const keys = pageKeys(pageText);
  let best: RecycledQuote<S> | null = null;
  for (const statement of statements) {
    if (!statement.date) continue;
    const said = dayOf(statement.date, 'last');
    if (said === null || published - said <= RECYCLED_AFTER_DAYS) continue;
    const same =
      sameWords(pageText, statement.text) ||
      (wordCoverage(keys, statement.text, MIN_COVERAGE) >= MIN_COVERAGE &&
        compareQuote(pageText, statement.text).similarity >= RECYCLED_MIN_SIMILARITY);
    if (same && (!best || published - said > best.daysEarlier))
      best = {
        statement,
        saidOn: statement.date,
        publishedOn: publishedAt.slice(0, 10),
        daysEarlier: published - said,
      };
  }
  return best;
}
