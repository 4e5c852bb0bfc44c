/** A statement row's controls in the manager: select, and what the reader may do with the statement. */
import { t } from '@/lib/core/i18n';
import type { Statement } from '@/lib/core/records';
import type { StatementControls } from './controls';
import { isSubscribed } from './origin';

/** The row's controls: select, then Edit and Delete (or, for a subscribed statement, Copy to my record), Rate. */
export function RowControls({
  controls,
  statement,
  short,
  selected,
  rating,
  onRating,
}: {
  controls: StatementControls;
  statement: Statement;
  short: string;
  selected: boolean;
  rating: boolean;
  onRating: (open: boolean) => void;
}) {
  return (
    <div class="row-controls">
      <label class="select">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => controls.onSelect(statement.id, e.currentTarget.checked)}
        />
        <span class="visually-hidden">{t('managerSelectStatement', short)}</span>
      </label>
      {isSubscribed(statement) ? (
        <CopyButton controls={controls} statement={statement} short={short} />
      ) : (
        <EditButtons controls={controls} statement={statement} short={short} />
      )}
      {controls.onRate && (
        <button type="button" class="rate" aria-expanded={rating} onClick={() => onRating(!rating)}>
          {t('factcheckRate')}
        </button>
      )}
      {controls.onCopyClaimReview && (
        <button type="button" class="copy-claim-review" onClick={() => controls.onCopyClaimReview?.(statement)}>
          {t('factcheckCopy')}
        </button>
      )}
    </div>
  );
}

/** Edit and Delete, for the reader's own statements. */
function EditButtons({
  controls,
  statement,
  short,
}: {
  controls: StatementControls;
  statement: Statement;
  short: string;
}) {
  return (
    <>
      <button type="button" onClick={() => controls.onEdit(statement)} aria-label={t('managerEditStatement', short)}>
        {t('commonEdit')}
      </button>
      <button
        type="button"
        onClick={() => controls.onDelete(statement)}
        aria-label={t('managerDeleteStatement', short)}
      >
        {t('commonDelete')}
      </button>
    </>
  );
}

/** A subscribed statement is read-only: the reader copies it to their own record to change it. */
function CopyButton({
  controls,
  statement,
  short,
}: {
  controls: StatementControls;
  statement: Statement;
  short: string;
}) {
  if (!controls.onCopyToMine) return null;
  return (
    <button
      type="button"
      class="copy-to-mine"
      onClick={() => controls.onCopyToMine?.(statement)}
      aria-label={t('layersCopyStatement', short)}
    >
      {t('layersCopyToMine')}
    </button>
  );
}
