/**
 * The statements CSV (lib/pack/export-csv.ts) read back as a pack, so a CSV import goes through the same
 * checks, preview and all-or-nothing write as a JSON pack. Each record remembers the file line it came from,
 * so a rejected record is named by its row.
 */
import type { Relation, Source } from '@/lib/core/records';
import { type CsvColumn, cellLines, REQUIRED_CSV_COLUMNS, ROLE_SEPARATOR } from './csv-columns';
import { parseCsv } from './csv-parse';
import { PACK_FORMAT, PACK_VERSION, type PackMeta } from './pack-schema';

/** A CSV turned into a pack-shaped object for checkPack, with each record's file line per list. */
export type CsvPack =
  | {
      ok: true;
      pack: Record<string, unknown>;
      lines: { people: number[]; statements: number[]; relations: number[] };
    }
  | { ok: false; missing: string[] };

type Cells = (column: CsvColumn) => string;

/** Undoes the export's formula guard: one apostrophe before a formula character was added, not written. */
function unguard(cell: string): string {
  return /^'+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/u.test(cell) ? cell.slice(1) : cell;
}

/** Sets a key only for a non-empty value, so an empty cell reads as an absent field, not an empty one. */
function withValue<T extends object>(record: T, key: string, value: string | undefined): T {
  return value ? { ...record, [key]: value } : record;
}

function sourcesOf(cell: Cells): Source[] {
  const [titles, outlets, dates] = [
    cellLines(cell('source_titles')),
    cellLines(cell('source_outlets')),
    cellLines(cell('source_dates')),
  ];
  return cellLines(cell('source_urls')).map((url, i) => {
    let source: Source = { url };
    source = withValue(source, 'title', titles[i]);
    source = withValue(source, 'outlet', outlets[i]);
    return withValue(source, 'publishedAt', dates[i]);
  });
}

function personOf(cell: Cells, id: string): Record<string, unknown> {
  const roles = cellLines(cell('person_roles')).map((line) => {
    const [title = '', from, to] = line.split(ROLE_SEPARATOR.trim()).map((x) => x.trim());
    return withValue(withValue({ title }, 'from', from), 'to', to);
  });
  const kind = cell('person_kind');
  return { id, name: cell('person'), aliases: cellLines(cell('person_aliases')), roles, ...(kind ? { kind } : {}) };
}

function statementOf(cell: Cells, id: string, personId: string): Record<string, unknown> {
  let statement: Record<string, unknown> = {
    id,
    personId,
    text: cell('text'),
    sources: sourcesOf(cell),
    tags: cellLines(cell('tags')),
  };
  statement = withValue(statement, 'date', cell('date'));
  statement = withValue(statement, 'venue', cell('venue'));
  const [prefix, suffix] = [cell('context_before'), cell('context_after')];
  return prefix || suffix ? { ...statement, context: { prefix, suffix } } : statement;
}

function relationsOf(cell: Cells, fromId: string, labelledBy: string): Omit<Relation, 'createdAt'>[] {
  const [notes, ids, labellers] = [
    cellLines(cell('relation_notes')),
    cellLines(cell('relation_ids')),
    cellLines(cell('relation_labelled_by')),
  ];
  return cellLines(cell('relations')).map((line, i) => {
    const [type = '', toId = ''] = line.trim().split(/\s+/);
    return {
      id: ids[i] || `r-${fromId}-${toId}-${type}`,
      fromId,
      toId,
      type: type as Relation['type'],
      note: notes[i] ?? '',
      labelledBy: labellers[i] || labelledBy,
    };
  });
}

/**
 * Reads CSV text as a pack: a person per distinct `person_id` (or name, when the file has no ids), a
 * statement per row, and the relations each row lists. `meta` describes the file (a CSV carries none);
 * `labelledBy` names who labelled a relation whose row does not say.
 */
export function csvToPack(text: string, meta: PackMeta, labelledBy: string): CsvPack {
  const [header, ...rows] = parseCsv(text);
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (!header || missing.length > 0) return { ok: false, missing: [...missing] };
  const at = new Map(names.map((n, i) => [n, i]));
  const people = new Map<string, { record: Record<string, unknown>; line: number }>();
  const statements: Record<string, unknown>[] = [];
  const relations: Omit<Relation, 'createdAt'>[] = [];
  const lines = { people: [] as number[], statements: [] as number[], relations: [] as number[] };
  for (const row of rows) {
    const cell: Cells = (column) => unguard(row.cells[at.get(column) ?? -1] ?? '');
    const personId = cell('person_id') || `csv-person-${cell('person').trim().toLowerCase()}`;
    if (!people.has(personId)) people.set(personId, { record: personOf(cell, personId), line: row.line });
    const id = cell('id') || `csv-${row.line}`;
    statements.push(statementOf(cell, id, personId));
    lines.statements.push(row.line);
    for (const relation of relationsOf(cell, id, labelledBy)) {
      relations.push(relation);
      lines.relations.push(row.line);
    }
  }
  lines.people = [...people.values()].map((p) => p.line);
  const pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meta,
    people: [...people.values()].map((p) => p.record),
    statements,
    relations,
  };
  return { ok: true, pack, lines };
}

/** Whether a picked file is to be read as CSV: by its name, or a first line that is this CSV's header. */
export function looksLikeCsv(fileName: string, text: string): boolean {
  if (/\.csv$/i.test(fileName)) return true;
  const first = text.slice(0, 200).split(/\r?\n/, 1)[0] ?? '';
  return /^\s*"?id"?\s*,\s*"?person"?\s*,/i.test(first);
}
