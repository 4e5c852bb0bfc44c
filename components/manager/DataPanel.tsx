import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { ConflictChoice, ExportRequest, ImportPreview, PackDetails } from '@/lib/core/manager-actions';
import { type ExportChoices, ExportDialog } from './ExportDialog';
import { PreviewView } from './ImportPreviewView';

/** Props: the actions this panel triggers; each may reject with a reader-facing message. */
export interface DataPanelProps {
  empty: boolean;
  /** What the export dialog can offer: people, tags, and the statements in view. */
  choices: ExportChoices;
  onExport: (request: ExportRequest) => Promise<void>;
  loadDetails: () => Promise<PackDetails>;
  onPreview: (file: File) => Promise<ImportPreview>;
  onApply: (conflicts?: ConflictChoice, personConflicts?: ConflictChoice) => Promise<string>;
  onClear: () => Promise<void>;
}

/**
 * Import (preview, then all-or-nothing apply), export (pack, CSV, Web Annotations) and "delete everything"
 * with a confirmation that offers an export first. Files are picked here, in a tab: Firefox closes popups
 * when a file picker opens.
 */
export function DataPanel({ empty, choices, onExport, loadDetails, onPreview, onApply, onClear }: DataPanelProps) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), alert: true });
    } finally {
      setBusy(false);
    }
  };
  const pick = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) run(async () => setPreview(await onPreview(file)));
  };
  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('managerImportExport')}</h2>
      <div class="row">
        <label class="file">
          {t('importPickLabel')}
          <input
            type="file"
            accept=".json,.jsonld,.csv,application/json,application/ld+json,text/csv"
            onChange={pick}
            disabled={busy}
          />
        </label>
        <button
          type="button"
          disabled={busy || empty}
          aria-expanded={exporting}
          onClick={() => setExporting((open) => !open)}
        >
          {t('exportOpen')}
        </button>
        <button
          type="button"
          disabled={busy || empty}
          onClick={() => run(() => onExport({ kind: 'fact-checks', scope: { kind: 'all' } }))}
        >
          {t('factcheckExport')}
        </button>
        <button type="button" class="danger" disabled={busy || empty} onClick={() => setConfirming(true)}>
          {t('managerDeleteEverything')}
        </button>
      </div>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {exporting && (
        <ExportDialog
          choices={choices}
          loadDetails={loadDetails}
          onExport={async (request) => {
            await onExport(request);
            setExporting(false);
          }}
          onCancel={() => setExporting(false)}
        />
      )}
      {preview && (
        <PreviewView
          preview={preview}
          busy={busy}
          onApply={(conflicts, personConflicts) =>
            run(async () => {
              const done = await onApply(conflicts, personConflicts);
              setPreview(null);
              setMessage({ text: done });
            })
          }
          onCancel={() => setPreview(null)}
        />
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title">
          <p id="confirm-title">
            <strong>{t('managerDeleteEverythingQuestion')}</strong> {t('managerCannotUndo')}
          </p>
          <button type="button" onClick={() => run(() => onExport({ kind: 'pack', scope: { kind: 'all' } }))}>
            {t('managerExportFirst')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() =>
              run(async () => {
                await onClear();
                setConfirming(false);
                setMessage({ text: t('managerNowEmpty') });
              })
            }
          >
            {t('managerDeleteEverythingButton')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('managerKeepLibrary')}
          </button>
        </div>
      )}
    </section>
  );
}
