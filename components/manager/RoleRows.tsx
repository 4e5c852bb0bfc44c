import { t } from '@/lib/core/i18n';
import type { RoleRow } from './form-patch';
import { fieldValue } from './Panel';

const BLANK: RoleRow = { title: '', from: '', to: '' };

/**
 * A person's roles as rows of title, from and to, so nobody has to learn a "title | from | to" syntax. Each
 * field is labelled with its row number, which is also how a checker message names it ("role 2").
 */
export function RoleRows({
  rows,
  onChange,
}: {
  rows: RoleRow[];
  /** Takes an update of the rows as they are by then, so quick typing in two fields loses neither. */
  onChange: (update: (rows: RoleRow[]) => RoleRow[]) => void;
}) {
  const atLeastOne = (all: RoleRow[]) => (all.length > 0 ? all : [BLANK]);
  const set = (index: number, key: keyof RoleRow, value: string) =>
    onChange((now) => atLeastOne(now).map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const shown = atLeastOne(rows);
  return (
    <fieldset class="wide roles-rows">
      <legend>{t('rolesLegend')}</legend>
      <div class="role-row role-head" aria-hidden="true">
        <span>{t('roleColumnTitle')}</span>
        <span>{t('roleColumnFrom')}</span>
        <span>{t('roleColumnTo')}</span>
      </div>
      {shown.map((row, i) => {
        const n = i + 1;
        return (
          // Rows have no identity beyond their place; removing one re-numbers the rest, as the labels say.
          <div class="role-row" key={i}>
            <input
              aria-label={t('roleTitleLabel', n)}
              value={row.title}
              placeholder={i === 0 ? t('roleTitlePlaceholder') : undefined}
              onInput={(e) => set(i, 'title', fieldValue(e))}
            />
            <input
              aria-label={t('roleFromLabel', n)}
              value={row.from}
              inputMode="numeric"
              placeholder="2013-03"
              onInput={(e) => set(i, 'from', fieldValue(e))}
            />
            <input
              aria-label={t('roleToLabel', n)}
              value={row.to}
              inputMode="numeric"
              placeholder="2022"
              onInput={(e) => set(i, 'to', fieldValue(e))}
            />
            <button
              type="button"
              class="link"
              aria-label={t('roleRemove', n)}
              onClick={() => onChange((now) => atLeastOne(now).filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <p class="hint">{t('rolesHint')}</p>
      <button type="button" onClick={() => onChange((now) => [...atLeastOne(now), { ...BLANK }])}>
        {t('roleAdd')}
      </button>
    </fieldset>
  );
}
