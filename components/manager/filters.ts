/** Which statements the manager shows: pure, so every filter rule is tested without a page. */

import type { LibraryData } from '@/lib/core/library-model';
import type { Relation, RelationType } from '@/lib/core/records';
import { matchesOrigin } from './origin';
import { outletsOf } from './outlets';

/** The choices the filter menus offer: every tag and outlet in the library, sorted. */
export { filterChoices } from './filter-choices';

/** The outlets a statement is filed under (the outlet filter's values). */
export { outletsOf } from './outlets';

/** The reader's filters; empty strings mean "any". */
export interface LibraryFilter {
  personId: string;
  tag: string;
  /** ISO day, inclusive. */
  from: string;
  /** ISO day, inclusive. */
  to: string;
  /** An outlet name or source host, lowercased. */
  outlet: string;
  /** 'related', 'unrelated', or one relation type. */
  relation: '' | 'related' | 'unrelated' | RelationType;
  /** 'mine' for the reader's own records, or one subscription's id. */
  origin: string;
}

/** No filter at all. */
export const NO_FILTER: LibraryFilter = {
  personId: '',
  tag: '',
  from: '',
  to: '',
  outlet: '',
  relation: '',
  origin: '',
};

/** Whether any filter is set, so the page can say "no statements match" instead of "the library is empty". */
export function isFiltering(filter: LibraryFilter, query: string): boolean {
  return query.trim() !== '' || Object.values(filter).some(Boolean);
}

/** Which statements the page shows: membership and count. */
export interface StatementSet {
  has(id: string): boolean;
  readonly size: number;
}

/**
 * The statements the page shows, or null for all of them. With only a search (the reader typing, no filter
 * set) this is the search's own matches, with no walk over the library; filters walk it once.
 */
export function visibleStatements(
  data: LibraryData,
  filter: LibraryFilter,
  searchIds: StatementSet | null,
): StatementSet | null {
  if (!Object.values(filter).some(Boolean)) return searchIds;
  return filterStatements(data, filter, searchIds);
}

/** The ids of statements that pass the filters and, when a search ran, are among its matches. */
export function filterStatements(
  data: LibraryData,
  filter: LibraryFilter,
  searchIds: { has(id: string): boolean } | null,
): Set<string> {
  const relationsOf = new Map<string, Relation[]>();
  for (const r of data.relations)
    for (const id of [r.fromId, r.toId]) relationsOf.set(id, [...(relationsOf.get(id) ?? []), r]);
  const kept = new Set<string>();
  for (const s of data.statements) {
    if (searchIds && !searchIds.has(s.id)) continue;
    if (filter.personId && s.personId !== filter.personId) continue;
    if (filter.tag && !s.tags.some((t) => t.toLowerCase() === filter.tag.toLowerCase())) continue;
    if (filter.from && (!s.date || s.date.slice(0, 10) < filter.from)) continue;
    if (filter.to && (!s.date || s.date.slice(0, 10) > filter.to)) continue;
    if (filter.outlet && !outletsOf(s).includes(filter.outlet)) continue;
    if (!matchesOrigin(s.origin, filter.origin)) continue;
    if (!matchesRelation(relationsOf.get(s.id) ?? [], filter.relation)) continue;
    kept.add(s.id);
  }
  return kept;
}

function matchesRelation(relations: Relation[], wanted: LibraryFilter['relation']): boolean {
  if (!wanted) return true;
  if (wanted === 'related') return relations.length > 0;
  if (wanted === 'unrelated') return relations.length === 0;
  return relations.some((r) => r.type === wanted);
}
