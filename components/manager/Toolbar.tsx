import { RELATION_LABELS } from '@/components/card/format';
import type { Person } from '@/lib/core/records';
import type { LibraryFilter } from './filters';
import { pure } from './pure';

/** Props: the current query and filters in, changes out. */
export interface ToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  filter: LibraryFilter;
  /** Each change carries only the filter that changed, so quick successive changes never undo each other. */
  onFilter: (patch: Partial<LibraryFilter>) => void;
  people: Person[];
  choices: { tags: string[]; outlets: string[] };
  /** "12 of 340 statements", read out when it changes. */
  status: string;
}

/** Search as you type over words and names, and filters by person, tag, dates, outlet and relation. */
export function Toolbar({ query, onQuery, filter, onFilter, people, choices, status }: ToolbarProps) {
  return (
    <search class="toolbar" aria-label="Search and filter statements">
      <label class="search">
        <span>Search</span>
        <input
          type="search"
          value={query}
          placeholder="Words of a statement, or a name"
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && onQuery('')}
        />
      </label>
      <Filters filter={filter} onFilter={onFilter} people={people} choices={choices} />
      <p class="muted status" role="status">
        {status}
      </p>
    </search>
  );
}

/** The filter menus: drawn again only when a filter or a choice changes, not on every keystroke. */
const Filters = pure(function Filters({
  filter,
  onFilter,
  people,
  choices,
}: Pick<ToolbarProps, 'filter' | 'onFilter' | 'people' | 'choices'>) {
  const set = (key: keyof LibraryFilter) => (e: Event) =>
    onFilter({ [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  return (
    <div class="filters">
      <label>
        Person
        <select value={filter.personId} onChange={set('personId')}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={filter.tag} onChange={set('tag')}>
          <option value="">Any</option>
          {choices.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filter.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={filter.to} onChange={set('to')} />
      </label>
      <label>
        Outlet
        <select value={filter.outlet} onChange={set('outlet')}>
          <option value="">Any</option>
          {choices.outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        Relation
        <select value={filter.relation} onChange={set('relation')}>
          <option value="">Any</option>
          <option value="related">Related to another statement</option>
          <option value="unrelated">Not related yet</option>
          {Object.entries(RELATION_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
