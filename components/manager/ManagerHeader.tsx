import type { Editing } from '@/components/manager/EditingPanel';
import { t } from '@/lib/core/i18n';
import { describeCounts, type LibraryData } from '@/lib/core/library-model';

/** The manager's title with the library's counts, and "New person" / "New statement" when the page can curate. */
export function ManagerHeader({
  data,
  editable,
  noPeople,
  personId,
  edit,
}: {
  data: LibraryData | null;
  editable: boolean;
  /** No one to say a new statement yet. */
  noPeople: boolean;
  /** The person filtered on, who a new statement starts with. */
  personId: string;
  edit: (editing: Editing) => void;
}) {
  return (
    <header class="top">
      <h1>{t('managerTitle')}</h1>
      {data && <p class="muted">{describeCounts(data)}</p>}
      {editable && data && (
        <div class="row-controls">
          <button type="button" onClick={() => edit({ kind: 'person' })}>
            {t('managerNewPerson')}
          </button>
          <button type="button" disabled={noPeople} onClick={() => edit({ kind: 'statement', personId })}>
            {t('managerNewStatement')}
          </button>
        </div>
      )}
    </header>
  );
}
