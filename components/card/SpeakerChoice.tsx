import { useState } from 'preact/hooks';
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
  label = 'Not this speaker?',
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
            Not changed: {error}.
          </p>
        )}
      </div>
    );
  }
  const shown = people ? filterPeople(people, query) : [];
  return (
    <fieldset class="speaker-choice open" aria-label="Who said this?">
      <input
        type="search"
        class="speaker-search"
        placeholder="Find a person in your library"
        aria-label="Find a person in your library"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {people === null ? (
        <p class="loading">Looking in your library…</p>
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
          {shown.length === 0 && <li class="none">{more ? 'Type more of the name.' : 'Nobody by that name.'}</li>}
        </ul>
      )}
      <div class="speaker-choice-actions">
        <button type="button" class="unknown-speaker" disabled={busy} onClick={() => onChoose(null)}>
          Unknown speaker
        </button>
        <button type="button" class="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
