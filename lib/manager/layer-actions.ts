/**
 * The manager's actions on the record's layers: *Copy to my record* turns a subscribed (read-only) person or
 * statement into the reader's own, editable copy, in one transaction.
 */
import { t } from '@/lib/core/i18n';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, putStatement } from '@/lib/db/repos';
import { planCopy } from './copy-to-mine';

/** Copy to my record over the library; `write` turns a failed write into a reader-facing message. */
export function layerActions(
  db: OnRecordDb,
  write: <T>(work: () => Promise<T>) => Promise<T>,
  snapshot: () => LibraryData | null,
): Pick<ManagerActions, 'copyToMine'> {
  return {
    async copyToMine(target) {
      const library = snapshot();
      const plan = library && planCopy(target, library, (prefix) => `${prefix}-${crypto.randomUUID()}`, now());
      if (!plan) throw new Error(t('layersNothingToCopy'));
      await write(() =>
        db.transaction('rw', db.people, db.statements, async () => {
          for (const person of plan.people) await putPerson(db, person);
          for (const statement of plan.statements) await putStatement(db, statement);
        }),
      );
      if (target.kind === 'statement') return t('layersStatementCopied', plan.person.name);
      return t(plan.reused ? 'layersPersonAlreadyMine' : 'layersPersonCopied', plan.person.name);
    },
  };
}

function now(): string {
  return new Date().toISOString();
}
