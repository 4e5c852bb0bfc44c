import type { ConflictChoice } from './actions';

/** How many conflicting statements the preview names; the choice applies to all of them. */
const SHOWN = 20;

const CHOICES: { value: ConflictChoice; label: string }[] = [
  { value: 'skip', label: 'Skip them: keep the statements you have, leave the pack’s out' },
  { value: 'new', label: 'Import them as new statements, under new ids' },
  { value: 'replace', label: 'Replace your statements with the pack’s' },
];

/**
 * The pack statements whose id is a statement of another person in the library. They were once merged into
 * it silently; now the preview names them and the reader chooses what Import does with them.
 */
export function ConflictChoices({
  conflicts,
  choice,
  onChoose,
}: {
  conflicts: readonly { id: string; incoming: string; stored: string }[];
  choice: ConflictChoice;
  onChoose(choice: ConflictChoice): void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <fieldset class="conflicts">
      <legend>
        {conflicts.length === 1
          ? '1 statement in this pack has the id of a statement of another person in your library.'
          : `${conflicts.length} statements in this pack have the id of a statement of another person in your library.`}
      </legend>
      <ul>
        {conflicts.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <code>{c.id}</code>: the pack says “{c.incoming.slice(0, 80)}”, your library “{c.stored.slice(0, 80)}”
          </li>
        ))}
      </ul>
      {conflicts.length > SHOWN && <p>… and {conflicts.length - SHOWN} more.</p>}
      {CHOICES.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name="conflicts"
            value={c.value}
            checked={choice === c.value}
            onChange={() => onChoose(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
