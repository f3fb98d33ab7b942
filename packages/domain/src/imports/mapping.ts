import type { ImportIssue, ImportKind } from './types';
import { issue } from './types';

/**
 * The mapping step: which column of the file holds which field. A mapping names columns by their
 * header text, so a saved profile applies to next month's file even when its columns moved.
 */
export const PATIENT_FIELDS = [
  'pseudonym',
  'birthYear',
  'sex',
  'carePath',
  'startDate',
  'code',
  'value',
  'valueText',
  'unit',
  'effectiveDate',
  'timepoint',
] as const;
export const AGGREGATE_FIELDS = [
  'indicatorCode',
  'periodStart',
  'numerator',
  'denominator',
  'value',
] as const;
export type PatientField = (typeof PATIENT_FIELDS)[number];
export type AggregateField = (typeof AGGREGATE_FIELDS)[number];
export type ImportField = PatientField | AggregateField;
export const IMPORT_FIELDS = [...new Set<ImportField>([...PATIENT_FIELDS, ...AGGREGATE_FIELDS])];

/** field → header text of the column that holds it. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'patient' ? PATIENT_FIELDS : AGGREGATE_FIELDS;
}

/** Header spellings recognised per field (compared lower-case, without spaces, dashes or underscores). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  pseudonym: [
    'pseudonym',
    'pseudoniem',
    'patient',
    'patientid',
    'patientpseudonym',
    'patientpseudoniem',
    'pid',
    'subject',
  ],
  birthYear: ['birthyear', 'geboortejaar', 'yearofbirth'],
  sex: ['sex', 'gender', 'geslacht'],
  carePath: ['carepath', 'zorgpad', 'traject', 'zorgtraject', 'episode', 'behandeling', 'treatment'],
  startDate: ['startdate', 'startdatum', 'begindatum', 'episodestart', 'operatiedatum', 'behandeldatum'],
  code: ['code', 'observationcode', 'observatiecode', 'meting', 'item', 'variabele', 'variable'],
  value: ['value', 'waarde', 'score', 'uitkomst', 'result', 'resultaat'],
  valueText: ['valuetext', 'textvalue', 'waardetekst', 'tekst', 'antwoord', 'answer', 'coded'],
  unit: ['unit', 'eenheid'],
  effectiveDate: ['effectivedate', 'datum', 'date', 'meetdatum', 'observationdate', 'observatiedatum'],
  timepoint: ['timepoint', 'meetmoment', 'tijdpunt', 'moment'],
  indicatorCode: ['indicator', 'indicatorcode', 'indicatorid'],
  periodStart: ['periodstart', 'period', 'periode', 'startperiode', 'maand', 'month'],
  numerator: ['numerator', 'teller'],
  denominator: ['denominator', 'noemer'],
};

const norm = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A first guess at the mapping from the header texts (Dutch and English names). */
export function suggestMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of fieldsOf(kind)) {
    const hit = headers.find((h) => !used.has(h) && SYNONYMS[field].includes(norm(h)));
    if (hit !== undefined) {
      mapping[field] = hit;
      used.add(hit);
    }
  }
  return mapping;
}

/** A mapping resolved against one file's header: field → column index. */
export type ResolvedMapping = Partial<Record<ImportField, number>>;

/**
 * Checks a mapping against the header: every mapped column exists (once), the fields the kind needs
 * are mapped. Issues are about the file as a whole (row 0); `column` names the field or header.
 */
export function resolveMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  kind: ImportKind,
): { resolved: ResolvedMapping; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const resolved: ResolvedMapping = {};
  const seen = new Set<string>();
  for (const h of headers) {
    if (h.trim() !== '' && seen.has(h)) issues.push(issue(1, h, h, 'duplicate-column'));
    seen.add(h);
  }
  for (const field of fieldsOf(kind)) {
    const header = mapping[field];
    if (header === undefined || header === '') continue;
    const index = headers.indexOf(header);
    if (index < 0) issues.push(issue(0, field, header, 'unmapped-field'));
    else resolved[field] = index;
  }
  const has = (f: ImportField) => resolved[f] !== undefined;
  const mapped = (f: ImportField) => (mapping[f] ?? '') !== '';
  const need = (f: ImportField) => {
    if (!has(f) && !issues.some((i) => i.column === f)) issues.push(issue(0, f, null, 'required'));
  };
  if (kind === 'patient') {
    need('pseudonym');
    if (mapped('code') || mapped('value') || mapped('valueText') || mapped('effectiveDate')) {
      need('code');
      need('effectiveDate');
      if (!mapped('value') && !mapped('valueText')) need('value');
    }
    if (mapped('carePath')) need('startDate');
  } else {
    need('indicatorCode');
    need('periodStart');
    if (!mapped('value') && !mapped('numerator')) need('value');
  }
  return { resolved, issues };
}
