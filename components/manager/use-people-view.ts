/**
 * The people's side of the manager: the sorted list, each person's controls (edit, add a statement, merge,
 * delete), and the "Delete …?" question with what goes with them.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { PersonControls } from '@/components/manager/controls';
import type { Editing } from '@/components/manager/EditingPanel';
import type { Announce, Attempt } from '@/components/manager/use-feedback';
import { t } from '@/lib/core/i18n';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { Person } from '@/lib/core/records';

/** A person waiting for the reader's answer to "Delete …?", with what goes with them. */
export interface PendingPersonDelete {
  person: Person;
  counts: { statements: number; relations: number };
}

/** What the people view needs from the page around it. */
export interface PeopleViewDeps {
  actions: ManagerActions | undefined;
  data: LibraryData | null;
  attempt: Attempt;
  announce: Announce;
  /** Called after a person moves to the trash, so Recently deleted reads its list again. */
  onTrashed: () => void;
  edit: (editing: Editing) => void;
}

function copyPerson(actions: ManagerActions, deps: PeopleViewDeps, person: Person): Promise<void> {
  return deps.attempt(async () => {
    const text = await actions.copyToMine?.({ kind: 'person', id: person.id });
    if (text) deps.announce(text);
  });
}

/** The people, their controls, and the pending delete with its answers. */
export function usePeopleView(deps: PeopleViewDeps) {
  const { actions, data } = deps;
  const [deleting, setDeleting] = useState<PendingPersonDelete | null>(null);
  const people = useMemo(() => (data ? [...data.people].sort((a, b) => a.name.localeCompare(b.name)) : []), [data]);
  const latest = useRef(deps);
  latest.current = deps;
  const controls = useMemo<PersonControls | undefined>(
    () =>
      actions && {
        onEdit: (person: Person) => latest.current.edit({ kind: 'person', person }),
        onAddStatement: (person) => latest.current.edit({ kind: 'statement', personId: person.id }),
        onMerge: (person) => latest.current.edit({ kind: 'merge', person }),
        ...(actions.copyToMine
          ? { onCopyToMine: (person: Person) => copyPerson(actions, latest.current, person) }
          : {}),
        // Asks first, saying what goes with them (confirmDelete does the deleting).
        onDelete: (person) =>
          latest.current.attempt(async () =>
            setDeleting({ person, counts: await actions.personDeleteCounts(person.id) }),
          ),
      },
    [actions],
  );
  const confirmDelete = () => {
    if (!deleting || !actions) return;
    const { person } = deleting;
    setDeleting(null);
    void deps.attempt(async () => {
      deps.announce(t('managerMovedToTrash', person.name), await actions.deletePeople([person.id]));
      deps.onTrashed();
    });
  };
  return { people, controls, deleting, confirmDelete, cancelDelete: () => setDeleting(null) };
}
