/**
 * Edits are patches: a form shows a record as text fields, and saving writes back only the fields the reader
 * changed. A field left alone keeps the stored value exactly (a source's title and date, a role's dates, an
 * alias's spelling), even where the form could not show it or would write it differently.
 */

import { parseTags } from '@/components/tags';
import type { Person, Relation, Role, Source, Statement } from '@/lib/core/records';
import { typedDate } from '@/lib/pack/dates';

/** The fields whose value differs between the form as opened and as submitted (lists of rows by content). */
export function changedFields<F extends object>(opened: F, now: F): Set<keyof F> {
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  return new Set((Object.keys(now) as (keyof F)[]).filter((k) => !same(now[k], opened[k])));
}

/** One field's value written into a record: trimmed, or the key removed when emptied. */
function setOptional<T extends object, K extends keyof T>(record: T, key: K, text: string): void {
  const value = text.trim();
  if (value) record[key] = value as T[K];
  else delete record[key];
}

/** The text fields of a statement edited by the form. */
interface StatementText {
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

const SOURCE_FIELDS = ['url', 'outlet', 'sourceTitle', 'sourceDate'] as const;

/**
 * A stored statement with the changed form fields applied: the first source keeps whatever of its link,
 * outlet, title and date the reader left alone, and is removed only when its link is emptied; other sources
 * are never touched.
 */
export function patchStatement<F extends StatementText>(base: Statement, opened: F, now: F): Statement {
  const changed = changedFields(opened, now);
  const next: Statement = { ...base, sources: [...base.sources] };
  if (changed.has('personId')) next.personId = now.personId;
  if (changed.has('text')) next.text = now.text.trim();
  if (changed.has('date')) setOptional(next, 'date', typedDate(now.date));
  if (changed.has('venue')) setOptional(next, 'venue', now.venue);
  if (changed.has('tags')) next.tags = parseTags(now.tags);
  if (SOURCE_FIELDS.some((k) => changed.has(k))) next.sources = patchSources(base.sources, changed, now);
  return next;
}

function patchSources<F extends StatementText>(sources: Source[], changed: Set<keyof F>, now: F): Source[] {
  const first: Source | undefined = sources[0];
  const rest = sources.slice(1);
  const url = changed.has('url') ? now.url.trim() : (first?.url ?? '');
  if (!url) return rest;
  const source: Source = { ...first, url };
  if (changed.has('outlet') || !first) setOptional(source, 'outlet', now.outlet);
  if (changed.has('sourceTitle') || !first) setOptional(source, 'title', now.sourceTitle);
  if (changed.has('sourceDate') || !first) setOptional(source, 'publishedAt', typedDate(now.sourceDate));
  return [source, ...rest];
}

/** The text fields of a person edited by the form. */
interface PersonText {
  name: string;
  kind: 'person' | 'organisation';
  aliases: string;
  roles: RoleRow[];
}

/** One role as the form shows it: a row of three text fields. */
export interface RoleRow {
  title: string;
  from: string;
  to: string;
}

/** A stored role as its form row. */
export function roleRow(r: Role): RoleRow {
  return { title: r.title, from: r.from ?? '', to: r.to ?? '' };
}

/** A role from its form row: trimmed, dates as typed turned into the stored form ("2013/5" is "2013-05"). */
export function roleFromRow(row: RoleRow): Role {
  const [from, to] = [typedDate(row.from), typedDate(row.to)];
  return { title: row.title.trim(), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Whether the reader left every field of a row blank (a row added and never filled in). */
export function blankRow(row: RoleRow): boolean {
  return !row.title.trim() && !row.from.trim() && !row.to.trim();
}

/** Non-empty lines, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * A stored person with the changed form fields applied. In an edited list of aliases or roles, a line or row
 * left as it was keeps its stored entry exactly; only new or rewritten ones are read from the form.
 */
export function patchPerson<F extends PersonText>(base: Person, opened: F, now: F): Person {
  const changed = changedFields(opened, now);
  const next: Person = { ...base };
  if (changed.has('name')) next.name = now.name.trim();
  if (changed.has('kind')) next.kind = now.kind;
  if (changed.has('aliases')) {
    const kept = new Map(base.aliases.map((a) => [a.trim(), a]));
    next.aliases = lines(now.aliases).map((l) => kept.get(l) ?? l);
  }
  if (changed.has('roles')) {
    const key = (row: RoleRow) => JSON.stringify([row.title.trim(), row.from.trim(), row.to.trim()]);
    const kept = new Map(base.roles.map((r) => [key(roleRow(r)), r]));
    next.roles = now.roles.filter((row) => !blankRow(row)).map((row) => kept.get(key(row)) ?? roleFromRow(row));
  }
  return next;
}

/** The fields of a relation the reader can edit. */
export interface RelationText {
  type: Relation['type'];
  note: string;
}

/** A stored relation with the changed fields applied; its ends, labeller and date stay. */
export function patchRelation(base: Relation, opened: RelationText, now: RelationText): Relation {
  const changed = changedFields(opened, now);
  const next: Relation = { ...base };
  if (changed.has('type')) next.type = now.type;
  if (changed.has('note')) next.note = now.note.trim();
  return next;
}
