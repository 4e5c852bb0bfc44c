/** The question before a person is deleted: what goes with them, and where it can be found again. */

import { Rich } from '@/components/Rich';
import { formatNumber, t } from '@/lib/core/i18n';
import type { Person } from '@/lib/core/records';
import { Panel } from './Panel';
import { withThem } from './trash-labels';

/** Asks before deleting `person`; `counts` is what goes with them. */
export function DeletePersonPanel({
  person,
  counts,
  days,
  onConfirm,
  onCancel,
}: {
  person: Person;
  counts: { statements: number; relations: number };
  /** How long Recently deleted keeps them. */
  days: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Panel title={t('managerDeletePersonTitle', person.name)} onCancel={onCancel}>
      <p class="delete-question">
        <Rich text={t('managerDeletePersonQuestion', [person.name, withThem(counts), formatNumber(days)])} />
      </p>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {t('managerDeleteName', person.name)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
    </Panel>
  );
}
