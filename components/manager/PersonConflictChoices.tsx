import { t } from '@/lib/core/i18n';
import type { ConflictChoice, KindConflict } from '@/lib/core/manager-actions';

/** How many conflicting records the preview names; the choice applies to all of them. */
const SHOWN = 20;

const CHOICES = [
  { value: 'skip', label: () => t('personConflictSkip') },
  { value: 'new', label: () => t('personConflictNew') },
  { value: 'replace', label: () => t('personConflictReplace') },
] as const satisfies readonly { value: ConflictChoice; label: () => string }[];

const kindWord = (kind: KindConflict['incoming']['kind']) =>
  kind === 'organisation' ? t('kindOrganisation') : t('kindPerson');

/**
 * The pack people whose id is a stored organisation, and the pack organisations whose id is a stored person:
 * never merged into each other silently. The preview names them and the reader chooses what Import does.
 */
export function PersonConflictChoices({
  conflicts,
  choice,
  onChoose,
}: {
  conflicts: readonly KindConflict[];
  choice: ConflictChoice;
  onChoose(choice: ConflictChoice): void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <fieldset class="conflicts person-conflicts">
      <legend>{conflicts.length === 1 ? t('personConflictsOne') : t('personConflictsMany', conflicts.length)}</legend>
      <ul>
        {conflicts.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <code>{c.id}</code>
            {t('personConflictLine', [
              c.incoming.name.slice(0, 80),
              kindWord(c.incoming.kind),
              c.stored.name.slice(0, 80),
              kindWord(c.stored.kind),
            ])}
          </li>
        ))}
      </ul>
      {conflicts.length > SHOWN && <p>{t('personConflictsMore', conflicts.length - SHOWN)}</p>}
      {CHOICES.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name="person-conflicts"
            value={c.value}
            checked={choice === c.value}
            onChange={() => onChoose(c.value)}
          />{' '}
          {c.label()}
        </label>
      ))}
    </fieldset>
  );
}
