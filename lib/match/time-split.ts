/**
 * Time is part of the record: what a speaker said before a page's date is context for it, what they said
 * after is not "before", and a statement without a date cannot be placed either side. Pure.
 */
import { dayOf } from './recycled';

/** A speaker's statements placed against one page's date. */
export interface TimeSplit<T> {
  /** Said on or before the page's day (every day a partial date could mean), in the order given. */
  before: T[];
  /** Said after the page's day (or possibly after, for a partial date), oldest first. */
  since: T[];
  /** No date, or one that cannot be read: never listed as before. */
  undated: T[];
}

/** Where one date stands against a page's day: a partial date is "before" only if every day it means is. */
export function placeInTime(date: string | undefined, asOf: string): 'before' | 'since' | 'undated' {
  return placeAgainst(date, dayOf(asOf, 'first'));
}

function placeAgainst(date: string | undefined, page: number | null): 'before' | 'since' | 'undated' {
  const last = date ? dayOf(date, 'last') : null;
  if (last === null || page === null) return 'undated';
  return last <= page ? 'before' : 'since';
}

/**
 * Splits ranked statements by the page's date (ISO, or a timestamp). Those before keep their rank (relevance,
 * then newest first); later ones come oldest first, as they followed.
 */
export function splitByTime<T>(items: T[], dateOf: (item: T) => string | undefined, asOf: string): TimeSplit<T> {
  const split: TimeSplit<T> = { before: [], since: [], undated: [] };
  const page = dayOf(asOf, 'first');
  for (const item of items) split[placeAgainst(dateOf(item), page)].push(item);
  split.since.sort((a, b) => compareDates(dateOf(a), dateOf(b)));
  return split;
}

function compareDates(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/** The date a page stands for: its published date when it gives a readable one, else the day of the visit. */
export function pageAsOf(
  publishedAt: string | null | undefined,
  now: Date = new Date(),
): { date: string; from: 'published' | 'visit' } {
  if (publishedAt && dayOf(publishedAt) !== null) return { date: publishedAt.slice(0, 10), from: 'published' };
  return { date: now.toISOString().slice(0, 10), from: 'visit' };
}
