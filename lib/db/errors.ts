/** What went wrong with a library write, in words a reader can act on. */

import { t } from '@/lib/core/i18n';

/** Whether the browser refused a write for lack of space (Dexie wraps the DOMException as `inner`). */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { inner?: unknown }).inner) {
    const name = (x as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
  }
  return false;
}

/**
 * The message the manager shows for a failed write. Every write is one transaction, so a failure means the
 * change was not saved and nothing already saved was touched; the message says so.
 */
export function describeWriteError(e: unknown): string {
  if (isQuotaError(e)) return t('writeErrorNoRoom');
  const detail = e instanceof Error ? e.message : String(e);
  return t('writeErrorNotSaved', detail);
}
