/**
 * The manager's fact-check actions: rate a statement as a fact-checker, and copy a statement's reviews as
 * ClaimReview JSON-LD for the reader's own article. Kept apart so the library's actions stay readable.
 */

import { t } from '@/lib/core/i18n';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { statementClaimReviews } from '@/lib/db/export-fact-checks';
import { rateStatement } from '@/lib/db/repos-reviews';

/** Rate… and Copy ClaimReview over the library; `write` turns a failed write into a reader-facing message. */
export function factCheckActions(
  db: OnRecordDb,
  write: <T>(work: () => Promise<T>) => Promise<T>,
): Pick<ManagerActions, 'rateStatement' | 'copyClaimReview'> {
  return {
    async rateStatement(statementId, input) {
      await write(() => rateStatement(db, statementId, input, new Date().toISOString()));
      return t('factcheckRated');
    },
    async copyClaimReview(statementId) {
      const blocks = await statementClaimReviews(db, statementId);
      if (!blocks) return t('factcheckNoReview');
      await navigator.clipboard.writeText(blocks);
      return t('factcheckCopied');
    },
  };
}
