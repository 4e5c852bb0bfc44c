import { useState } from 'preact/hooks';
import type { ConflictChoice, ExportKind, ImportPreview } from './actions';
import { ConflictChoices } from './ConflictChoices';
import { PersonConflictChoices } from './PersonConflictChoices';
import { RejectedList } from './RejectedList';

/** Props: the actions this panel triggers; each may reject with a reader-facing message. */
export interface DataPanelProps {
  empty: boolean;
  onExport: (kind: ExportKind) => Promise<void>;
  onPreview: (file: File) => Promise<ImportPreview>;
  onApply: (conflicts?: ConflictChoice, personConflicts?: ConflictChoice) => Promise<string>;
  onClear: () => Promise<void>;
}

/**
 * Import (preview, then all-or-nothing apply), export (pack, CSV, Web Annotations) and "delete everything"
 * with a confirmation that offers an export first. Files are picked here, in a tab: Firefox closes popups
 * when a file picker opens.
 */
export function DataPanel({ empty, onExport, onPreview, onApply, onClear }: DataPanelProps) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
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
      <h2 id="data-title">Import and export</h2>
      <div class="row">
        <label class="file">
          Import a pack (.json)…
          <input type="file" accept=".json,application/json" onChange={pick} disabled={busy} />
        </label>
        <button type="button" disabled={busy || empty} onClick={() => run(() => onExport('pack'))}>
          Export pack (JSON)
        </button>
        <button type="button" disabled={busy || empty} onClick={() => run(() => onExport('csv'))}>
          Export statements (CSV)
        </button>
        <button type="button" disabled={busy || empty} onClick={() => run(() => onExport('annotations'))}>
          Export Web Annotations (JSON-LD)
        </button>
        <button type="button" class="danger" disabled={busy || empty} onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      </div>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
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
            <strong>Delete every person, statement and relation in this library?</strong> This cannot be undone. Export
            a pack first to keep a copy.
          </p>
          <button type="button" onClick={() => run(() => onExport('pack'))}>
            Export a pack first
          </button>
          <button
            type="button"
            class="danger"
            onClick={() =>
              run(async () => {
                await onClear();
                setConfirming(false);
                setMessage({ text: 'The library is now empty.' });
              })
            }
          >
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my library
          </button>
        </div>
      )}
    </section>
  );
}

function PreviewView({
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
  const [personChoice, setPersonChoice] = useState<ConflictChoice>('skip');
  const personConflicts = preview.personConflicts ?? [];
  const nothing = added.people + added.statements + added.relations + merged.statements === 0;
  return (
    <section class="preview" aria-label="Import preview">
      <p>
        <strong>{preview.packName}</strong> ({preview.fileName}) would add {records(added)}, and merge {records(merged)}{' '}
        into ones you have. {count(rejectedRecords, 'record', 'records')} would be left out.
      </p>
      {rejectedRecords > 0 && (
        <p>
          <em>Import</em> adds the records that passed and leaves out the ones listed below, with anything that points
          at them; it writes everything in one go, so if any write fails nothing at all is added.
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
