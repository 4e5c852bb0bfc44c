import { useState } from 'preact/hooks';
import type { Person } from '@/lib/core/records';
import { fieldValue, Panel } from './Panel';

/** Folds another record of the same person into this one: their names become aliases, their words move. */
export function MergeForm({
  person,
  people,
  onMerge,
  onCancel,
}: {
  person: Person;
  people: Person[];
  onMerge: (goneId: string) => Promise<void>;
  onCancel: () => void;
}) {
  const others = people.filter((p) => p.id !== person.id);
  const [gone, setGone] = useState(others[0]?.id ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await onMerge(gone);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    }
  };
  return (
    <Panel title={`Merge into ${person.name}`} errors={errors} onCancel={onCancel}>
      <form class="form" noValidate onSubmit={submit}>
        <label class="wide">
          The same person, recorded as
          <select value={gone} onChange={(e) => setGone(fieldValue(e))}>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.aliases.length ? ` (${p.aliases.slice(0, 3).join(', ')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <p class="muted wide">
          {person.name} keeps this name; the other record's name and aliases become aliases, its roles and statements
          move here, and the other record is removed.
        </p>
        <div class="actions">
          <button type="submit" disabled={!gone}>
            Merge
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Panel>
  );
}
