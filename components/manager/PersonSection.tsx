import { formatDate } from '@/components/card/format';
import { RenderGuard } from '@/components/RenderGuard';
import { t } from '@/lib/core/i18n';
import type { PersonView } from '@/lib/core/library-model';
import type { Person, Role } from '@/lib/core/records';
import type { PersonControls, StatementControls } from './controls';
import { isSubscribed, type OriginNames, originLabel } from './origin';
import { personAnchor } from './PeopleNav';
import { pure } from './pure';
import { StatementItem } from './StatementItem';

/** "Chinese foreign minister (from 16 Mar 2013)": a role with whatever dates are known. */
export function describeRole(role: Role): string {
  const from = formatDate(role.from);
  const to = formatDate(role.to);
  const span =
    from && to
      ? t('managerRoleSpan', [from, to])
      : from
        ? t('managerRoleFrom', from)
        : to
          ? t('managerRoleUntil', to)
          : '';
  return span ? `${role.title} (${span})` : role.title;
}

/**
 * A person's section: name, roles, other names, and everything the library holds that they said. Drawn again
 * only when its view, the controls or the selection change; each statement row then checks its own props.
 */
export const PersonSection = pure(function PersonSection({
  view,
  controls,
  statementControls,
  selected,
  origins,
}: {
  view: PersonView;
  controls?: PersonControls;
  statementControls?: StatementControls;
  /** The selected statements' ids, for the rows' checkboxes. */
  selected?: ReadonlySet<string>;
  /** The subscriptions' names, to say where each record came from. */
  origins?: OriginNames;
}) {
  const { person, statements } = view;
  const subscribed = isSubscribed(person);
  return (
    <section class="person" id={personAnchor(person.id)} aria-labelledby={`${personAnchor(person.id)}-name`}>
      <h2 id={`${personAnchor(person.id)}-name`}>
        {person.name}
        {person.kind === 'organisation' && <span class="muted"> {t('managerOrganisationMark')}</span>}
      </h2>
      {(subscribed || (origins?.size ?? 0) > 0) && (
        <p class="muted origin">{originLabel(person.origin, origins ?? new Map())}</p>
      )}
      {controls && <PersonButtons controls={controls} person={person} subscribed={subscribed} />}
      {person.roles.length > 0 && (
        <ul class="roles" aria-label={t('managerRoles')}>
          {person.roles.map((role) => (
            <li key={`${role.title}|${role.from ?? ''}|${role.to ?? ''}`}>{describeRole(role)}</li>
          ))}
        </ul>
      )}
      {person.aliases.length > 0 && (
        <p class="aliases">
          <span class="muted">{t('managerAlsoKnownAs')}</span> {person.aliases.join(' · ')}
        </p>
      )}
      {statements.length > 0 ? (
        <ol class="statements">
          {statements.map((s) => (
            <RenderGuard key={s.statement.id} fallback={<li class="statement muted">{t('managerStatementFailed')}</li>}>
              <StatementItem
                view={s}
                controls={statementControls}
                selected={selected?.has(s.statement.id) ?? false}
                origins={origins}
              />
            </RenderGuard>
          ))}
        </ol>
      ) : (
        <p class="muted">
          {t('managerNoStatementsYet')}
          {controls && !subscribed ? ` ${t('managerUseAdd')}` : ''}
        </p>
      )}
    </section>
  );
});

/** A person's buttons: Add a statement, Edit, Merge and Delete, or for a subscribed person, Copy to my record. */
function PersonButtons({
  controls,
  person,
  subscribed,
}: {
  controls: PersonControls;
  person: Person;
  subscribed: boolean;
}) {
  if (subscribed)
    return controls.onCopyToMine ? (
      <div class="row-controls">
        <button type="button" class="copy-to-mine" onClick={() => controls.onCopyToMine?.(person)}>
          {t('layersCopyPerson', person.name)}
        </button>
      </div>
    ) : null;
  return (
    <div class="row-controls">
      <button type="button" onClick={() => controls.onAddStatement(person)}>
        {t('managerAddStatement')}
      </button>
      <button type="button" onClick={() => controls.onEdit(person)}>
        {t('managerEditPerson')}
      </button>
      <button type="button" onClick={() => controls.onMerge(person)}>
        {t('managerMerge')}
      </button>
      <button type="button" onClick={() => controls.onDelete(person)}>
        {t('managerDeletePerson')}
      </button>
    </div>
  );
}
