import * as v from 'valibot';
import { checkKeys } from './check-keys';
import { describeRejection, type Rejection } from './describe-rejection';
import {
  type Pack,
  PackEnvelopeSchema,
  PackPersonSchema,
  PackRelationSchema,
  PackReviewSchema,
  PackStatementSchema,
} from './pack-schema';
import { problemText } from './problems';
import { isWellFormed, WITHIN_LIMITS } from './well-formed';

/** A pack whose envelope is sound: its valid records, and every record left out with the reason. */
export type CheckedPack = { ok: true; pack: Pack; rejected: Rejection[] } | { ok: false; errors: string[] };

/** A checked pack, or every problem found, each naming its record and field. */
export type ParsedPack = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** Enough problems to fix a file; past this the file is probably not a pack at all. */
const MAX_ERRORS = 50;

export { describeRejection, type Rejection };

/**
 * Checks untrusted input (a file a reader picked, the bundled starter pack) record by record, then the links
 * between records. Returns the records that passed, and each one that did not with its reason, so an import
 * can preview what it would leave out. A broken envelope (wrong format or version, no lists) fails outright.
 * A pack the product built from records it already checked (lib/pack/well-formed.ts) has only its limits checked.
 */
export function checkPack(input: unknown): CheckedPack {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, errors: [`pack: ${problemText('notPackObject', kindOf(input))}`] };
  const trusted = isWellFormed(input);
  // A trusted pack's keys are the product's own: none can reach a prototype or nest deeply.
  const keyProblems = trusted ? [] : checkKeys(input);
  if (keyProblems.length > 0) return { ok: false, errors: cap(keyProblems) };
  const envelope = v.safeParse(PackEnvelopeSchema, input);
  if (!envelope.success) return { ok: false, errors: cap(envelope.issues.map((i) => describe('pack', i))) };
  const raw = envelope.output;
  const rejected: Rejection[] = [];
  const people = records('people', raw.people, PackPersonSchema, rejected, trusted);
  const statements = records('statements', raw.statements, PackStatementSchema, rejected, trusted);
  const relations = records('relations', raw.relations, PackRelationSchema, rejected, trusted);
  const reviews = records('reviews', raw.reviews, PackReviewSchema, rejected, trusted);
  const given = {
    people: idsOf(raw.people),
    statements: idsOf(raw.statements),
  };
  const personIds = unique('people', people, rejected);
  const okPeople = people.filter((p) => personIds.has(p.index));
  const knownPeople = new Set(okPeople.map((p) => p.value.id));
  const okStatements = linked('statements', unique('statements', statements, rejected), statements, rejected, (s) =>
    link('personId', s.personId, knownPeople, given.people, 'person'),
  );
  const knownStatements = new Set(okStatements.map((s) => s.value.id));
  const okRelations = linked('relations', unique('relations', relations, rejected), relations, rejected, (r) =>
    r.fromId === r.toId
      ? problemText('selfRelation')
      : (link('fromId', r.fromId, knownStatements, given.statements, 'statement') ??
        link('toId', r.toId, knownStatements, given.statements, 'statement')),
  );
  // A review stands without a claimant or a statement; one it names must be in the pack.
  const okReviews = linked(
    'reviews',
    unique('reviews', reviews, rejected),
    reviews,
    rejected,
    (r) =>
      (r.claimantId === null ? undefined : link('claimantId', r.claimantId, knownPeople, given.people, 'person')) ??
      (r.statementId === undefined
        ? undefined
        : link('statementId', r.statementId, knownStatements, given.statements, 'statement')),
  );
  rejected.sort((a, b) => LISTS.indexOf(a.list) - LISTS.indexOf(b.list) || a.index - b.index);
  const pack: Pack = {
    format: raw.format,
    version: raw.version,
    meta: raw.meta,
    people: okPeople.map((p) => p.value),
    statements: okStatements.map((s) => s.value),
    relations: okRelations.map((r) => r.value),
    reviews: okReviews.map((r) => r.value),
  };
  return { ok: true, pack, rejected };
}

/**
 * The strict reading: a pack with any rejected record is refused. Reports the records' own problems first;
 * broken links only when every record is sound, so one bad person does not bury the file under knock-ons.
 */
