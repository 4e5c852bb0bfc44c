/** The question before a person is deleted: what goes with them, and where it can be found again. */
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
    <Panel title={`Delete ${person.name}?`} onCancel={onCancel}>
      <p class="delete-question">
        {person.name} goes with {withThem(counts)}. They stay in <em>Recently deleted</em> for {days} days, where you
        can restore them with everything that went.
      </p>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          Delete {person.name}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Panel>
  );
}
