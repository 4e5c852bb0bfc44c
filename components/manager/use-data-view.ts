/**
 * The data side of the manager: import preview and apply, the export dialog and "Delete everything", all drawn
 * by DataPanel. This hook says whether the panel shows and what it is wired to.
 */
import type { DataPanelProps } from '@/components/manager/DataPanel';
import type { ExportChoices } from '@/components/manager/ExportDialog';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { Person } from '@/lib/core/records';

/** DataPanel's props for this library, or null when the page is read-only or still loading. */
export function useDataView(
  actions: ManagerActions | undefined,
  data: LibraryData | null,
  people: Person[],
  tags: string[],
  inView: ExportChoices['inView'],
): DataPanelProps | null {
  if (!actions || !data) return null;
  return {
    empty: data.people.length === 0,
    choices: { people, tags, inView },
    onExport: actions.exportAs,
    loadDetails: actions.exportDetails,
    onPreview: actions.previewImport,
    onApply: actions.applyImport,
    onClear: actions.clearLibrary,
  };
}
