import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import { RELATION_TYPES, type RelationType } from '@/lib/core/records';
import { DEFAULT_RELATION_TYPE, relationLabel } from './format';

/** Props of the inline relate form: the note to start from, whether a write is on its way, and the actions. */
export interface RelateFormProps {
  /** What the earlier statement is called in the form's label ("the earlier statement of 19 Feb 2022"). */
  target: string;
  /** The note to start with (a suggestion's reason), for the reader to edit. */
  initialNote: string;
  busy: boolean;
  onSubmit(type: RelationType, note: string): void;
  onCancel(): void;
}

/**
 * The card's small form for a relation the reader labels: how this quote stands to an earlier statement, and
 * why. The type starts as in the manager (DEFAULT_RELATION_TYPE, the mildest), for the reader to change.
 */
export function RelateForm({ target, initialNote, busy, onSubmit, onCancel }: RelateFormProps) {
  const [type, setType] = useState<RelationType>(DEFAULT_RELATION_TYPE);
  const [note, setNote] = useState(initialNote);
  return (
    <form
      class="relate-form"
      aria-label={t('cardRelateFormLabel', target)}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(type, note);
      }}
    >
      <label>
        {t('cardRelateAgainst', target)}
        <select value={type} onChange={(e) => setType(e.currentTarget.value as RelationType)}>
          {RELATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {relationLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('commonNote')}
        <textarea rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="relate-buttons">
        <button type="submit" class="relate-save" disabled={busy}>
          {busy ? t('commonSaving') : t('cardSaveRelation')}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
    </form>
  );
}
