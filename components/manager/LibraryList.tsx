import { BulkBar } from '@/components/manager/BulkBar';
import type { PersonControls } from '@/components/manager/controls';
import type { OriginNames } from '@/components/manager/origin';
import { PeopleNav } from '@/components/manager/PeopleNav';
import { PersonSection } from '@/components/manager/PersonSection';
import { Toolbar } from '@/components/manager/Toolbar';
import { PAGE, type StatementList } from '@/components/manager/use-statement-list';
import type { useStatementsView } from '@/components/manager/use-statements-view';
import { RenderGuard } from '@/components/RenderGuard';
import { formatNumber, t } from '@/lib/core/i18n';
import type { Person } from '@/lib/core/records';

/** The list part of the manager: toolbar, bulk bar, people nav and the people's sections with their statements. */
export function LibraryList({
  list,
  statements,
  people,
  personControls,
  editable,
  origins,
}: {
  list: StatementList;
  statements: ReturnType<typeof useStatementsView>;
  people: Person[];
  personControls: PersonControls | undefined;
  /** Whether the page can curate (search, filter and select), not only read. */
  editable: boolean;
  /** The subscriptions by id: where records came from, and the origin filter's choices. */
  origins?: { names: OriginNames; choices: readonly { id: string; name: string }[] };
}) {
  const { shown } = list;
  const { selected } = statements;
  return (
    <>
      {editable && (
        <Toolbar
          query={list.query}
          onQuery={list.onQuery}
          filter={list.filter}
          onFilter={list.onFilter}
          people={people}
          choices={list.choices}
          status={list.status()}
          origins={origins?.choices}
        />
      )}
      {editable && (
        <BulkBar
          count={selected.size}
          onDelete={statements.deleteSelected}
          onRelate={statements.relateSelected}
          onClear={statements.clearSelection}
        />
      )}
      <div class="layout">
        <PeopleNav people={shown.people} />
        <main aria-busy={list.searching}>
          {shown.people.length === 0 && list.filtering && (
            <p class="empty-results">
              {t('managerNoMatch')}{' '}
              <button type="button" onClick={list.clearFilters}>
                {t('managerClearFilters')}
              </button>
            </p>
          )}
          {shown.people.map((view) => (
            <RenderGuard key={view.person.id} fallback={<p class="muted">{t('managerPersonFailed')}</p>}>
              <PersonSection
                view={view}
                controls={personControls}
                statementControls={statements.controls}
                selected={selected}
                origins={origins?.names}
              />
            </RenderGuard>
          ))}
          {shown.hidden > 0 && list.pageDrawn && (
            <button type="button" onClick={list.showMore}>
              {t('managerShowMore', [formatNumber(Math.min(PAGE, shown.hidden)), formatNumber(shown.hidden)])}
            </button>
          )}
        </main>
      </div>
    </>
  );
}
