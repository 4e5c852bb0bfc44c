import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { Person } from '@/lib/core/records';
import { type PersonFields, personFields, personFromFields } from './forms';
import { fieldValue, Panel } from './Panel';
import { RoleRows } from './RoleRows';
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
  const { roles: openedRoles, ...opened } = personFields(person);
  const { fields, setFields, bind } = useFields(opened);
  const [roles, setRoles] = useState(openedRoles);
  const { errors, submit } = useSubmit(() => personFromFields({ ...fields, roles }, person), onSave);
  return (
    <Panel
      title={person ? t('managerEditPersonTitle', person.name) : t('managerNewPerson')}
      errors={errors}
      onCancel={onCancel}
    >
      <form class="form" noValidate onSubmit={submit}>
        <label>
          {t('commonName')}
          <input required {...bind('name')} />
        </label>
        <label>
          {t('managerKind')}
          <select
            value={fields.kind}
            onChange={(e) => {
              const kind = fieldValue(e) as PersonFields['kind'];
              setFields((f) => ({ ...f, kind }));
            }}
          >
            <option value="person">{t('commonPerson')}</option>
            <option value="organisation">{t('commonOrganisation')}</option>
          </select>
        </label>
        <label class="wide">
          {t('managerOtherNames')}
          <textarea rows={3} {...bind('aliases')} />
        </label>
        <RoleRows rows={roles} onChange={setRoles} />
        <div class="actions">
          <button type="submit">{t('managerSavePerson')}</button>
          <button type="button" onClick={onCancel}>
            {t('commonCancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
