/**
 * RFC 4180 CSV as spreadsheets read it: CRLF between rows, fields quoted when they hold a comma,
 * quote or line break, quotes doubled.
 */
const ROW_SEPARATOR = '\r\n';
const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(…) in an article
 * quote would be clickable, DDE payloads worse), so such text gets a leading apostrophe, which
 * spreadsheets show as text and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The file as one chunk per row, made as it is written (a large project's rows together are longer
 * than a string can be); the byte order mark makes Excel read UTF-8 instead of the system code page.
 */
export function* csvText(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  byteOrderMark: boolean,
): Generator<string> {
  yield `${byteOrderMark ? UTF8_BOM : ''}${line(header)}`;
  for (const row of rows) yield line(row);
}

function line(row: readonly CsvCell[]): string {
  return `${row.map(field).join(',')}${ROW_SEPARATOR}`;
}