export function parsePack(input: unknown): ParsedPack {
  const checked = checkPack(input);
  if (!checked.ok) return checked;
  if (checked.rejected.length === 0) return { ok: true, pack: checked.pack };
  const own = checked.rejected.filter((r) => !r.knockOn);
  return { ok: false, errors: cap((own.length ? own : checked.rejected).map(describeRejection)) };
}

const LISTS = ['people', 'statements', 'relations', 'reviews'] as const;
type Indexed<T> = { index: number; value: T };

function records<S extends v.GenericSchema>(
  list: Rejection['list'],
  items: unknown[],
  schema: S,
  rejected: Rejection[],
  trusted: boolean,
): Indexed<v.InferOutput<S>>[] {
  const out: Indexed<v.InferOutput<S>>[] = [];
  const fits = WITHIN_LIMITS[list];
  items.forEach((item, index) => {
    // Already in the schema's output shape: kept as it is when it fits the limits, else read by the schema.
    if (trusted && item !== null && typeof item === 'object' && fits(item as Record<string, unknown>)) {
      out.push({ index, value: item as v.InferOutput<S> });
      return;
    }
    const result = v.safeParse(schema, item);
    if (result.success) out.push({ index, value: result.output });
    else
      for (const issue of result.issues)
        rejected.push({ list, index, record: recordName(list, index, item), problem: field(issue), knockOn: false });
  });
  return out;
}

/** Indexes of records whose id was not seen earlier in the list; later copies are rejected. */
function unique(list: Rejection['list'], items: Indexed<{ id: string }>[], rejected: Rejection[]): Set<number> {
  const seen = new Set<string>();
  const kept = new Set<number>();
  for (const { index, value } of items) {
    if (seen.has(value.id)) {
      const problem = problemText('usedTwice', 'id', value.id);
      rejected.push({ list, index, record: recordName(list, index, value), problem, knockOn: false });
    } else kept.add(index);
    seen.add(value.id);
  }
  return kept;
}

function linked<T extends { id: string }>(
  list: Rejection['list'],
  kept: Set<number>,
  items: Indexed<T>[],
  rejected: Rejection[],
  problemOf: (item: T) => { problem: string; knockOn: boolean } | string | undefined,
): Indexed<T>[] {
  return items.filter(({ index, value }) => {
    if (!kept.has(index)) return false;
    const found = problemOf(value);
    if (!found) return true;
    const { problem, knockOn } = typeof found === 'string' ? { problem: found, knockOn: false } : found;
    rejected.push({ list, index, record: recordName(list, index, value), problem, knockOn });
    return false;
  });
}

function link(end: string, id: string, known: Set<string>, given: Set<string>, what: 'person' | 'statement') {
  if (known.has(id)) return undefined;
  const person = what === 'person';
  return given.has(id)
    ? { problem: problemText(person ? 'personRejected' : 'statementRejected', end, id), knockOn: true }
    : { problem: problemText(person ? 'noPerson' : 'noStatement', end, id), knockOn: false };
}

function idsOf(items: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items)
    if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string')
      ids.add((item as { id: string }).id.trim());
  return ids;
}

/** "people[2] (id "p-wang-yi")", so a reader can find the record in the file. */
function recordName(list: string, index: number, item: unknown): string {
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? `${list}[${index}] (id "${id.slice(0, 80)}")` : `${list}[${index}]`;
}

function field(issue: v.BaseIssue<unknown>): string {
  const name = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  const message = plain(issue);
  if (!name) return message;
  return /^[a-z]/.test(message) ? `${name} ${message}` : `${name}: ${message}`;
}

const TYPE_NAMES: Record<string, string> = { string: 'text', Array: 'a list', Object: 'an object', number: 'a number' };

/** Valibot's default messages in a reader's words: "is missing", "is not text (found 1234)". */
function plain(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || !issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.received === 'undefined') return problemText('missing');
  const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? '';
  return problemText('wrongKind', expected, issue.received.slice(0, 40));
}

function describe(where: string, issue: v.BaseIssue<unknown>): string {
  return `${where}: ${field(issue)}`;
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  return typeof x === 'string' ? 'a string' : typeof x === 'number' ? 'a number' : `a ${typeof x}`;
}

function cap(errors: string[]): string[] {
  return errors.length <= MAX_ERRORS
    ? errors
    : [...errors.slice(0, MAX_ERRORS), problemText('more', errors.length - MAX_ERRORS)];
}
