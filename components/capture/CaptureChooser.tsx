import { useState } from 'preact/hooks';
import type { Person } from '../../lib/db/types';
import type { PageInfo } from '../../lib/messages/protocol';

/** The selection waiting to be saved, as the chooser shows it. */
export interface ChooserDraft {
  text: string;
  page: PageInfo;
  /** The speaker the page gives for the selection, if any. */
  speaker: string | null;
}

/** The reader's choice: a stored person, or a new one by name. */
export type SpeakerChoice = { personId: string } | { newName: string };

/** Props: the selection, the people to choose from, a preselected one, and what to do on confirm or dismiss. */
export interface CaptureChooserProps {
  draft: ChooserDraft;
  people: Person[];
  /** The stored person the page's speaker most likely is. */
  suggestedId: string | null;
  onSave(choice: SpeakerChoice): Promise<string>;
  onDismiss(): void;
}

const NEW = '__new__';

/** Picks who said a selected passage before it is saved: nothing is stored until the reader confirms. */
export function CaptureChooser({ draft, people, suggestedId, onSave, onDismiss }: CaptureChooserProps) {
  const [picked, setPicked] = useState(suggestedId ?? (draft.speaker || people.length === 0 ? NEW : people[0]!.id));
  const [newName, setNewName] = useState(draft.speaker ?? '');
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (picked === NEW && !newName.trim()) return;
    setBusy(true);
    try {
      setResult(await onSave(picked === NEW ? { newName: newName.trim() } : { personId: picked }));
    } catch (error) {
      setResult(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="chooser" onSubmit={submit}>
      <h1>Save as a quote</h1>
      <blockquote>{draft.text}</blockquote>
      <p class="muted">
        From {draft.page.outlet ? `${draft.page.outlet}: ` : ''}
        {draft.page.title}
        {draft.page.publishedAt ? `, ${draft.page.publishedAt.slice(0, 10)}` : ''}
      </p>
      <label>
        Who said it
        <select value={picked} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={NEW}>Someone new…</option>
        </select>
      </label>
      {picked === NEW && (
        <label>
          Name
          <input value={newName} required onInput={(e) => setNewName((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <div class="actions">
        <button type="submit" disabled={busy || !!result}>
          Save quote
        </button>
        <button type="button" onClick={onDismiss}>
          {result ? 'Close' : 'Cancel'}
        </button>
      </div>
      {result && <p role="status">{result}</p>}
    </form>
  );
}
