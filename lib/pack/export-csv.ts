/** Statements as CSV for spreadsheets: one row per statement, RFC 4180 quoting, no formulas. */
import type { Person, Statement } from '@/lib/core/records';

const COLUMNS = ['id', 'person', 'date', 'venue', 'text', 'tags', 'outlets', 'source_urls'] as const;

/** The library's statements as CSV text, people by name, with CRLF line ends as RFC 4180 asks. */
export function statementsToCsv(data: { people: Person[]; statements: Statement[] }): string {
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const rows = data.statements.map((s) => [
    s.id,
    names.get(s.personId) ?? s.personId,
    s.date ?? '',
    s.venue ?? '',
    s.text,
    s.tags.join('; '),
    s.sources
      .map((x) => x.outlet ?? '')
      .filter(Boolean)
      .join('; '),
    s.sources.map((x) => x.url).join(' '),
  ]);
  return `${[[...COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * What a spreadsheet may read as the start of a formula: = + - @, their full-width forms (some spreadsheets
 * fold them to ASCII), and tab, carriage return or newline (which some strip before looking).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/u;

/**
 * One cell, quoted when it must be. A cell a spreadsheet could run as a formula (FORMULA_START) gets a
 * leading apostrophe: a statement's words come from packs anyone can write.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
