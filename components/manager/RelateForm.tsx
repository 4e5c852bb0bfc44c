import { useState } from 'preact/hooks';
import { DEFAULT_RELATION_TYPE, formatDate, relationLabel } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import { RELATION_TYPES, type Relation, type RelationType, type Statement } from '@/lib/core/records';
import { laterFirst, relationEdited, relationFrom } from './forms';
import { fieldValue, Panel } from './Panel';
import { useSubmit } from './use-form';

/**
 * Two statements side by side, with how the later one stands to the earlier and why. Given a stored relation,
 * it edits that one: only the type or note the reader changed is written (its ends and labeller stay).
 */
export function RelateForm({
  pair,
  relation,
  speakerOf,
  onSave,
  onCancel,
}: {
  pair: [Statement, Statement];
  relation?: Relation;
  speakerOf: (s: Statement) => string;
  onSave: (r: Relation) => Promise<void>;
  onCancel: () => void;
}) {
  const [later, earlier] = relation ? pair : laterFirst(...pair);
  const [type, setType] = useState<RelationType>(relation?.type ?? DEFAULT_RELATION_TYPE);
  const [note, setNote] = useState(relation?.note ?? '');
  const { errors, submit } = useSubmit(
    () => (relation ? relationEdited(relation, { type, note }) : relationFrom(later.id, earlier.id, type, note)),
    onSave,
  );
  return (
    <Panel
      title={relation ? t('managerEditRelationTitle') : t('managerRelateTitle')}
      errors={errors}
      onCancel={onCancel}
    >
      <SideBySide earlier={earlier} later={later} speakerOf={speakerOf} />
      <form class="form" noValidate onSubmit={submit}>
        <label>
          {t('managerLaterStatement')}
          <select value={type} onChange={(e) => setType(fieldValue(e) as RelationType)}>
            {RELATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {relationLabel(type).toLowerCase()}
              </option>
            ))}
          </select>
          {t('managerEarlierOne')}
        </label>
        <label class="wide">
          {t('managerWhyNote')}
          <textarea rows={3} value={note} onInput={(e) => setNote(fieldValue(e))} />
        </label>
        <div class="actions">
          <button type="submit">{t('cardSaveRelation')}</button>
          <button type="button" onClick={onCancel}>
            {t('commonCancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}

/** Earlier on the left, later on the right, each with who and when. */
export function SideBySide({
  earlier,
  later,
  speakerOf,
}: {
  earlier: Statement;
  later: Statement;
  speakerOf: (s: Statement) => string;
}) {
  return (
    <div class="side-by-side">
      {[
        ['Earlier', earlier],
        ['Later', later],
      ].map(([label, s]) => {
        const st = s as Statement;
        return (
          <figure key={label as string}>
            <figcaption>
              <strong>{label as string}</strong> · {speakerOf(st)}
              {st.date ? `, ${formatDate(st.date)}` : ''}
              {st.venue ? `, ${st.venue}` : ''}
            </figcaption>
            <blockquote>{st.text}</blockquote>
          </figure>
        );
      })}
    </div>
  );
}
