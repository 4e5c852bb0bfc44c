/** How long *Recently deleted* keeps what the reader deleted; pure, so the manager's components can say it too. */
import type { TrashEntry } from './records';

/** How long a deleted record can be restored. */
export const TRASH_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whether an entry is past its TRASH_DAYS. */
export function isExpired(entry: Pick<TrashEntry, 'deletedAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(entry.deletedAt) >= TRASH_DAYS * DAY_MS;
}

/** The day an entry will be purged (ISO date). */
export function purgeDay(entry: Pick<TrashEntry, 'deletedAt'>): string {
  return new Date(Date.parse(entry.deletedAt) + TRASH_DAYS * DAY_MS).toISOString().slice(0, 10);
}
