import { formatNumber, type MessageKey, t } from '@/lib/core/i18n';
import type { ConflictChoice } from '@/lib/core/manager-actions';
import { tCount } from '@/lib/core/plural';

/** How many conflicting statements the preview names; the choice applies to all of them. */
const SHOWN = 20;

const CHOICES: { value: ConflictChoice; key: MessageKey }[] = [
  { value: 'skip', key: 'managerConflictSkip' },
  { value: 'new', key: 'managerConflictNew' },
  { value: 'replace', key: 'managerConflictReplace' },
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
      <legend>{tCount('managerConflicts', conflicts.length)}</legend>
      <ul>
        {conflicts.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <code>{c.id}</code>: {t('managerConflictLine', [c.incoming.slice(0, 80), c.stored.slice(0, 80)])}
          </li>
        ))}
      </ul>
      {conflicts.length > SHOWN && <p>{t('managerAndMore', formatNumber(conflicts.length - SHOWN))}</p>}
      {CHOICES.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name="conflicts"
            value={c.value}
            checked={choice === c.value}
            onChange={() => onChoose(c.value)}
          />{' '}
          {t(c.key)}
        </label>
      ))}
    </fieldset>
  );
}
