/**
 * Saving the ClaimReviews a page publishes: through the same checks, merges and single transaction as an import
 * of a fact-check file, so a review read on a page is stored exactly as the same review from a feed would be.
 * Used by the popup's *Save to my record* and by the background when *Keep fact-checks I read* is on.
 */

import type { OnRecordDb } from './database-schema';
import { type ImportSummary, importPack, previewImport } from './repos-pack';
import { getPref, setPref } from './repos-prefs';

/** The pref behind *Keep fact-checks I read*; off unless the reader switched it on. */
export const KEEP_FACT_CHECKS = 'keep-fact-checks';

/** Whether the reader asked to keep the fact-checks of every page they read. */
export async function keepsFactChecks(db: OnRecordDb): Promise<boolean> {
  return (await getPref(db, KEEP_FACT_CHECKS)) === true;
}

/** Switches *Keep fact-checks I read* on or off. */
export function setKeepFactChecks(db: OnRecordDb, on: boolean): Promise<void> {
  return setPref(db, KEEP_FACT_CHECKS, on);
}

/** Stores a page's ClaimReviews (each checked again; unreadable ones left out). Null when none could be read. */
export async function saveFactChecks(db: OnRecordDb, items: readonly unknown[]): Promise<ImportSummary | null> {
  const preview = await previewImport(db, [...items]);
  if (preview.reviews.added + preview.reviews.merged === 0) return null;
  return importPack(db, preview.accepted);
}
