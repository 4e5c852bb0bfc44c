import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
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
  // A subscribed person is the publisher's: it is never merged away into another.
  const others = people.filter((p) => p.id !== person.id && !p.origin);
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
    <Panel title={t('managerMergeTitle', person.name)} errors={errors} onCancel={onCancel}>
      <form class="form" noValidate onSubmit={submit}>
        <label class="wide">
          {t('managerMergeSame')}
          <select value={gone} onChange={(e) => setGone(fieldValue(e))}>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.aliases.length ? ` (${p.aliases.slice(0, 3).join(', ')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <p class="muted wide">{t('managerMergeExplain', person.name)}</p>
        <div class="actions">
          <button type="submit" disabled={!gone}>
            {t('managerMergeButton')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('commonCancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
