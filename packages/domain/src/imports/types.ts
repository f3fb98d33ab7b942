/**
 * The import pipeline's shapes (issue 5, "Import"). Every source (CSV, XLSX, FHIR R4) is turned into
 * the same normalised rows; problems become issues with row, column, value and a stable reason code
 * (messages in nl and en: messages.ts).
 */

/** What a file holds: patient-level rows (patients, episodes, observations) or aggregate figures. */
export const IMPORT_KINDS = ['patient', 'aggregate'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FORMATS = ['csv', 'xlsx', 'fhir-bundle', 'fhir-ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * `all-or-nothing`: any issue and nothing is written. `skip-invalid`: valid rows are written, the
 * invalid ones are returned as a CSV with a reason column.
 */
export const IMPORT_MODES = ['all-or-nothing', 'skip-invalid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const ISSUE_REASONS = [
  'required',
  'invalid-number',
  'invalid-integer',
  'invalid-date',
  'invalid-sex',
  'invalid-code',
  'unknown-code',
  'out-of-range',
  'too-long',
  'ragged-row',
  'duplicate-row',
  'unknown-indicator',
  'empty-file',
  'header-only',
  'unsupported-encoding',
  'encoding-error',
  'unmapped-field',
  'duplicate-column',
  'invalid-json',
  'invalid-resource',
  'unsupported-resource',
  'missing-reference',
  'unreadable-file',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/**
 * One problem. `row` is the 1-based line of the data row in the file (the header is row 1 of a CSV)
 * or the 1-based resource position of a FHIR file; 0 for a problem with the file as a whole. `column`
 * is the header (or FHIR element path); `value` the offending text, cut to 200 characters.
 */
export interface ImportIssue {
  row: number;
  column: string | null;
  value: string | null;
  reason: IssueReason;
}

/** A patient-level row: the patient, optionally an episode, optionally one observation. */
export interface PatientRow {
  pseudonym: string;
  birthYear: number | null;
  sex: 'female' | 'male' | 'other' | 'unknown' | null;
  carePath: string | null;
  startDate: string | null;
  code: string | null;
  valueNumber: number | null;
  valueText: string | null;
  unit: string | null;
  effectiveDate: string | null;
  timepoint: string | null;
}

/** Figures of one team × indicator × period (aggregate-only teams; FHIR MeasureReport). */
export interface AggregateRow {
  indicatorCode: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export type NormalisedRow = { kind: 'patient'; row: PatientRow } | { kind: 'aggregate'; row: AggregateRow };

/** The outcome of normalising one source row: a row, or the issues that kept it out. */
export type RowResult =
  | { line: number; ok: true; value: NormalisedRow; raw: readonly string[] }
  | { line: number; ok: false; issues: ImportIssue[]; raw: readonly string[] };

/** Longest text kept in an issue's value. */
export const ISSUE_VALUE_MAX = 200;

export function issue(
  row: number,
  column: string | null,
  value: string | null,
  reason: IssueReason,
): ImportIssue {
  return { row, column, value: value === null ? null : value.slice(0, ISSUE_VALUE_MAX), reason };
}
