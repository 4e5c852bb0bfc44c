import { t } from '@/lib/core/i18n';
import type { Person, Statement } from '@/lib/core/records';
import { statementFields, statementFromFields } from './forms';
import { fieldValue, Panel } from './Panel';
import { useFields, useSubmit } from './use-form';

/** Create or edit a statement: exact words, speaker, date, venue, first source and tags. */
export function StatementForm({
  statement,
  personId,
  people,
  onSave,
  onCancel,
}: {
  statement?: Statement;
  personId: string;
  people: Person[];
  onSave: (s: Statement) => Promise<void>;
  onCancel: () => void;
}) {
  const { fields, setFields, bind } = useFields(statementFields(statement, personId || people[0]?.id || ''));
  const { errors, submit } = useSubmit(() => statementFromFields(fields, statement), onSave);
  return (
    <Panel
      title={statement ? t('managerEditStatementTitle') : t('managerNewStatement')}
      errors={errors}
      onCancel={onCancel}
    >
      <form class="form" noValidate onSubmit={submit}>
        <label>
          {t('managerSaidBy')}
          <select
            {...bind('personId')}
            onChange={(e) => {
              const personId = fieldValue(e);
              setFields((f) => ({ ...f, personId }));
            }}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label class="wide">
          {t('managerExactWords')}
          <textarea rows={4} required {...bind('text')} />
        </label>
        <label>
          {t('dateLabel')}
          <input {...bind('date')} placeholder="2022-02-19" inputMode="numeric" />
        </label>
        <label>
          {t('captureVenue')}
          <input {...bind('venue')} placeholder={t('captureVenueExample')} />
        </label>
        <label>
          {t('managerSourceLink')}
          <input type="url" {...bind('url')} placeholder="https://…" />
        </label>
        <label>
          {t('managerOutlet')}
          <input {...bind('outlet')} />
        </label>
        <label>
          {t('sourceTitleLabel')}
          <input {...bind('sourceTitle')} />
        </label>
        <label>
          {t('sourceDateLabel')}
          <input {...bind('sourceDate')} placeholder="2022-02" inputMode="numeric" />
        </label>
        <label class="wide">
          {t('managerTagsField')}
          <input {...bind('tags')} />
        </label>
        <div class="actions">
          <button type="submit">{t('managerSaveStatement')}</button>
          <button type="button" onClick={onCancel}>
            {t('commonCancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
