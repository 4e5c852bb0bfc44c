import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { RenderGuard } from '@/components/RenderGuard';
import { formatNumber, t } from '@/lib/core/i18n';
import { buildLibraryView, describeCounts, type LibraryData } from '@/lib/core/library-model';
import type { ManagerActions, Undo } from '@/lib/core/manager-actions';
import { tCount } from '@/lib/core/plural';
import type { Person, Statement } from '@/lib/core/records';
import { purgeDay, TRASH_DAYS } from '@/lib/core/trash-policy';
import { AppearancePanel, type ColourStore } from './AppearancePanel';
import { BulkBar } from './BulkBar';
import type { PersonControls, StatementControls } from './controls';
import { DataPanel } from './DataPanel';
import { DeletePersonPanel } from './DeletePersonPanel';
import { type Editing, EditingPanel } from './EditingPanel';
import { EmptyState } from './EmptyState';
import { filterChoices, isFiltering, type LibraryFilter, NO_FILTER, visibleStatements } from './filters';
import { PeopleNav } from './PeopleNav';
import { PersonSection } from './PersonSection';
import { useProgressiveCount } from './progressive';
import type { RateInput } from './RateForm';
import { RecentlyDeleted } from './RecentlyDeleted';
import { Toast, type ToastMessage } from './Toast';
import { Toolbar } from './Toolbar';
import { useLibrarySearch } from './use-library-search';
import { visibleView } from './visible-view';

/** What the manager page needs from its entrypoint: the library (null while loading) and what it may do. */
export interface ManagerAppProps {
  data: LibraryData | null;
  error?: string | null;
  onLoadStarter: () => Promise<void>;
  /** Curation, import and export; without them the page is a read-only view. */
  actions?: ManagerActions;
  /** The reader's highlight colours (settings, not library data); without it no Appearance section. */
  appearance?: ColourStore;
}

const PAGE = 300;

