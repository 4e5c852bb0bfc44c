import type { ComponentChildren } from 'preact';
import { t } from '@/lib/core/i18n';
import type { RelationType } from '@/lib/core/records';
import { RelateForm } from './RelateForm';
import { describeRelated, relateFormId, type SuggestActions } from './suggest-actions';

/** Props: the earlier statement, how to name it, the note to start from, and the label of the opening button. */
export interface RelateControlsProps {
  statementId: string;
  /** Where the controls sit: on a suggestion or on a listed statement. */
  place: 'suggestion' | 'statement';
  target: string;
  initialNote: string;
  /** "Confirm" on a suggestion, "Relate" on a listed statement. */
  label: string;
  actions: SuggestActions;
  /** Shown beside the opening button (a suggestion's Dismiss). */
  extra?: ComponentChildren;
}

/**
 * The opening button, the inline form once opened, and what the last write did for this statement; when the
 * speaker could be several stored people, the reader picks one and the relation is saved under them.
 */
export function RelateControls({
  statementId,
  place,
  target,
  initialNote,
  label,
  actions,
  extra,
}: RelateControlsProps) {
  const formId = relateFormId(place, statementId);
  const open = actions.relating === formId;
  // A stored relation is told once, card-wide (QuoteChecks): the suggestion it came from is gone by then.
  const outcome = actions.related?.formId === formId && actions.related.status !== 'related' ? actions.related : null;
  const submit = (type: RelationType, note: string, speaker?: string) =>
    actions.onRelate(statementId, type, note, speaker);
  return (
    <div class="relate">
      {!open && (
        <div class="relate-actions">
          <button type="button" class="relate-open" onClick={() => actions.onOpenRelate(formId)}>
            {label}
          </button>
          {extra}
        </div>
      )}
      {open && (
        <RelateForm
          target={target}
          initialNote={initialNote}
          busy={actions.busy}
          onSubmit={(type, note) => submit(type, note)}
          onCancel={actions.onCancelRelate}
        />
      )}
      {outcome && (
        <p class="relate-result" role="status">
          {describeRelated(outcome)}
        </p>
      )}
      {outcome?.status === 'ambiguous' && outcome.pending && (
        <div class="save-choices">
          {(outcome.candidates ?? []).map((name) => (
            <button
              type="button"
              key={name}
              disabled={actions.busy}
              onClick={() => submit(outcome.pending!.type, outcome.pending!.note, name)}
            >
              {t('cardSaveUnder', name)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
