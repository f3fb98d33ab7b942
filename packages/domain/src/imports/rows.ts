import { CODE_PATTERN } from '../indicators/definition';
import type { CsvRecord } from './csv';
import type { AggregateField, PatientField, ResolvedMapping } from './mapping';
import type { AggregateRow, ImportIssue, ImportKind, IssueReason, PatientRow, RowResult } from './types';
import { issue } from './types';
import { MAX_YEAR, MIN_YEAR, parseDate, parseDecimal, parseInteger, parseSex } from './values';

/** What validation knows beyond the file: the organisation's codes (null: any well-formed code goes). */
export interface ValidationContext {
  kind: ImportKind;
  /** Observation codes the organisation's indicators use; unknown codes are an issue. Null: not checked. */
  knownCodes: ReadonlySet<string> | null;
  /** Indicator codes of the organisation (aggregate imports). Null: not checked. */
  knownIndicators: ReadonlySet<string> | null;
}

export const TEXT_MAX = { pseudonym: 100, carePath: 100, unit: 50, timepoint: 50, valueText: 1000 } as const;

/**
 * Remembers the natural key of every row seen, as a 53-bit hash in an open-addressing table of
 * doubles (a million rows take 16–32 MB, not the keys' text nor a Set's boxed numbers), so a row
 * that repeats an earlier one of the same file is reported.
 */
export class DuplicateDetector {
  private table = new Float64Array(1 << 16);
  private size = 0;
  /** True when the key was seen before. */
  check(key: string): boolean {
    return this.insert(hash53(key) || 1);
  }
  private insert(h: number): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    let i = (h >>> 0) & mask;
    for (;;) {
      const v = this.table[i]!;
      if (v === 0) {
        this.table[i] = h;
        this.size++;
        return false;
      }
      if (v === h) return true;
      i = (i + 1) & mask;
    }
  }
  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.size = 0;
    for (const v of old) if (v !== 0) this.insert(v);
  }
}

function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

type Cell = { column: string; text: string };

/**
 * Checks the fields of one patient-level row, whichever source they came from. `cell(field)` gives the
 * field's text and the name to report it under (header or FHIR path), or undefined when not present.
 */
export function checkPatientRow(
  line: number,
  cell: (f: PatientField) => Cell | undefined,
  ctx: ValidationContext,
  duplicates: DuplicateDetector,
): { row: PatientRow | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const bad = (c: Cell, reason: IssueReason) => issues.push(issue(line, c.column, c.text, reason));
  const text = (f: PatientField & keyof typeof TEXT_MAX): string | null => {
    const c = cell(f);
    const v = c?.text.trim() ?? '';
    if (v === '') return null;
    if (v.length > TEXT_MAX[f]) bad(c!, 'too-long');
    return v;
  };
  const parsed = <T>(
    f: PatientField,
    parse: (raw: string) => T | null | undefined,
    reason: IssueReason,
  ): T | null => {
    const c = cell(f);
    if (!c) return null;
    const v = parse(c.text);
    if (v === undefined) {
      bad(c, reason);
      return null;
    }
    return v;
  };

  const pseudonymCell = cell('pseudonym');
  const pseudonym = text('pseudonym');
  if (pseudonym === null) issues.push(issue(line, pseudonymCell?.column ?? 'pseudonym', '', 'required'));
  const birthYear = parsed('birthYear', parseInteger, 'invalid-integer');
  if (birthYear !== null && (birthYear < MIN_YEAR || birthYear > MAX_YEAR))
    bad(cell('birthYear')!, 'out-of-range');
  const sex = parsed('sex', parseSex, 'invalid-sex');
  const carePath = text('carePath');
  const startDate = parsed('startDate', parseDate, 'invalid-date');
  if (
    carePath !== null &&
    startDate === null &&
    !issues.some((i) => i.column === cell('startDate')?.column)
  ) {
    issues.push(issue(line, cell('startDate')?.column ?? 'startDate', '', 'required'));
  }

  const codeCell = cell('code');
  const code = codeCell?.text.trim() || null;
  const valueNumber = parsed('value', parseDecimal, 'invalid-number');
  const valueText = text('valueText');
  const unit = text('unit');
  const effectiveDate = parsed('effectiveDate', parseDate, 'invalid-date');
  const timepoint = text('timepoint');
  const hasObservationData =
    code !== null ||
    (cell('value')?.text.trim() ?? '') !== '' ||
    valueText !== null ||
    (cell('effectiveDate')?.text.trim() ?? '') !== '';
  if (hasObservationData) {
    if (code === null) issues.push(issue(line, codeCell?.column ?? 'code', '', 'required'));
    else if (!CODE_PATTERN.test(code)) bad(codeCell!, 'invalid-code');
    else if (ctx.knownCodes && !ctx.knownCodes.has(code)) bad(codeCell!, 'unknown-code');
    const dateCell = cell('effectiveDate');
    if (effectiveDate === null && !issues.some((i) => i.column === dateCell?.column))
      issues.push(issue(line, dateCell?.column ?? 'effectiveDate', '', 'required'));
    const valueCell = cell('value') ?? cell('valueText');
    if (valueNumber === null && valueText === null && !issues.some((i) => i.column === valueCell?.column))
      issues.push(issue(line, valueCell?.column ?? 'value', '', 'required'));
  }
  if (issues.length > 0) return { row: null, issues };
  if (
    hasObservationData &&
    duplicates.check(`${pseudonym!}\u0000${code!}\u0000${effectiveDate!}\u0000${timepoint ?? ''}`)
  ) {
    return { row: null, issues: [issue(line, codeCell?.column ?? null, code, 'duplicate-row')] };
  }
  return {
    row: {
      pseudonym: pseudonym!,
      birthYear,
      sex,
      carePath: startDate === null ? null : (carePath ?? ''),
      startDate,
      code: hasObservationData ? code : null,
      valueNumber: hasObservationData ? valueNumber : null,
      valueText: hasObservationData ? valueText : null,
      unit: hasObservationData ? unit : null,
      effectiveDate: hasObservationData ? effectiveDate : null,
      timepoint: hasObservationData ? timepoint : null,
    },
    issues,
  };
}

