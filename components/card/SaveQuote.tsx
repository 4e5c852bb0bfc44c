import type { CardSaved } from '@/lib/core/protocol';

/** Props of the Save control: what the last Save did for this quote (null before any) and the action. */
export interface SaveQuoteProps {
  saved: CardSaved | null;
  /** True between the click and the library's answer. */
  saving: boolean;
  /** Save; with a name, under that stored person (the reader's pick among the candidates). */
  onSave(speaker?: string): void;
  /**
   * The quote is (part of) a statement on record: Save adds this page as a source to it ('new-source'), or the
   * page is already one of its sources ('this-page'). The button says which before the reader presses it.
   */
  onRecord?: 'new-source' | 'this-page' | null;
}

/** The Save button's words: what pressing it will do. */
export function saveLabel(onRecord: SaveQuoteProps['onRecord']): string {
  if (onRecord === 'new-source') return 'Add this source to the statement on record';
  if (onRecord === 'this-page') return 'Already saved from this page';
  return 'Save quote';
}

/** What the reader is told after Save, in plain words. */
export function describeSaved(saved: CardSaved): string {
  switch (saved.status) {
    case 'added':
      return `Saved to your library under ${saved.personName}.`;
    case 'source-added':
      return `Already in your library under ${saved.personName}: this page was added as another source.`;
    case 'already-saved':
      return `Already in your library under ${saved.personName}, with this page as a source.`;
    case 'ambiguous':
      return `Not saved yet: this could be ${(saved.candidates ?? []).join(' or ')}. Who said it?`;
    case 'no-speaker':
      return 'Not saved: the page does not say who said this.';
    default:
      return `Not saved: ${saved.error ?? 'the library could not be written'}.`;
  }
}

/** The card's Save: keeps the quote, with its page as the source, in the reader's library. */
export function SaveQuote({ saved, saving, onSave, onRecord = null }: SaveQuoteProps) {
  const done = saved && saved.status !== 'failed' && saved.status !== 'ambiguous' && saved.status !== 'no-speaker';
  return (
    <div class="save">
      {!done && saved?.status !== 'ambiguous' && (
        <button type="button" class="save-button" disabled={saving} onClick={() => onSave()}>
          {saving ? 'Saving…' : saveLabel(onRecord)}
        </button>
      )}
      {saved && (
        <p class="save-result" role="status">
          {describeSaved(saved)}
        </p>
      )}
      {saved?.status === 'ambiguous' && (
        <div class="save-choices">
          {(saved.candidates ?? []).map((name) => (
            <button type="button" key={name} disabled={saving} onClick={() => onSave(name)}>
              Save under {name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
