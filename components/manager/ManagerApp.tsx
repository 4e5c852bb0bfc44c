import { useState } from 'preact/hooks';
import { AppearancePanel, type ColourStore } from '@/components/manager/AppearancePanel';
import { DataPanel } from '@/components/manager/DataPanel';
import { DeletePersonPanel } from '@/components/manager/DeletePersonPanel';
import { type Editing, EditingPanel } from '@/components/manager/EditingPanel';
import { EmptyState } from '@/components/manager/EmptyState';
import { LibraryList } from '@/components/manager/LibraryList';
import { ManagerHeader } from '@/components/manager/ManagerHeader';
import { RecentlyDeleted } from '@/components/manager/RecentlyDeleted';
import { SubscriptionsPanel } from '@/components/manager/SubscriptionsPanel';
import { Toast } from '@/components/manager/Toast';
import { useDataView } from '@/components/manager/use-data-view';
import { useFeedback } from '@/components/manager/use-feedback';
import { useOrigins } from '@/components/manager/use-origins';
import { usePeopleView } from '@/components/manager/use-people-view';
import { useStatementList } from '@/components/manager/use-statement-list';
import { useStatementsView } from '@/components/manager/use-statements-view';
import { useSubscriptionsView } from '@/components/manager/use-subscriptions-view';
import { useTrashView } from '@/components/manager/use-trash-view';
import { t } from '@/lib/core/i18n';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { SubscriptionClient } from '@/lib/core/subscription-client';
import { purgeDay, TRASH_DAYS } from '@/lib/core/trash-policy';

/** What the manager page needs from its entrypoint: the library (null while loading) and what it may do. */
export interface ManagerAppProps {
  data: LibraryData | null;
  error?: string | null;
  onLoadStarter: () => Promise<void>;
  /** Curation, import and export; without them the page is a read-only view. */
  actions?: ManagerActions;
  /** The reader's highlight colours (settings, not library data); without it no Appearance section. */
  appearance?: ColourStore;
  /** Subscribed packs, through the background; without it no Subscriptions section. */
  subscriptions?: SubscriptionClient;
  /** The pack address of a subscribe link (manager.html#subscribe=…): the section asks about it at once. */
  subscribeLink?: string | null;
}

/** The manager: search, filter, curate, relate, import and export the reader's library. */
export function ManagerApp(props: ManagerAppProps) {
  const { data, error, onLoadStarter, actions, appearance } = props;
  const [editing, setEditing] = useState<Editing | null>(null);
  const trash = useTrashView();
  const { toast, failure, closeToast, fail, attempt, announce } = useFeedback(trash.refresh);
  const list = useStatementList(actions, data, fail);
  const deps = { actions, data, attempt, announce, onTrashed: trash.refresh, edit: setEditing };
  const people = usePeopleView(deps);
  const statements = useStatementsView(deps);
  const dataView = useDataView(actions, data, people.people, list.choices.tags, list.visibleIds);
  const subscriptions = useSubscriptionsView(props.subscriptions, announce, data, props.subscribeLink);
  const origins = useOrigins(subscriptions.list);
  return (
    <div class="manager">
      <ManagerHeader
        data={data}
        editable={actions !== undefined}
        noPeople={people.people.length === 0}
        personId={list.filter.personId}
        edit={setEditing}
      />
      {error && <p role="alert">{t('managerReadFailed', error)}</p>}
      {failure && (
        <p role="alert" class="failure">
          {failure}
        </p>
      )}
      {!data && !error && <p class="muted">{t('commonLoading')}</p>}
      {dataView && <DataPanel {...dataView} />}
      {props.subscriptions && data && <SubscriptionsPanel view={subscriptions} />}
      {appearance && <AppearancePanel store={appearance} />}
      {editing && actions && data && (
        <EditingPanel
          editing={editing}
          people={people.people}
          actions={actions}
          speakerOf={statements.speakerOf}
          onDone={(text) => {
            setEditing(null);
            if (text) announce(text);
            if (editing.kind === 'relate') statements.clearSelection();
          }}
        />
      )}
      {people.deleting && actions && (
        <DeletePersonPanel
          person={people.deleting.person}
          counts={people.deleting.counts}
          days={TRASH_DAYS}
          onCancel={people.cancelDelete}
          onConfirm={people.confirmDelete}
        />
      )}
      {actions && data && (
        <RecentlyDeleted
          actions={actions}
          version={trash.version}
          days={TRASH_DAYS}
          purgeDay={purgeDay}
          attempt={attempt}
          announce={(text) => announce(text)}
        />
      )}
      {data && list.views.length === 0 && <EmptyState onLoadStarter={onLoadStarter} />}
      {list.views.length > 0 && (
        <LibraryList
          list={list}
          statements={statements}
          people={people.people}
          personControls={people.controls}
          editable={actions !== undefined}
          origins={origins}
        />
      )}
      <Toast toast={toast} onClose={closeToast} />
    </div>
  );
}
