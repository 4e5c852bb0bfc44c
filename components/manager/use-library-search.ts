/**
 * The manager's search, as one hook: what the reader typed, and the answer of the latest search. A keystroke
 * searches straight from the input event, not after the next frame as an effect would, so its answer is often
 * drawn in the same render as the letter; a changed library is searched again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions, SearchMatches } from '@/lib/core/manager-actions';

/** A search's matches with the query they answer (null matches: no search, every statement). */
export interface SearchResult {
  query: string;
  matches: SearchMatches | null;
}

export const NO_SEARCH: SearchResult = { query: '', matches: null };

/** The query typed, the latest search's answer, and `type` for each keystroke; `onError` hears failed searches. */
export function useLibrarySearch(
  actions: ManagerActions | undefined,
  data: LibraryData | null | undefined,
  onError: (e: unknown) => void,
) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult>(NO_SEARCH);
  const searchRun = useRef(0);
  const typed = useRef(query);
  const failed = useRef(onError);
  failed.current = onError;
  // Only the latest search's answer is shown; one that comes back after a newer search started is dropped.
  const search = useCallback(
    (q: string) => {
      if (!actions) return;
      const run = ++searchRun.current;
      actions.search(q).then(
        (matches) => run === searchRun.current && setResult({ query: q, matches }),
        (e: unknown) => run === searchRun.current && failed.current(e),
      );
    },
    [actions],
  );
  useEffect(() => search(typed.current), [search, data]);
  const type = useCallback(
    (q: string) => {
      typed.current = q;
      setQuery(q);
      search(q);
    },
    [search],
  );
  return { query, result, type };
}
