import * as v from 'valibot';
import {
  type Pack,
  PackEnvelopeSchema,
  type PackPerson,
  PackPersonSchema,
  type PackRelation,
  PackRelationSchema,
  type PackStatement,
  PackStatementSchema,
} from './schema';

/** A checked pack, or every problem found, each naming its record and field. */
export type ParsedPack = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** Enough problems to fix a file; past this the file is probably not a pack at all. */
const MAX_ERRORS = 50;

/**
 * Checks untrusted input (a file a reader picked, the bundled starter pack) record by record, then the links
 * between records, so nothing half-valid reaches the database and the reader learns exactly what to fix.
 */
export function parsePack(input: unknown): ParsedPack {
  const envelope = v.safeParse(PackEnvelopeSchema, input);
  if (!envelope.success) return { ok: false, errors: envelope.issues.map((i) => describe('pack', i)) };
  const raw = envelope.output;
  const errors: string[] = [];
  const people = records('people', raw.people, PackPersonSchema, errors) as PackPerson[];
  const statements = records('statements', raw.statements, PackStatementSchema, errors) as PackStatement[];
  const relations = records('relations', raw.relations, PackRelationSchema, errors) as PackRelation[];
  if (errors.length === 0) checkLinks(people, statements, relations, errors);
  if (errors.length > 0) return { ok: false, errors: cap(errors) };
  return {
    ok: true,
    pack: { format: raw.format, version: raw.version, meta: raw.meta, people, statements, relations },
  };
}

function records<S extends v.GenericSchema>(list: string, items: unknown[], schema: S, errors: string[]) {
  const out: v.InferOutput<S>[] = [];
  items.forEach((item, i) => {
    const result = v.safeParse(schema, item);
    if (result.success) out.push(result.output);
    else for (const issue of result.issues) errors.push(describe(recordName(list, i, item), issue));
  });
  return out;
}

function checkLinks(people: PackPerson[], statements: PackStatement[], relations: PackRelation[], errors: string[]) {
  const personIds = unique('people', people, errors);
  const statementIds = unique('statements', statements, errors);
  unique('relations', relations, errors);
  statements.forEach((s, i) => {
    if (!personIds.has(s.personId))
      errors.push(`${recordName('statements', i, s)}: personId "${s.personId}" is not a person in this pack`);
  });
  relations.forEach((r, i) => {
    for (const end of ['fromId', 'toId'] as const)
      if (!statementIds.has(r[end]))
        errors.push(`${recordName('relations', i, r)}: ${end} "${r[end]}" is not a statement in this pack`);
    if (r.fromId === r.toId) errors.push(`${recordName('relations', i, r)}: relates a statement to itself`);
  });
}

function unique(list: string, items: { id: string }[], errors: string[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) errors.push(`${recordName(list, i, item)}: id "${item.id}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}

/** "people[2] (id "p-wang-yi")", so a reader can find the record in the file. */
function recordName(list: string, index: number, item: unknown): string {
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `${list}[${index}] (id "${id.slice(0, 80)}")` : `${list}[${index}]`;
}

function describe(where: string, issue: v.BaseIssue<unknown>): string {
  const field = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('');
  const name = field.replace(/^\./, '');
  if (!name) return `${where}: ${issue.message}`;
  return /^[a-z]/.test(issue.message) ? `${where}: ${name} ${issue.message}` : `${where}: ${name}: ${issue.message}`;
}

function cap(errors: string[]): string[] {
  return errors.length <= MAX_ERRORS
    ? errors
    : [...errors.slice(0, MAX_ERRORS), `... and ${errors.length - MAX_ERRORS} more`];
}
