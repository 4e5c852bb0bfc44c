import { formatNumber, t } from '@/lib/core/i18n';
/** What can be done with the selected statements: delete them, or relate the two selected. */
export function BulkBar({
  count,
  onDelete,
  onRelate,
  onClear,
}: {
  count: number;
  onDelete: () => void;
  onRelate: () => void;
  onClear: () => void;
}) {
  if (count === 0) return null;
  return (
    <div class="bulk" role="toolbar" aria-label={t('managerSelectedLabel')}>
      <span>{t('managerSelectedCount', formatNumber(count))}</span>
      <button type="button" onClick={onDelete}>
        {count === 1 ? t('managerDeleteOne') : t('managerDeleteMany', formatNumber(count))}
      </button>
      <button type="button" onClick={onRelate} disabled={count !== 2} title={count === 2 ? '' : t('managerSelectTwo')}>
        {t('managerRelateTwo')}
      </button>
      <button type="button" onClick={onClear}>
        {t('managerClearSelection')}
      </button>
    </div>
  );
}
