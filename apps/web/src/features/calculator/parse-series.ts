import { parseNumber } from './parse-number';

/** A series read from pasted text or a CSV file. */
export interface ParsedSeries {
  values: (number | null)[];
  /** Present when the lines have a label column. */
  labels: string[] | null;
  /** Present when the lines have a denominator column. */
  denominators: (number | null)[] | null;
  /** The 1-based source line of each point (for error messages). */
  lines: number[];
}

export type ParseError =
  | { kind: 'noData' }
  | { kind: 'number'; line: number; text: string }
  | { kind: 'columns'; line: number; found: number; expected: number }
  | { kind: 'tooManyColumns'; line: number };

export type ParseOutcome = { ok: true; series: ParsedSeries } | { ok: false; errors: ParseError[] };

type Delimiter = '\t' | ';' | ',' | null;
const MAX_ERRORS = 10;
const DECIMAL_COMMA_NUMBER = /^\s*"?[-+]?\d[\d. ]*(,\d+)?%?"?\s*$/;

/**
 * The column separator: tab, then semicolon (Dutch spreadsheets), then comma. A comma counts as a
 * separator only when some line is not simply a number with a decimal comma ("12,5").
 */
function detectDelimiter(lines: readonly string[]): Delimiter {
  if (lines.some((l) => l.includes('\t'))) return '\t';
  if (lines.some((l) => l.includes(';'))) return ';';
  if (lines.some((l) => l.includes(',')) && !lines.every((l) => DECIMAL_COMMA_NUMBER.test(l))) return ',';
  return null;
}

const unquote = (field: string) =>
  field
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
const split = (line: string, delimiter: Delimiter) =>
  (delimiter === null ? [line] : line.split(delimiter)).map(unquote);

/** A first line whose value column holds words (e.g. "maand;aantal;noemer") is a header. */
function isHeader(fields: readonly string[]): boolean {
  const value = fields.length === 1 ? fields[0]! : fields[1]!;
  return parseNumber(value) === undefined && /\p{L}/u.test(value);
}

interface Row {
  line: number;
  fields: string[];
}

function dataRows(text: string): { rows: Row[]; delimiter: Delimiter } {
  const numbered = text.split(/\r\n|\r|\n/).map((raw, k) => ({ line: k + 1, raw }));
  const content = numbered.filter((l) => l.raw.trim() !== '' && !l.raw.trimStart().startsWith('#'));
  const delimiter = detectDelimiter(content.map((l) => l.raw));
  const rows = content.map((l) => ({ line: l.line, fields: split(l.raw, delimiter) }));
  if (rows.length > 0 && isHeader(rows[0]!.fields)) rows.shift();
  return { rows, delimiter };
}

/** Reads one row into the series, or records why it cannot. */
function readRow(row: Row, columns: number, series: ParsedSeries, errors: ParseError[]): void {
  const { line, fields } = row;
  if (fields.length > 3) return void errors.push({ kind: 'tooManyColumns', line });
  if (fields.length !== columns)
    return void errors.push({ kind: 'columns', line, found: fields.length, expected: columns });
  const valueText = columns === 1 ? fields[0]! : fields[1]!;
  const value = parseNumber(valueText);
  if (value === undefined) errors.push({ kind: 'number', line, text: valueText });
  series.values.push(value ?? null);
  series.lines.push(line);
  if (columns >= 2) series.labels!.push(fields[0]!);
  if (columns === 3) {
    const denominator = parseNumber(fields[2]!);
    if (denominator === undefined) errors.push({ kind: 'number', line, text: fields[2]! });
    series.denominators!.push(denominator ?? null);
  }
}

/**
 * Parses a pasted series: one value per line, or `label;value[;denominator]` separated by semicolons, tabs
 * or commas (with a comma separator, decimals need a point). Dutch decimal commas, blank lines, `#`
 * comments and a header line are accepted; missing values ("", "-", "NA") become null. Every line must
 * have the same number of columns. At most ten errors are reported, each with its line number.
 */
export function parseSeries(text: string): ParseOutcome {
  const { rows } = dataRows(text);
  if (rows.length === 0) return { ok: false, errors: [{ kind: 'noData' }] };
  const columns = Math.min(rows[0]!.fields.length, 3);
  const series: ParsedSeries = {
    values: [],
    labels: columns >= 2 ? [] : null,
    denominators: columns === 3 ? [] : null,
    lines: [],
  };
  const errors: ParseError[] = [];
  for (const row of rows) {
    readRow(row, columns, series, errors);
    if (errors.length >= MAX_ERRORS) break;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, series };
}
