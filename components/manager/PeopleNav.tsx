import { t } from '@/lib/core/i18n';
import type { PersonView } from '@/lib/core/library-model';
import { tCount } from '@/lib/core/plural';
import { pure } from './pure';

/** The id a person's section carries, so the list can link to it. */
export function personAnchor(personId: string): string {
  return `person-${personId.replace(/[^\w-]/g, '_')}`;
}

/** The list of people, each with how many statements the library holds, linking to their section. */
export const PeopleNav = pure(function PeopleNav({ people }: { people: PersonView[] }) {
  return (
    <nav class="people-nav" aria-label={t('managerPeople')}>
      <h2>{t('managerPeople')}</h2>
      <ul>
        {people.map(({ person, statements }) => (
          <li key={person.id}>
            <a href={`#${personAnchor(person.id)}`}>{person.name}</a>{' '}
            <span class="count" title={tCount('managerStatements', statements.length)}>
              {statements.length}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
});
