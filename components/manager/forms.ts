/** Turns what a reader typed into records, checked by the same rules as a pack, so edits and imports agree. */
import * as v from 'valibot';
import { parseTags } from '@/components/tags';
import { t } from '@/lib/core/i18n';
import type { Person, Relation, RelationType, Source, Statement } from '@/lib/core/records';
import { typedDate } from '@/lib/pack/dates';
import { PackPersonSchema, PackRelationSchema, PackStatementSchema } from '@/lib/pack/pack-schema';
import { issueMessage } from './field-messages';
import {
  blankRow,
  lines,
  patchPerson,
  patchRelation,
  patchStatement,
  type RelationText,
  type RoleRow,
  roleFromRow,
  roleRow,
} from './form-patch';

/** A new record id; random, so two devices' libraries can later be merged without clashes. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A checked record, or what to fix, one line per field. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** The statement form's fields, as typed. */
export interface StatementFields {
  personId: string;
  text: string;
  date: string;
  venue: string;
  url: string;
  outlet: string;
  sourceTitle: string;
  sourceDate: string;
  tags: string;
}

/** Values for the statement form: an existing statement's, or blanks. */
export function statementFields(s: Statement | undefined, personId: string): StatementFields {
  const src = s?.sources[0];
  return {
    personId: s?.personId ?? personId,
    text: s?.text ?? '',
    date: s?.date ?? '',
    venue: s?.venue ?? '',
    url: src?.url ?? '',
    outlet: src?.outlet ?? '',
    sourceTitle: src?.title ?? '',
    sourceDate: src?.publishedAt ?? '',
    tags: s?.tags.join(', ') ?? '',
  };
}

/**
 * A statement from the form. Editing patches the stored statement: only the fields the reader changed are
 * written, so a source's title and date, other sources and the text around the quote survive any edit.
 */
export function statementFromFields(f: StatementFields, base: Statement | undefined): FormResult<Statement> {
  if (base) return checkStatement(patchStatement(base, statementFields(base, base.personId), f));
  const first = f.url.trim() ? [newSource(f)] : [];
  const date = typedDate(f.date);
  return checkStatement({
    id: newId('s'),
    personId: f.personId,
    text: f.text.trim(),
    ...(date ? { date } : {}),
    ...(f.venue.trim() ? { venue: f.venue.trim() } : {}),
    sources: first,
    tags: parseTags(f.tags),
    createdAt: '',
    updatedAt: '',
  });
}

function newSource(f: StatementFields): Source {
  const source: Source = { url: f.url.trim() };
  const [outlet, title, publishedAt] = [f.outlet.trim(), f.sourceTitle.trim(), typedDate(f.sourceDate)];
  if (outlet) source.outlet = outlet;
  if (title) source.title = title;
  if (publishedAt) source.publishedAt = publishedAt;
  return source;
}

// Checked by the pack's rules; what is written is the record itself, so nothing the check would normalise in
// a field the reader left alone is rewritten.
function checkStatement(candidate: Statement): FormResult<Statement> {
  const { createdAt, updatedAt: _updated, ...record } = candidate;
  const checked = v.safeParse(PackStatementSchema, record);
  if (!checked.success) return { ok: false, errors: checked.issues.map(issueMessage) };
  return { ok: true, value: { ...candidate, createdAt, updatedAt: '' } };
}

/** The person form's fields, as typed: aliases one per line, roles as rows of title, from and to. */
export interface PersonFields {
  name: string;
  kind: 'person' | 'organisation';
  aliases: string;
  roles: RoleRow[];
}

export type { RoleRow } from './form-patch';

/** Values for the person form. */
export function personFields(p: Person | undefined): PersonFields {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'person',
    aliases: p?.aliases.join('\n') ?? '',
    roles: p?.roles.map(roleRow) ?? [],
  };
}

/** A person from the form; editing patches the stored person (see statementFromFields). */
export function personFromFields(f: PersonFields, base: Person | undefined): FormResult<Person> {
  const candidate: Person = base
    ? patchPerson(base, personFields(base), f)
    : {
        id: newId('p'),
        name: f.name.trim(),
        kind: f.kind,
        aliases: lines(f.aliases),
        roles: f.roles.filter((row) => !blankRow(row)).map(roleFromRow),
        createdAt: '',
        updatedAt: '',
      };
  const { createdAt, updatedAt: _updated, ...record } = candidate;
  const checked = v.safeParse(PackPersonSchema, record);
  if (!checked.success) return { ok: false, errors: checked.issues.map(issueMessage) };
  return { ok: true, value: { ...candidate, createdAt, updatedAt: '' } };
}

/** A relation from the relate form: `later` is the later statement (the relation's fromId). */
export function relationFrom(later: string, earlier: string, type: RelationType, note: string): FormResult<Relation> {
  const candidate = { id: newId('r'), fromId: later, toId: earlier, type, note: note.trim(), labelledBy: 'me' };
  const checked = v.safeParse(PackRelationSchema, candidate);
  if (!checked.success) return { ok: false, errors: checked.issues.map(issueMessage) };
  if (later === earlier) return { ok: false, errors: [t('formErrorSameStatement')] };
  return { ok: true, value: { ...checked.output, createdAt: '' } };
}

/** A stored relation with the reader's changes to its type or note, checked; everything else stays. */
export function relationEdited(base: Relation, now: RelationText): FormResult<Relation> {
  const edited = patchRelation(base, { type: base.type, note: base.note }, now);
  const { createdAt, ...record } = edited;
  const checked = v.safeParse(PackRelationSchema, record);
  if (!checked.success) return { ok: false, errors: checked.issues.map(issueMessage) };
  return { ok: true, value: { ...edited, createdAt } };
}

/** Of two statements, which is later: dated after undated, then by date; ties keep the given order. */
export function laterFirst(a: Statement, b: Statement): [Statement, Statement] {
  return (b.date ?? '') > (a.date ?? '') ? [b, a] : [a, b];
}
