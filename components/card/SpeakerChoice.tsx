import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { CardPerson } from '@/lib/core/protocol';
import { filterPeople } from './people-filter';

/** Props of "Not this speaker?": whether the list is open, the library's people once they came, and actions. */
export interface SpeakerChoiceProps {
  open: boolean;
  /** Null while the library is being asked. */
  people: CardPerson[] | null;
  /** The library holds more people than were sent: typing narrows only those. */
  more: boolean;
  busy: boolean;
  /** Why the last choice was not stored, if it was not. */
  error: string | null;
  onOpen(): void;
  onCancel(): void;
  /** A stored person's id, or null for "Unknown speaker". */
  onChoose(personId: string | null): void;
  /** Someone the library does not hold yet, by the name the reader typed; without it, stored people only. */
  onChooseNew?(name: string): void;
  /** The opening button's words: "Not this speaker?", or "Who said this?" where nobody is named. */
  label?: string;
}

/** The card's correction: pick another person of the library, or say the speaker is unknown. */
export function SpeakerChoice({
  open,
  people,
  more,
  busy,
  error,
  onOpen,
  onCancel,
  onChoose,
  onChooseNew,
  label = t('cardNotThisSpeaker'),
}: SpeakerChoiceProps) {
  const [query, setQuery] = useState('');
  if (!open) {
    return (
      <div class="speaker-choice">
        <button type="button" class="link not-speaker" onClick={onOpen}>
          {label}
        </button>
        {error && (
          <p class="save-result" role="status">
            {t('cardNotChanged', error)}
          </p>
        )}
      </div>
    );
  }
  const shown = people ? filterPeople(people, query) : [];
  return (
    <fieldset class="speaker-choice open" aria-label={t('cardWhoSaidThis')}>
      <input
        type="search"
        class="speaker-search"
        placeholder={t('cardFindPerson')}
        aria-label={t('cardFindPerson')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {people === null ? (
        <p class="loading">{t('cardLooking')}</p>
      ) : (
        <ul class="speaker-options">
          {shown.map((p) => (
            <li key={p.id}>
              <button type="button" class="speaker-option" disabled={busy} onClick={() => onChoose(p.id)}>
                {p.name}
                {p.role && <span class="speaker-option-role"> · {p.role}</span>}
              </button>
            </li>
          ))}
          {shown.length === 0 && <li class="none">{more ? t('cardTypeMore') : t('cardNobodyByName')}</li>}
        </ul>
      )}
      {onChooseNew && people !== null && isNewName(query, people) && (
        <button type="button" class="speaker-new" disabled={busy} onClick={() => onChooseNew(query.trim())}>
          {t('speakerAddNew', query.trim())}
        </button>
      )}
      <div class="speaker-choice-actions">
        <button type="button" class="unknown-speaker" disabled={busy} onClick={() => onChoose(null)}>
          {t('cardUnknownSpeaker')}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
    </fieldset>
  );
}

/** Whether a typed name is worth offering as a new person: something typed that no stored person is called. */
export function isNewName(query: string, people: CardPerson[]): boolean {
  const name = query.trim().toLowerCase();
  return name.length > 1 && !people.some((p) => p.name.toLowerCase() === name);
}
