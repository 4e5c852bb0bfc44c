import { formatList, t } from '@/lib/core/i18n';
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
  if (onRecord === 'new-source') return t('cardSaveAddSource');
  if (onRecord === 'this-page') return t('cardSaveAlready');
  return t('cardSave');
}

/** What the reader is told after Save, in plain words. */
export function describeSaved(saved: CardSaved): string {
  switch (saved.status) {
    case 'added':
      return t('cardSavedAdded', saved.personName ?? '');
    case 'source-added':
      return t('cardSavedSourceAdded', saved.personName ?? '');
    case 'already-saved':
      return t('cardSavedAlready', saved.personName ?? '');
    case 'ambiguous':
      return t('cardNotSavedAmbiguous', formatList(saved.candidates ?? [], 'disjunction'));
    case 'no-speaker':
      return t('cardNotSavedNoSpeaker');
    default:
      return t('cardNotSavedError', saved.error ?? t('cardWriteFailed'));
  }
}

/** The card's Save: keeps the quote, with its page as the source, in the reader's library. */
export function SaveQuote({ saved, saving, onSave, onRecord = null }: SaveQuoteProps) {
  const done = saved && saved.status !== 'failed' && saved.status !== 'ambiguous' && saved.status !== 'no-speaker';
  return (
    <div class="save">
      {!done && saved?.status !== 'ambiguous' && (
        <button type="button" class="save-button" disabled={saving} onClick={() => onSave()}>
          {saving ? t('commonSaving') : saveLabel(onRecord)}
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
              {t('cardSaveUnder', name)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
