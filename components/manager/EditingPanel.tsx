import type { ManagerActions } from '@/lib/core/manager-actions';
import type { Person, Relation, Statement } from '@/lib/core/records';
import { MergeForm } from './MergeForm';
import { PersonForm } from './PersonForm';
import { RelateForm } from './RelateForm';
import { StatementForm } from './StatementForm';

/** Which editing panel is open. */
export type Editing =
  | { kind: 'statement'; statement?: Statement; personId: string }
  | { kind: 'person'; person?: Person }
  | { kind: 'merge'; person: Person }
  | { kind: 'relate'; pair: [Statement, Statement]; relation?: Relation };

/** The open panel, wired to the action it saves with; `onDone` gets a line to announce, or none on cancel. */
export function EditingPanel({
  editing,
  people,
  actions,
  speakerOf,
  onDone,
}: {
  editing: Editing;
  people: Person[];
  actions: ManagerActions;
  speakerOf: (s: Statement) => string;
  onDone: (announce?: string) => void;
}) {
  const cancel = () => onDone();
  switch (editing.kind) {
    case 'statement':
      return (
        <StatementForm
          statement={editing.statement}
          personId={editing.personId}
          people={people}
          onCancel={cancel}
          onSave={async (s) => {
            await actions.saveStatement(s);
            onDone(editing.statement ? 'Statement saved.' : 'Statement added.');
          }}
        />
      );
    case 'person':
      return (
        <PersonForm
          person={editing.person}
          onCancel={cancel}
          onSave={async (p) => {
            await actions.savePerson(p);
            onDone(`${p.name} saved.`);
          }}
        />
      );
    case 'merge':
      return (
        <MergeForm
          person={editing.person}
          people={people}
          onCancel={cancel}
          onMerge={async (goneId) => {
            const gone = people.find((p) => p.id === goneId)?.name ?? 'The other record';
            await actions.mergePeople(editing.person.id, goneId);
            onDone(`${gone} merged into ${editing.person.name}.`);
          }}
        />
      );
    case 'relate':
      return (
        <RelateForm
          pair={editing.pair}
          relation={editing.relation}
          speakerOf={speakerOf}
          onCancel={cancel}
          onSave={async (r) => {
            await actions.relate(r);
            onDone('Relation saved.');
          }}
        />
      );
  }
}
