/**
 * The columns of the statements CSV, shared by its writer and its reader so the two cannot drift. One row
 * per statement; a cell holding a list has one entry per line, and the source and relation columns are read
 * line by line together (the second source's title is on the second line of `source_titles`).
 */

/** Every column, in the order the export writes them. */
export const CSV_COLUMNS = [
  'id',
  'person',
  'person_id',
  'person_kind',
  'person_aliases',
  'person_roles',
  'date',
  'venue',
  'text',
  'tags',
  'source_urls',
  'source_titles',
  'source_outlets',
  'source_dates',
  'context_before',
  'context_after',
  'relations',
  'relation_notes',
  'relation_ids',
  'relation_labelled_by',
] as const;

/** One column's name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns a CSV must have to be read as statements at all. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['person', 'text'];

/** What separates a role's title and dates inside one line of `person_roles`. */
export const ROLE_SEPARATOR = ' | ';

/**
 * What a spreadsheet may read as the start of a formula: = + - @, their full-width forms (some spreadsheets
 * fold them to ASCII), and tab, carriage return or newline (which some strip before looking).
 */
export const FORMULA_START = /^'*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/u;

/** A cell's lines, for list columns; an empty cell is an empty list. */
export function cellLines(cell: string | undefined): string[] {
  return cell ? cell.split(/\r\n|\n|\r/) : [];
}

/** An entry of a list cell on one line: line breaks inside it become spaces, so the lines stay in step. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\n|\r/g, ' ');
}
