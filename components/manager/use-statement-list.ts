/**
 * The manager's statement list: search, filters and paging, and the people and statements they leave on screen.
 * The list shows the last search's answer (and the filters) until the next one comes in, never a mix.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import {
  filterChoices,
  isFiltering,
  type LibraryFilter,
  NO_FILTER,
  visibleStatements,
} from '@/components/manager/filters';
import { useProgressiveCount } from '@/components/manager/progressive';
import { useLibrarySearch } from '@/components/manager/use-library-search';
import { visibleView } from '@/components/manager/visible-view';
import { formatNumber, t } from '@/lib/core/i18n';
import type { LibraryData } from '@/lib/core/library-model';
import { buildLibraryView } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import { tCount } from '@/lib/core/plural';

/** Statements drawn per page before "Show more". */
export const PAGE = 300;

/** The list's state and handlers; `onError` hears failed searches. */
export function useStatementList(
  actions: ManagerActions | undefined,
  data: LibraryData | null,
  onError: (e: unknown) => void,
) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const { query, result, type } = useLibrarySearch(actions, data, onError);
  const views = useMemo(() => (data ? buildLibraryView(data) : []), [data]);
  const choices = useMemo(() => (data ? filterChoices(data) : { tags: [], outlets: [] }), [data]);
  const filtering = isFiltering(filter, result.query);
  const searching = actions !== undefined && result.query !== query;
  const { matches } = result;
  const visibleIds = useMemo(
    () => (data && filtering ? visibleStatements(data, filter, matches?.statementIds ?? null) : null),
    [data, filter, matches, filtering],
  );
  // A new search or filter draws its first screenful at once and the rest of the page when the page is idle,
  // while matches are left and the page is not full.
  const drawnCount = useProgressiveCount(`${result.query}\u0000${Object.values(filter).join('\u0000')}`, () =>
    shown.hidden > 0 ? limit : drawnCount,
  );
  const shown = visibleView(
    views,
    visibleIds,
    result.query ? (matches?.personIds ?? null) : null,
    filter.personId,
    Math.min(drawnCount, limit),
  );
  const onQuery = useCallback(
    (q: string) => {
      type(q);
      setLimit(PAGE);
    },
    [type],
  );
  const onFilter = useCallback((patch: Partial<LibraryFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  }, []);
  const clearFilters = () => {
    onQuery('');
    setFilter(NO_FILTER);
  };
  const total = data?.statements.length ?? 0;
  const status = () =>
    visibleIds
      ? t('managerMatchCount', [formatNumber(visibleIds.size), formatNumber(total)])
      : tCount('managerStatementCount', total);
  const showMore = () => setLimit(limit + PAGE);
  const pageDrawn = drawnCount >= limit;
  return {
    query,
    onQuery,
    filter,
    onFilter,
    clearFilters,
    choices,
    views,
    visibleIds,
    filtering,
    searching,
    shown,
    pageDrawn,
    showMore,
    status,
  };
}

/** What the statement list hook gives the page. */
export type StatementList = ReturnType<typeof useStatementList>;
