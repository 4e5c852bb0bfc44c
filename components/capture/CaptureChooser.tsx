import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '@/lib/core/format-date';
import { t } from '@/lib/core/i18n';
import type { PageInfo } from '@/lib/core/protocol';
import type { Person } from '@/lib/core/records';
import { type CaptureDetails, CaptureDetailsFields, parseTags } from './CaptureDetails';

/** The selection waiting to be saved, as the chooser shows it. */
export interface ChooserDraft {
  text: string;
  page: PageInfo;
  /** The speaker the page itself credits with the selected passage, if any. */
  speaker: string | null;
}

/** The reader's choice: a stored person, or a new one by name and kind. */
export type SpeakerChoice = { personId: string } | { newName: string; kind: Person['kind'] };

/** Props: the selection, the people to choose from, a preselected one, and what to do on confirm or dismiss. */
export interface CaptureChooserProps {
  draft: ChooserDraft;
  people: Person[];
  /** The stored person the page's own attribution of the passage resolves to. */
  suggestedId: string | null;
  onSave(choice: SpeakerChoice, details: CaptureDetails): Promise<string>;
  onDismiss(): void;
}

const NEW = '__new__';

/**
 * The speaker the chooser starts with: the page's own attribution of the passage (a stored person, or someone
 * new by that name), else nobody: the reader must choose, so no quote is filed under a guess.
 */
export function initialPick(draft: ChooserDraft, suggestedId: string | null): string {
  return suggestedId ?? (draft.speaker ? NEW : '');
}

/** The page a selection comes from, as one line: "News: Farm tariffs, 3 Mar 2025". */
export function pageLine(page: PageInfo): string {
  const date = formatDate(page.publishedAt);
  return `${page.outlet ? `${page.outlet}: ` : ''}${page.title}${date ? `, ${date}` : ''}`;
}

/** Picks who said a selected passage before it is saved: nothing is stored until the reader confirms. */
export function CaptureChooser({ draft, people, suggestedId, onSave, onDismiss }: CaptureChooserProps) {
  const [picked, setPicked] = useState(initialPick(draft, suggestedId));
  const [newName, setNewName] = useState(draft.speaker ?? '');
  const [kind, setKind] = useState<Person['kind']>('person');
  const [venue, setVenue] = useState('');
  const [tags, setTags] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when the reader picks "Someone new…", so the name field it reveals gets focus once drawn.
  const [focusName, setFocusName] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusName && nameField.current) {
      nameField.current.focus();
      setFocusName(false);
    }
  }, [focusName]);

  const pick = (value: string) => {
    setPicked(value);
    if (value === NEW) setFocusName(true);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!picked || (picked === NEW && !newName.trim())) return;
    setBusy(true);
    try {
      const choice: SpeakerChoice = picked === NEW ? { newName: newName.trim(), kind } : { personId: picked };
      setResult(await onSave(choice, { venue: venue.trim(), tags: parseTags(tags) }));
    } catch (error) {
      setResult(t('cardNotSavedError', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="chooser" onSubmit={submit}>
      <h1>{t('captureTitle')}</h1>
      <blockquote>{draft.text}</blockquote>
      <p class="muted">{t('captureFrom', pageLine(draft.page))}</p>
      <label>
        {t('captureWhoSaidIt')}
        <select value={picked} required onChange={(e) => pick((e.target as HTMLSelectElement).value)}>
          <option value="" disabled>
            {t('captureChooseSpeaker')}
          </option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={NEW}>{t('captureSomeoneNew')}</option>
        </select>
      </label>
      {picked === NEW && (
        <>
          <label>
            {t('commonName')}
            <input
              ref={nameField}
              value={newName}
              required
              onInput={(e) => setNewName((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t('captureKind')}
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Person['kind'])}>
              <option value="person">{t('commonPerson')}</option>
              <option value="organisation">{t('commonOrganisation')}</option>
            </select>
          </label>
        </>
      )}
      <CaptureDetailsFields venue={venue} tags={tags} onVenue={setVenue} onTags={setTags} />
      <div class="actions">
        <button type="submit" disabled={busy || !!result}>
          {t('cardSave')}
        </button>
        <button type="button" onClick={onDismiss}>
          {result ? t('commonClose') : t('commonCancel')}
        </button>
      </div>
      {result && <p role="status">{result}</p>}
    </form>
  );
}
