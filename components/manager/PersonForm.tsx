import type { Person } from '@/lib/core/records';
import { type PersonFields, personFields, personFromFields } from './forms';
import { fieldValue, Panel } from './Panel';
import { useFields, useSubmit } from './use-form';

/** Create or edit a person: name, kind, other names, and roles with their dates. */
export function PersonForm({
  person,
  onSave,
  onCancel,
}: {
  person?: Person;
  onSave: (p: Person) => Promise<void>;
  onCancel: () => void;
}) {
  const { fields, setFields, bind } = useFields(personFields(person));
  const { errors, submit } = useSubmit(() => personFromFields(fields, person), onSave);
  return (
    <Panel title={person ? `Edit ${person.name}` : 'New person'} errors={errors} onCancel={onCancel}>
      <form class="form" noValidate onSubmit={submit}>
        <label>
          Name
          <input required {...bind('name')} />
        </label>
        <label>
          Kind
          <select
            value={fields.kind}
            onChange={(e) => {
              const kind = fieldValue(e) as PersonFields['kind'];
              setFields((f) => ({ ...f, kind }));
            }}
          >
            <option value="person">Person</option>
            <option value="organisation">Organisation</option>
          </select>
        </label>
        <label class="wide">
          Other names, one per line (surnames, spellings, "Beijing's top diplomat")
          <textarea rows={3} {...bind('aliases')} />
        </label>
        <label class="wide">
          Roles, one per line: title | from | to (dates YYYY-MM-DD, either may be left out)
          <textarea rows={3} {...bind('roles')} placeholder="Chinese foreign minister | 2013-03-16 | 2022-12-30" />
        </label>
        <div class="actions">
          <button type="submit">Save person</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Panel>
  );
}
