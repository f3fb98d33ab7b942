/**
 * Tabular exports (CSV, XLSX), the pure part: shaping rows into a table of typed cells, neutralising
 * spreadsheet formula injection, and writing CSV text. The XLSX writer lives in the API
 * (apps/api/src/http/tabular-export.ts) because it needs a library with I/O.
 *
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell whose text starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. Text cells starting with one of
 * those get a leading apostrophe in CSV (Excel and LibreOffice show the text, not a formula) and
 * are stored as text in XLSX. A plain negative number written as text (`-12`, `-3,5`) is left as it is:
 * it cannot be a formula.
 */

/** One cell: numbers and dates keep their type (XLSX stores them natively); null is an empty cell. */
export type TabularCell = string | number | boolean | Date | null;

/** A column of an export: its header and how to read the cell from a row. */
export interface TabularColumn<Row> {
  header: string;
  value: (row: Row) => TabularCell | undefined;
}

/** A shaped table: a header row and rows of cells, each as long as the header. */
export interface Tabular {
  header: string[];
  rows: TabularCell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NEGATIVE_NUMBER = /^-\d+([.,]\d+)?$/;

/** True when a spreadsheet could run this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NEGATIVE_NUMBER.test(text);
}

/** Text with a leading apostrophe when a spreadsheet could run it as a formula. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Shapes rows into a table with the given columns (undefined becomes an empty cell). */
export function shapeTable<Row>(columns: readonly TabularColumn<Row>[], rows: readonly Row[]): Tabular {
  return {
    header: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => c.value(row) ?? null)),
  };
}

/** CSV dialects: `comma` with a decimal point (R, Python, English Excel) or `semicolon` with a decimal comma (Dutch Excel). */
export type CsvDelimiter = 'comma' | 'semicolon';

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  /** Prefix a UTF-8 byte order mark so Excel opens the file as UTF-8 (default true). */
  bom?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as ISO yyyy-mm-dd (UTC), or with the time when it has one: unambiguous for every spreadsheet. */
function isoDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hasTime = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0;
  return hasTime
    ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
    : day;
}

/** One CSV field: text neutralised, then quoted when it holds the delimiter, a quote or a line break. */
export function csvField(cell: TabularCell, delimiter: CsvDelimiter = 'comma'): string {
  const separator = delimiter === 'semicolon' ? ';' : ',';
  let text: string;
  if (cell === null) text = '';
  else if (typeof cell === 'number') {
    text = Number.isFinite(cell) ? String(cell) : '';
    if (delimiter === 'semicolon') text = text.replace('.', ',');
  } else if (typeof cell === 'boolean') text = cell ? 'true' : 'false';
  else if (cell instanceof Date) text = isoDate(cell);
  else text = neutraliseFormula(cell);
  const mustQuote = text.includes(separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text (RFC 4180 quoting, CRLF line ends, a BOM unless `bom: false`). */
export function toCsv(table: Tabular, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? 'comma';
  const separator = delimiter === 'semicolon' ? ';' : ',';
  const line = (cells: readonly TabularCell[]) => cells.map((c) => csvField(c, delimiter)).join(separator);
  const body = [line(table.header), ...table.rows.map(line)].join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
