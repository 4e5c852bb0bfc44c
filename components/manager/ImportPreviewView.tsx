import { useState } from 'preact/hooks';
import { t } from '../../lib/core/i18n';
import { formatDate } from '../card/format';
import type { ConflictChoice, ImportPreview } from './actions';
import { ConflictChoices } from './ConflictChoices';
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
  onApply: (conflicts: ConflictChoice) => void;
  onCancel: () => void;
}) {
  if (!preview.ok)
    return (
      <div class="preview" role="alert">
        <p>
          <strong>{preview.fileName}</strong> cannot be imported. Nothing was changed.
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
  const nothing = added.people + added.statements + added.relations + merged.statements === 0;
  return (
    <section class="preview" aria-label="Import preview">
      <p>
        <strong>{preview.meta.name}</strong> ({preview.fileName}) would add {records(added)}, and merge{' '}
        {records(merged)} into ones you have. {count(rejectedRecords, 'record', 'records')} would be left out.
      </p>
      <PackDetailsView preview={preview} />
      {rejectedRecords > 0 && (
        <p>
          <em>Import</em> adds the records that passed and leaves out the ones listed below, with anything that points
          at them; it writes everything in one go, so if any write fails nothing at all is added.
        </p>
      )}
      <RejectedList rejected={rejected} fileName={preview.fileName} />
      <ConflictChoices conflicts={preview.conflicts} choice={choice} onChoose={setChoice} />
      <button
        type="button"
        onClick={() => onApply(choice)}
        disabled={busy || (nothing && preview.conflicts.length === 0)}
      >
        Import
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function records(c: { people: number; statements: number; relations: number }): string {
  return `${count(c.people, 'person', 'people')}, ${count(c.statements, 'statement', 'statements')} and ${count(c.relations, 'relation', 'relations')}`;
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
