/** RFC 4180 CSV read into rows of cells: quoted cells may hold commas, quotes ("") and line breaks. */

/** The rows of a CSV text, each with its 1-based line number in the file (where a spreadsheet shows it). */
export interface CsvRow {
  line: number;
  cells: string[];
}

// One cell at a time from where the last one ended: a quoted cell (with "" for a quote inside) or a bare one,
// then what ends it (a comma, a line end, or the end of the text). Sticky, so no text is copied to scan it.
const CELL = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|\n|\r|$)/y;

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n + (text.match(/\r(?!\n)/g)?.length ?? 0);
}

/** Every row of the text; CRLF, LF and CR all end a row, a blank line is no row. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  CELL.lastIndex = 0;
  while (CELL.lastIndex < text.length) {
    const at = CELL.lastIndex;
    const m = CELL.exec(text);
    let cell: string;
    let end: string;
    if (m) {
      const quoted = m[1];
      cell = quoted !== undefined ? quoted.replace(/""/g, '"') : (m[2] ?? '');
      if (quoted) line += countLines(quoted);
      end = m[3] ?? '';
    } else {
      // A quote inside a bare cell is not RFC 4180: read the rest of that cell as it stands.
      const stop = /,|\r\n|\n|\r|$/.exec(text.slice(at));
      const length = stop?.index ?? text.length - at;
      cell = text.slice(at, at + length);
      end = stop?.[0] ?? '';
      CELL.lastIndex = at + length + end.length;
    }
    cells.push(cell);
    if (end === ',') continue;
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    line++;
    rowLine = line;
    if (end === '') break;
  }
  if (cells.length > 0) rows.push({ line: rowLine, cells: [...cells, ''] });
  return rows;
}
