/**
 * Statements as CSV for spreadsheets, and for moving records between libraries: one row per statement with
 * its speaker, sources and the relations it makes to earlier statements (by their ids), RFC 4180 quoting, no
 * formulas. lib/pack/import-csv.ts reads the same shape back.
 */
import type { Person, Relation, Statement } from '@/lib/core/records';
import { CSV_COLUMNS, type CsvColumn, FORMULA_START, oneLine, ROLE_SEPARATOR } from './csv-columns';

/** The records a CSV is written from; relations are listed on the row of their later statement (`fromId`). */
export interface CsvRecords {
  people: Person[];
  statements: Statement[];
  relations?: Relation[];
}

const lines = (items: readonly string[]) => items.map(oneLine).join('\n');

function personCells(person: Person | undefined, personId: string): Partial<Record<CsvColumn, string>> {
  return {
    person: person?.name ?? personId,
    person_id: personId,
    person_kind: person?.kind ?? '',
    person_aliases: lines(person?.aliases ?? []),
    person_roles: lines(
      (person?.roles ?? []).map((r) => [r.title, r.from ?? '', r.to ?? ''].join(ROLE_SEPARATOR).trimEnd()),
    ),
  };
}

function relationCells(made: Relation[]): Partial<Record<CsvColumn, string>> {
  return {
    relations: lines(made.map((r) => `${r.type} ${r.toId}`)),
    relation_notes: lines(made.map((r) => r.note)),
    relation_ids: lines(made.map((r) => r.id)),
    relation_labelled_by: lines(made.map((r) => r.labelledBy)),
  };
}

/** The statements as CSV text, people by name and id, with CRLF line ends as RFC 4180 asks. */
export function statementsToCsv(data: CsvRecords): string {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const byFrom = new Map<string, Relation[]>();
  for (const r of data.relations ?? []) byFrom.set(r.fromId, [...(byFrom.get(r.fromId) ?? []), r]);
  const rows = data.statements.map((s) => {
    const cells: Partial<Record<CsvColumn, string>> = {
      id: s.id,
      ...personCells(people.get(s.personId), s.personId),
      date: s.date ?? '',
      venue: s.venue ?? '',
      text: s.text,
      tags: lines(s.tags),
      source_urls: lines(s.sources.map((x) => x.url)),
      source_titles: lines(s.sources.map((x) => x.title ?? '')),
      source_outlets: lines(s.sources.map((x) => x.outlet ?? '')),
      source_dates: lines(s.sources.map((x) => x.publishedAt ?? '')),
      context_before: s.context?.prefix ?? '',
      context_after: s.context?.suffix ?? '',
      ...relationCells(byFrom.get(s.id) ?? []),
    };
    return CSV_COLUMNS.map((c) => cells[c] ?? '');
  });
  return `${[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One cell, quoted when it must be. A cell a spreadsheet could run as a formula (FORMULA_START) gets a
 * leading apostrophe: a statement's words come from packs anyone can write. Text that itself starts with
 * apostrophes before such a character gets one more, so reading it back removes exactly the one added.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
