import { useState } from 'preact/hooks';
import { formatDate } from '@/components/card/format';
import { Rich } from '@/components/Rich';
import { formatNumber, t } from '@/lib/core/i18n';
import type { ConflictChoice, ImportPreview } from '@/lib/core/manager-actions';
import { tCount } from '@/lib/core/plural';
import { ConflictChoices } from './ConflictChoices';
import { PersonConflictChoices } from './PersonConflictChoices';
import { RejectedList } from './RejectedList';

/** What an import would do, before it does it: counts, merges, rejected records, the pack's details. */
export function PreviewView({
  preview,
  busy,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  busy: boolean;
  onApply: (conflicts: ConflictChoice, personConflicts: ConflictChoice) => void;
  onCancel: () => void;
}) {
  if (!preview.ok)
    return (
      <div class="preview" role="alert">
        <p>
          <strong>{preview.fileName}</strong> {t('managerCannotImport')}
        </p>
        <ul class="errors">
          {preview.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  const { added, merged, rejected, rejectedRecords } = preview;
  const [choice, setChoice] = useState<ConflictChoice>('skip');
  const [personChoice, setPersonChoice] = useState<ConflictChoice>('skip');
  const personConflicts = preview.personConflicts ?? [];
  const reviews = preview.reviews ?? { added: 0, merged: 0 };
  const nothing = added.people + added.statements + added.relations + merged.statements + reviews.added === 0;
  return (
    <section class="preview" aria-label={t('managerImportPreview')}>
      <p>
        <strong>{preview.meta.name}</strong>{' '}
        {t('managerPreviewSummary', [preview.fileName, records(added), records(merged)])}{' '}
        {tCount('managerLeftOutRecords', rejectedRecords)}
      </p>
      {reviews.added + reviews.merged > 0 && (
        <p class="preview-reviews">
          {t('factcheckPreview', [formatNumber(reviews.added), formatNumber(reviews.merged)])}
        </p>
      )}
      <PackDetailsView preview={preview} />
      {rejectedRecords > 0 && (
        <p>
          <Rich text={t('managerImportExplain')} />
        </p>
      )}
      <RejectedList rejected={rejected} fileName={preview.fileName} />
      <PersonConflictChoices conflicts={personConflicts} choice={personChoice} onChoose={setPersonChoice} />
      <ConflictChoices conflicts={preview.conflicts} choice={choice} onChoose={setChoice} />
      <button
        type="button"
        onClick={() => onApply(choice, personChoice)}
        disabled={busy || (nothing && preview.conflicts.length === 0 && personConflicts.length === 0)}
      >
        {t('managerImport')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('commonCancel')}
      </button>
    </section>
  );
}

/** "3 people, 8 statements and 1 relation" in the reader's language. */
function records(c: { people: number; statements: number; relations: number }): string {
  return t('managerRecordsList', [
    tCount('managerPeople', c.people),
    tCount('managerStatements', c.statements),
    tCount('managerRelations', c.relations),
  ]);
}

/** The pack's own words about itself (author, licence, date, description); a CSV has none, and says so. */
function PackDetailsView({ preview }: { preview: Extract<ImportPreview, { ok: true }> }) {
  if (preview.format === 'csv') return <p class="muted">{t('previewCsv')}</p>;
  const { author, licence, date, description } = preview.meta;
  return (
    <dl class="pack-details" aria-label={t('previewFrom')}>
      <dt>{t('previewAuthor')}</dt>
      <dd>{author}</dd>
      <dt>{t('previewLicence')}</dt>
      <dd>{licence}</dd>
      <dt>{t('previewDate')}</dt>
      <dd>{formatDate(date) ?? date}</dd>
      {description && (
        <>
          <dt>{t('previewDescription')}</dt>
          <dd>{description}</dd>
        </>
      )}
    </dl>
  );
}
