/**
 * The background's answer to 'factcheck/found': a page's ClaimReviews are stored only when the reader switched
 * on *Keep fact-checks I read* (checked here, on every message; the content script cannot know the pref).
 */
import type { ContentToBackground } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { keepsFactChecks, saveFactChecks } from '@/lib/db/repos-fact-checks';

/** Saves the page's reviews when the reader keeps fact-checks they read; answers how many were stored. */
export async function keepFactChecksRead(
  db: OnRecordDb,
  payload: ContentToBackground['factcheck/found'],
): Promise<number> {
  if (!(await keepsFactChecks(db))) return 0;
  const saved = await saveFactChecks(db, payload.items);
  return saved ? saved.reviews.added + saved.reviews.merged : 0;
}
