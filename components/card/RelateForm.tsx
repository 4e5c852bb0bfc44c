import { useState } from 'preact/hooks';
import { RELATION_TYPES, type RelationType } from '@/lib/core/records';
import { RELATION_LABELS } from './format';

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
 * why. No type is preselected: the reader decides; the card never puts a verdict in their mouth.
 */
export function RelateForm({ target, initialNote, busy, onSubmit, onCancel }: RelateFormProps) {
  const [type, setType] = useState<RelationType | ''>('');
  const [note, setNote] = useState(initialNote);
  return (
    <form
      class="relate-form"
      aria-label={`Relate this quote to ${target}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (type) onSubmit(type, note);
      }}
    >
      <label>
        This quote, against {target}:
        <select value={type} onChange={(e) => setType((e.currentTarget.value as RelationType) || '')}>
          <option value="">Choose how they relate…</option>
          {RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {RELATION_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="relate-buttons">
        <button type="submit" class="relate-save" disabled={busy || !type}>
          {busy ? 'Saving…' : 'Save relation'}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
