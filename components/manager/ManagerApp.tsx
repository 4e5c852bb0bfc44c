import { EmptyState } from './EmptyState';
import { buildLibraryView, describeCounts, type LibraryData } from './library-model';
import { PeopleNav } from './PeopleNav';
import { PersonSection } from './PersonSection';

/** What the manager page needs from its entrypoint: the library (null while loading) and what it may do. */
export interface ManagerAppProps {
  data: LibraryData | null;
  error?: string | null;
  onLoadStarter: () => Promise<void>;
}

/** The manager: every person with roles and names, their statements, sources and relations. */
export function ManagerApp({ data, error, onLoadStarter }: ManagerAppProps) {
  const people = data ? buildLibraryView(data) : [];
  return (
    <div class="manager">
      <header class="top">
        <h1>OnRecord library</h1>
        {data && <p class="muted">{describeCounts(data)}</p>}
      </header>
      {error && <p role="alert">The library could not be read: {error}</p>}
      {!data && !error && <p class="muted">Loading…</p>}
      {data && people.length === 0 && <EmptyState onLoadStarter={onLoadStarter} />}
      {people.length > 0 && (
        <div class="layout">
          <PeopleNav people={people} />
          <main>
            {people.map((view) => (
              <PersonSection key={view.person.id} view={view} />
            ))}
          </main>
        </div>
      )}
    </div>
  );
}
