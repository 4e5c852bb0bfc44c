import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { ExportKind, ExportRequest, PackDetails } from '@/lib/core/manager-actions';
import type { Person } from '@/lib/core/records';
import type { ExportScope } from '@/lib/pack/scope';
import { fieldValue, Panel } from './Panel';

/** What the export dialog offers to export from: the people and tags to pick, and what is in view now. */
export interface ExportChoices {
  people: Person[];
  tags: string[];
  /** The statements the search and filters show, or null when nothing narrows the list. */
  inView: { has(id: string): boolean; readonly size: number } | null;
}

type ScopeKind = ExportScope['kind'];

/** The scope the form's fields describe, or null when its choice has nothing to pick (no people, no tags). */
export function scopeOf(kind: ScopeKind, personId: string, tag: string, choices: ExportChoices): ExportScope | null {
  if (kind === 'person') return personId ? { kind, personId } : null;
  if (kind === 'tag') return tag ? { kind, tag } : null;
  if (kind === 'statements') return choices.inView ? { kind, ids: choices.inView } : null;
  return { kind: 'all' };
}

/** The problems with the details as typed, naming each field; none when they can go in a pack. */
export function detailProblems(details: PackDetails): string[] {
  const fields: [keyof PackDetails, Parameters<typeof t>[0]][] = [
    ['name', 'exportFieldTitle'],
    ['author', 'exportFieldAuthor'],
    ['licence', 'exportFieldLicence'],
  ];
  return fields.filter(([key]) => !details[key]?.trim()).map(([, field]) => t('formErrorEmpty', t(field)));
}

/** One radio choice with its label. */
function radio<T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string) {
  return (
    <label class="choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} />
      {label}
    </label>
  );
}

/**
 * Export asks first: which format, which part of the library (all, the statements in view, one person, one
 * tag) and, for a pack, its title, author, licence and description, remembered from the last export.
 */
export function ExportDialog({
  choices,
  loadDetails,
  onExport,
  onCancel,
}: {
  choices: ExportChoices;
  loadDetails: () => Promise<PackDetails>;
  onExport: (request: ExportRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<ExportKind>('pack');
  const [scopeKind, setScopeKind] = useState<ScopeKind>(choices.inView ? 'statements' : 'all');
  const [personId, setPersonId] = useState(choices.people[0]?.id ?? '');
  const [tag, setTag] = useState(choices.tags[0] ?? '');
  const [details, setDetails] = useState<PackDetails | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    loadDetails().then(setDetails, () => setDetails(EMPTY_DETAILS));
  }, [loadDetails]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const scope = scopeOf(scopeKind, personId, tag, choices);
    const checkDetails = kind !== 'csv' && details;
    const problems = [...(checkDetails ? detailProblems(checkDetails) : []), ...(scope ? [] : [t('exportNothing')])];
    if (!scope || !details || problems.length > 0) return setErrors(problems);
    try {
      await onExport(kind === 'csv' ? { kind, scope } : { kind, scope, details });
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    }
  };
  const needsDetails = kind !== 'csv';
  return (
    <Panel title={t('exportDialogTitle')} errors={errors} onCancel={onCancel}>
      <form class="form export-form" noValidate onSubmit={submit}>
        <fieldset class="wide">
          <legend>{t('exportFormatLegend')}</legend>
          {radio('format', 'pack', kind, setKind, t('exportFormatPack'))}
          {radio('format', 'csv', kind, setKind, t('exportFormatCsv'))}
          {radio('format', 'annotations', kind, setKind, t('exportFormatAnnotations'))}
        </fieldset>
        <ScopeFields
          choices={choices}
          scopeKind={scopeKind}
          setScopeKind={setScopeKind}
          personId={personId}
          setPersonId={setPersonId}
          tag={tag}
          setTag={setTag}
        />
        {needsDetails && <DetailFields details={details} setDetails={setDetails} />}
        <div class="actions">
          <button type="submit" disabled={!details}>
            {t('exportSubmit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('exportCancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}

/** Which part of the library: all, the statements in view, one person, one tag (the last two with a pick). */
function ScopeFields(props: {
  choices: ExportChoices;
  scopeKind: ScopeKind;
  setScopeKind: (kind: ScopeKind) => void;
  personId: string;
  setPersonId: (id: string) => void;
  tag: string;
  setTag: (tag: string) => void;
}) {
  const { choices, scopeKind, setScopeKind } = props;
  return (
    <fieldset class="wide">
      <legend>{t('exportScopeLegend')}</legend>
      {radio('scope', 'all', scopeKind, setScopeKind, t('exportScopeAll'))}
      {choices.inView &&
        radio('scope', 'statements', scopeKind, setScopeKind, t('exportScopeSelection', choices.inView.size))}
      {choices.people.length > 0 && radio('scope', 'person', scopeKind, setScopeKind, t('exportScopePerson'))}
      {scopeKind === 'person' && (
        <label>
          {t('exportPersonLabel')}
          <select value={props.personId} onChange={(e) => props.setPersonId(fieldValue(e))}>
            {choices.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {choices.tags.length > 0 && radio('scope', 'tag', scopeKind, setScopeKind, t('exportScopeTag'))}
      {scopeKind === 'tag' && (
        <label>
          {t('exportTagLabel')}
          <select value={props.tag} onChange={(e) => props.setTag(fieldValue(e))}>
            {choices.tags.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

const EMPTY_DETAILS: PackDetails = { name: '', author: '', licence: '' };

/** The pack's title, author, licence and description, as the importer's preview will show them. */
function DetailFields({
  details,
  setDetails,
}: {
  details: PackDetails | null;
  setDetails: (update: (d: PackDetails | null) => PackDetails) => void;
}) {
  const detail = (key: keyof PackDetails) => ({
    value: details?.[key] ?? '',
    onInput: (e: Event) => {
      const value = fieldValue(e);
      setDetails((d) => ({ ...(d ?? EMPTY_DETAILS), [key]: value }));
    },
  });
  return (
    <fieldset class="wide details">
      <legend>{t('exportDetailsLegend')}</legend>
      <label>
        {t('exportDetailsTitle')}
        <input required {...detail('name')} />
      </label>
      <label>
        {t('exportDetailsAuthor')}
        <input required {...detail('author')} />
      </label>
      <label>
        {t('exportDetailsLicence')}
        <input required {...detail('licence')} />
      </label>
      <label>
        {t('exportDetailsDescription')}
        <textarea rows={2} {...detail('description')} />
      </label>
    </fieldset>
  );
}
