/** *Recently deleted*: what the reader deleted in the last days, each restorable whole, and a way to empty it. */

import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '@/lib/core/format-date';
import { formatNumber, t } from '@/lib/core/i18n';
import type { TrashEntry } from '@/lib/core/records';
import { describeEntry } from './trash-labels';

/** What the list needs from the library. */
export interface TrashActions {
  listTrash(): Promise<TrashEntry[]>;
  restoreTrash(id: string): Promise<void>;
  emptyTrash(): Promise<void>;
}

/** Props: the actions, a number that changes after each delete (to read the list again), and the outcome line. */
export function RecentlyDeleted({
  actions,
  version,
  days,
  purgeDay,
  attempt,
  announce,
}: {
  actions: TrashActions;
  version: number;
  days: number;
  purgeDay: (entry: TrashEntry) => string;
  /** Runs a write, showing its failure. */
  attempt: (work: () => Promise<void>) => Promise<void>;
  announce: (text: string) => void;
}) {
  const [entries, setEntries] = useState<TrashEntry[]>([]);
  const [read, setRead] = useState(0);
  // `version` (a delete elsewhere) and `read` (a restore or empty here) are the signals to read again.
  useEffect(() => {
    let live = true;
    actions.listTrash().then(
      (list) => live && setEntries(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [actions, version, read]);
  if (entries.length === 0) return null;
  const again = () => setRead((n) => n + 1);
  return (
    <section class="recently-deleted" aria-labelledby="recently-deleted-title">
      <h2 id="recently-deleted-title">{t('managerTrashTitle')}</h2>
      <p class="muted">{t('managerTrashNote', formatNumber(days))}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span class="what">{describeEntry(entry)}</span>{' '}
            <span class="muted">
              {t('managerTrashDates', [
                formatDate(entry.deletedAt) ?? entry.deletedAt,
                formatDate(purgeDay(entry)) ?? purgeDay(entry),
              ])}
            </span>{' '}
            <button
              type="button"
              onClick={() =>
                attempt(async () => {
                  await actions.restoreTrash(entry.id);
                  announce(t('managerRestored', describeEntry(entry)));
                  again();
                })
              }
            >
              {t('managerRestore')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="danger"
        onClick={() =>
          attempt(async () => {
            await actions.emptyTrash();
            announce(t('managerTrashEmptied'));
            again();
          })
        }
      >
        {t('managerEmptyTrash')}
      </button>
    </section>
  );
}
