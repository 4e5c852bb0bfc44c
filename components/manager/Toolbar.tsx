import { relationOptions } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import type { Person } from '@/lib/core/records';
import type { LibraryFilter } from './filters';
import { MINE } from './origin';
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
  /** The subscriptions records may come from; with none, no origin filter is offered. */
  origins?: readonly { id: string; name: string }[];
}

/** Search as you type over words and names, and filters by person, tag, dates, outlet and relation. */
export function Toolbar({ query, onQuery, filter, onFilter, people, choices, status, origins }: ToolbarProps) {
  return (
    <search class="toolbar" aria-label={t('managerSearchLabel')}>
      <label class="search">
        <span>{t('managerSearch')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('managerSearchPlaceholder')}
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && onQuery('')}
        />
      </label>
      <Filters filter={filter} onFilter={onFilter} people={people} choices={choices} origins={origins} />
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
  origins,
}: Pick<ToolbarProps, 'filter' | 'onFilter' | 'people' | 'choices' | 'origins'>) {
  const set = (key: keyof LibraryFilter) => (e: Event) =>
    onFilter({ [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  return (
    <div class="filters">
      <label>
        {t('managerFilterPerson')}
        <select value={filter.personId} onChange={set('personId')}>
          <option value="">{t('managerFilterAnyone')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('managerFilterTag')}
        <select value={filter.tag} onChange={set('tag')}>
          <option value="">{t('managerFilterAny')}</option>
          {choices.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('managerFilterFrom')}
        <input type="date" value={filter.from} onChange={set('from')} />
      </label>
      <label>
        {t('managerFilterTo')}
        <input type="date" value={filter.to} onChange={set('to')} />
      </label>
      <label>
        {t('managerFilterOutlet')}
        <select value={filter.outlet} onChange={set('outlet')}>
          <option value="">{t('managerFilterAny')}</option>
          {choices.outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('managerFilterRelation')}
        <select value={filter.relation} onChange={set('relation')}>
          <option value="">{t('managerFilterAny')}</option>
          <option value="related">{t('managerFilterRelated')}</option>
          <option value="unrelated">{t('managerFilterUnrelated')}</option>
          {relationOptions().map(({ type, label }) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {origins && origins.length > 0 && (
        <OriginFilter value={filter.origin} onChange={set('origin')} origins={origins} />
      )}
    </div>
  );
});

/** Mine, or one subscription's records. */
function OriginFilter({
  value,
  onChange,
  origins,
}: {
  value: string;
  onChange: (e: Event) => void;
  origins: readonly { id: string; name: string }[];
}) {
  return (
    <label>
      {t('layersFilterOrigin')}
      <select value={value} onChange={onChange}>
        <option value="">{t('managerFilterAny')}</option>
        <option value={MINE}>{t('layersMine')}</option>
        {origins.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