/** Checks the fields of one aggregate row (team × indicator × period). */
export function checkAggregateRow(
  line: number,
  cell: (f: AggregateField) => Cell | undefined,
  ctx: ValidationContext,
  duplicates: DuplicateDetector,
): { row: AggregateRow | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const num = (f: AggregateField): number | null => {
    const c = cell(f);
    if (!c) return null;
    const v = parseDecimal(c.text);
    if (v === undefined) issues.push(issue(line, c.column, c.text, 'invalid-number'));
    else if (v !== null && v < 0 && f !== 'value') issues.push(issue(line, c.column, c.text, 'out-of-range'));
    return v ?? null;
  };
  const codeCell = cell('indicatorCode');
  const indicatorCode = codeCell?.text.trim() ?? '';
  if (indicatorCode === '') issues.push(issue(line, codeCell?.column ?? 'indicatorCode', '', 'required'));
  else if (ctx.knownIndicators && !ctx.knownIndicators.has(indicatorCode))
    issues.push(issue(line, codeCell!.column, indicatorCode, 'unknown-indicator'));
  const periodCell = cell('periodStart');
  const periodStart = periodCell ? parseDate(periodCell.text) : null;
  if (periodStart === undefined)
    issues.push(issue(line, periodCell!.column, periodCell!.text, 'invalid-date'));
  else if (periodStart === null)
    issues.push(issue(line, periodCell?.column ?? 'periodStart', '', 'required'));
  const numerator = num('numerator');
  const denominator = num('denominator');
  const value = num('value');
  if (numerator !== null && denominator !== null && denominator > 0 && numerator > denominator)
    issues.push(issue(line, cell('numerator')!.column, cell('numerator')!.text, 'out-of-range'));
  if (
    numerator === null &&
    value === null &&
    !issues.some((i) => i.column === (cell('value') ?? cell('numerator'))?.column)
  ) {
    issues.push(issue(line, (cell('value') ?? cell('numerator'))?.column ?? 'value', '', 'required'));
  }
  if (issues.length > 0) return { row: null, issues };
  if (duplicates.check(`${indicatorCode}\u0000${periodStart!}`))
    return { row: null, issues: [issue(line, codeCell!.column, indicatorCode, 'duplicate-row')] };
  return { row: { indicatorCode, periodStart: periodStart!, numerator, denominator, value }, issues };
}

/**
 * Turns the records of a tabular file (CSV, XLSX) into normalised rows with a resolved mapping. Keep
 * one normaliser per file: it remembers the rows seen, to report duplicates.
 */
export class TabularNormaliser {
  private readonly duplicates = new DuplicateDetector();
  /** The mapped fields with their column index and header, resolved once. */
  private readonly columns: [PatientField | AggregateField, number, string][];
  constructor(
    private readonly headers: readonly string[],
    mapping: ResolvedMapping,
    private readonly ctx: ValidationContext,
  ) {
    this.columns = Object.entries(mapping).map(([f, i]) => [
      f as PatientField | AggregateField,
      i,
      headers[i]!,
    ]);
  }

  normalise(record: CsvRecord): RowResult {
    const { line, cells } = record;
    const width = this.headers.length;
    // Trailing empty cells (a delimiter at the end of the line) are not a ragged row.
    const ragged = cells.length < width || cells.slice(width).some((c) => c.trim() !== '');
    if (ragged)
      return { line, ok: false, raw: cells, issues: [issue(line, null, String(cells.length), 'ragged-row')] };
    const byField: Partial<Record<PatientField | AggregateField, Cell>> = {};
    for (const [f, index, column] of this.columns) byField[f] = { column, text: cells[index] ?? '' };
    const cell = (f: PatientField | AggregateField): Cell | undefined => byField[f];
    const checked =
      this.ctx.kind === 'patient'
        ? checkPatientRow(line, cell, this.ctx, this.duplicates)
        : checkAggregateRow(line, cell, this.ctx, this.duplicates);
    if (checked.row === null) return { line, ok: false, raw: cells, issues: checked.issues };
    const value =
      this.ctx.kind === 'patient'
        ? { kind: 'patient' as const, row: checked.row as PatientRow }
        : { kind: 'aggregate' as const, row: checked.row as AggregateRow };
    return { line, ok: true, raw: cells, value };
  }
}
