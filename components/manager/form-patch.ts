/**
 * Edits are patches: a form shows a record as text fields, and saving writes back only the fields the reader
 * changed. A field left alone keeps the stored value exactly (a source's title and date, a role's dates, an
 * alias's spelling), even where the form could not show it or would write it differently.
 */

import { parseTags } from '@/components/tags';
import type { Person, Relation, Role, Source, Statement } from '@/lib/core/records';

/** The fields whose text differs between the form as opened and as submitted. */
export function changedFields<F extends object>(opened: F, now: F): Set<keyof F> {
  return new Set((Object.keys(now) as (keyof F)[]).filter((k) => now[k] !== opened[k]));
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
  tags: string;
}

/**
 * A stored statement with the changed form fields applied: the first source keeps its title and date when its
 * link or outlet is edited, and is removed only when its link is emptied; other sources are never touched.
 */
export function patchStatement<F extends StatementText>(base: Statement, opened: F, now: F): Statement {
  const changed = changedFields(opened, now);
  const next: Statement = { ...base, sources: [...base.sources] };
  if (changed.has('personId')) next.personId = now.personId;
  if (changed.has('text')) next.text = now.text.trim();
  if (changed.has('date')) setOptional(next, 'date', now.date);
  if (changed.has('venue')) setOptional(next, 'venue', now.venue);
  if (changed.has('tags')) next.tags = parseTags(now.tags);
  if (changed.has('url') || changed.has('outlet')) {
    const first: Source | undefined = base.sources[0];
    const rest = base.sources.slice(1);
    const url = changed.has('url') ? now.url.trim() : (first?.url ?? '');
    if (!url) next.sources = rest;
    else {
      const source: Source = { ...first, url };
      if (changed.has('outlet') || !first) setOptional(source, 'outlet', now.outlet);
      next.sources = [source, ...rest];
    }
  }
  return next;
}

/** The text fields of a person edited by the form. */
interface PersonText {
  name: string;
  kind: 'person' | 'organisation';
  aliases: string;
  roles: string;
}

/** A role as its form line: "title | from | to", trailing empty parts dropped. */
export function roleLine(r: Role): string {
  return [r.title, r.from ?? '', r.to ?? ''].join(' | ').replace(/( \| )+$/, '');
}

/** A role from its form line. */
export function parseRole(line: string): Role {
  const [title = '', from = '', to = ''] = line.split('|').map((x) => x.trim());
  return { title, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Non-empty lines, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * A stored person with the changed form fields applied. In an edited list of aliases or roles, a line left as
 * it was keeps its stored entry exactly; only new or rewritten lines are read from the text.
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
    const kept = new Map(base.roles.map((r) => [roleLine(r).trim(), r]));
    next.roles = lines(now.roles).map((l) => kept.get(l) ?? parseRole(l));
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
