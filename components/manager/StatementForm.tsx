import type { Person, Statement } from '@/lib/core/records';
import { statementFields, statementFromFields } from './forms';
import { fieldValue, Panel } from './Panel';
import { useFields, useSubmit } from './use-form';

/** Create or edit a statement: exact words, speaker, date, venue, first source and tags. */
export function StatementForm({
  statement,
  personId,
  people,
  onSave,
  onCancel,
}: {
  statement?: Statement;
  personId: string;
  people: Person[];
  onSave: (s: Statement) => Promise<void>;
  onCancel: () => void;
}) {
  const { fields, setFields, bind } = useFields(statementFields(statement, personId || people[0]?.id || ''));
  const { errors, submit } = useSubmit(() => statementFromFields(fields, statement), onSave);
  return (
    <Panel title={statement ? 'Edit statement' : 'New statement'} errors={errors} onCancel={onCancel}>
      <form class="form" noValidate onSubmit={submit}>
        <label>
          Said by
          <select
            {...bind('personId')}
            onChange={(e) => {
              const personId = fieldValue(e);
              setFields((f) => ({ ...f, personId }));
            }}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label class="wide">
          Exact words (without quotation marks)
          <textarea rows={4} required {...bind('text')} />
        </label>
        <label>
          Date (YYYY-MM-DD)
          <input {...bind('date')} placeholder="2022-02-19" />
        </label>
        <label>
          Venue
          <input {...bind('venue')} placeholder="Munich Security Conference" />
        </label>
        <label>
          Source link
          <input type="url" {...bind('url')} placeholder="https://…" />
        </label>
        <label>
          Outlet
          <input {...bind('outlet')} />
        </label>
        <label class="wide">
          Tags (comma-separated)
          <input {...bind('tags')} />
        </label>
        <div class="actions">
          <button type="submit">Save statement</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Panel>
  );
}