/** The manager: search, filter, curate, relate, import and export the reader's library. */
export function ManagerApp({ data, error, onLoadStarter, actions, appearance }: ManagerAppProps) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  // A person waiting for the reader's answer to "Delete …?", with what goes with them.
  const [deleting, setDeleting] = useState<{
    person: Person;
    counts: { statements: number; relations: number };
  } | null>(null);
  // Bumped after each delete, so Recently deleted reads its list again.
  const [trashVersion, setTrashVersion] = useState(0);
  const { query, result, type } = useLibrarySearch(actions, data, (e) => setFailure(message(e)));

  const people = useMemo(() => (data ? [...data.people].sort((a, b) => a.name.localeCompare(b.name)) : []), [data]);
  const views = useMemo(() => (data ? buildLibraryView(data) : []), [data]);
  const choices = useMemo(() => (data ? filterChoices(data) : { tags: [], outlets: [] }), [data]);
  // The list shows the last search's answer (and the filters) until the next one comes in, never a mix.
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
  const pageDrawn = drawnCount >= limit;
  const shown = visibleView(
    views,
    visibleIds,
    result.query ? (matches?.personIds ?? null) : null,
    filter.personId,
    Math.min(drawnCount, limit),
  );
  const closeToast = useCallback(() => setToast(null), []);
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

  const attempt = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(message(e));
    }
  };
  // An Undo may take an entry back out of Recently deleted, so that list is read again once it is done.
  const announce = (text: string, undo?: Undo) =>
    setToast({
      id: Date.now(),
      text,
      undo:
        undo &&
        (() =>
          void attempt(async () => {
            await undo();
            setTrashVersion((n) => n + 1);
          })),
    });
  const speakerOf = (s: Statement) => data?.people.find((p) => p.id === s.personId)?.name ?? 'Unknown speaker';
  const deleteStatements = (ids: string[]) =>
    attempt(async () => {
      const undo = await actions!.deleteStatements(ids);
      setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));
      announce(
        ids.length === 1 ? t('managerStatementDeleted') : t('managerStatementsDeleted', formatNumber(ids.length)),
        undo,
      );
      setTrashVersion((n) => n + 1);
    });

  // The rows' controls are made once and call the latest handlers, so unchanged rows are not drawn again.
  const latest = useRef({ attempt, announce, speakerOf, deleteStatements });
  latest.current = { attempt, announce, speakerOf, deleteStatements };
  const copyClaimReview = actions?.copyClaimReview;
  const rateStatement = actions?.rateStatement;
  const statementControls = useMemo<StatementControls | undefined>(
    () =>
      actions && {
        onSelect: (id, on) =>
          setSelected((prev) => {
            const next = new Set(prev);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          }),
        onEdit: (statement) => setEditing({ kind: 'statement', statement, personId: statement.personId }),
        onDelete: (s) => latest.current.deleteStatements([s.id]),
        onDeleteRelation: (id) => {
          const { attempt, announce } = latest.current;
          return attempt(async () => announce(t('managerRelationRemoved'), await actions.deleteRelation(id)));
        },
        onEditRelation: (relation, pair) => setEditing({ kind: 'relate', pair, relation }),
        speakerOf: (s) => latest.current.speakerOf(s),
        ...(copyClaimReview
          ? {
              onCopyClaimReview: (s: Statement) => {
                const { attempt, announce } = latest.current;
                return attempt(async () => announce(await copyClaimReview(s.id)));
              },
            }
          : {}),
        ...(rateStatement
          ? {
              onRate: (s: Statement, input: RateInput) => {
                const { attempt, announce } = latest.current;
                return attempt(async () => announce(await rateStatement(s.id, input)));
              },
            }
          : {}),
      },
    [actions],
  );
  const personControls = useMemo<PersonControls | undefined>(
    () =>
      actions && {
        onEdit: (person: Person) => setEditing({ kind: 'person', person }),
        onAddStatement: (person) => setEditing({ kind: 'statement', personId: person.id }),
        onMerge: (person) => setEditing({ kind: 'merge', person }),
        // Asks first, saying what goes with them (confirmDeletePerson does the deleting).
        onDelete: (person) =>
          latest.current.attempt(async () =>
            setDeleting({ person, counts: await actions.personDeleteCounts(person.id) }),
          ),
      },
    [actions],
  );
  // Looked up when Relate is pressed, not on every render: it walks the whole library.
  const selectedPair = () => data?.statements.filter((s) => selected.has(s.id)) ?? [];

  return (
    <div class="manager">
      <header class="top">
        <h1>{t('managerTitle')}</h1>
        {data && <p class="muted">{describeCounts(data)}</p>}
        {actions && data && (
          <div class="row-controls">
            <button type="button" onClick={() => setEditing({ kind: 'person' })}>
              {t('managerNewPerson')}
            </button>
            <button
              type="button"
              disabled={people.length === 0}
              onClick={() => setEditing({ kind: 'statement', personId: filter.personId })}
            >
              {t('managerNewStatement')}
            </button>
          </div>
        )}
      </header>
      {error && <p role="alert">{t('managerReadFailed', error)}</p>}
      {failure && (
        <p role="alert" class="failure">
          {failure}
        </p>
      )}
      {!data && !error && <p class="muted">{t('commonLoading')}</p>}
      {actions && data && (
        <DataPanel
          empty={data.people.length === 0}
          choices={{ people, tags: choices.tags, inView: visibleIds }}
          onExport={actions.exportAs}
          loadDetails={actions.exportDetails}
          onPreview={actions.previewImport}
          onApply={actions.applyImport}
          onClear={actions.clearLibrary}
        />
      )}
      {appearance && <AppearancePanel store={appearance} />}
      {editing && actions && data && (
        <EditingPanel
          editing={editing}
          people={people}
          actions={actions}
          speakerOf={speakerOf}
          onDone={(text) => {
            setEditing(null);
            if (text) announce(text);
            if (editing.kind === 'relate') setSelected(new Set());
          }}
        />
      )}
      {deleting && actions && (
        <DeletePersonPanel
          person={deleting.person}
          counts={deleting.counts}
          days={TRASH_DAYS}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { person } = deleting;
            setDeleting(null);
            void attempt(async () => {
              announce(t('managerMovedToTrash', person.name), await actions.deletePeople([person.id]));
              setTrashVersion((n) => n + 1);
            });
          }}
        />
      )}
      {actions && data && (
        <RecentlyDeleted
          actions={actions}
          version={trashVersion}
          days={TRASH_DAYS}
          purgeDay={purgeDay}
          attempt={attempt}
          announce={(text) => announce(text)}
        />
      )}
      {data && views.length === 0 && <EmptyState onLoadStarter={onLoadStarter} />}
      {views.length > 0 && (
        <>
          {actions && (
            <Toolbar
              query={query}
              onQuery={onQuery}
              filter={filter}
              onFilter={onFilter}
              people={people}
              choices={choices}
              status={
                visibleIds
                  ? t('managerMatchCount', [formatNumber(visibleIds.size), formatNumber(data!.statements.length)])
                  : tCount('managerStatementCount', data!.statements.length)
              }
            />
          )}
          {actions && (
            <BulkBar
              count={selected.size}
              onDelete={() => deleteStatements([...selected])}
              onRelate={() => {
                const pair = selectedPair();
                if (pair.length === 2) setEditing({ kind: 'relate', pair: [pair[0]!, pair[1]!] });
              }}
              onClear={() => setSelected(new Set())}
            />
          )}
          <div class="layout">
            <PeopleNav people={shown.people} />
            <main aria-busy={searching}>
              {shown.people.length === 0 && filtering && (
                <p class="empty-results">
                  {t('managerNoMatch')}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      onQuery('');
                      setFilter(NO_FILTER);
                    }}
                  >
                    {t('managerClearFilters')}
                  </button>
                </p>
              )}
              {shown.people.map((view) => (
                <RenderGuard key={view.person.id} fallback={<p class="muted">{t('managerPersonFailed')}</p>}>
                  <PersonSection
                    view={view}
                    controls={personControls}
                    statementControls={statementControls}
                    selected={selected}
                  />
                </RenderGuard>
              ))}
              {shown.hidden > 0 && pageDrawn && (
                <button type="button" onClick={() => setLimit(limit + PAGE)}>
                  {t('managerShowMore', [formatNumber(Math.min(PAGE, shown.hidden)), formatNumber(shown.hidden)])}
                </button>
              )}
            </main>
          </div>
        </>
      )}
      <Toast toast={toast} onClose={closeToast} />
    </div>
  );
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
