import type { ImportIssue, IssueReason } from './types';

export type Locale = 'nl' | 'en';

/** The reason of an issue in words, per language (Dutch is the source). */
export const ISSUE_MESSAGES: Record<IssueReason, Record<Locale, string>> = {
  required: { nl: 'Verplicht veld ontbreekt', en: 'Required field is missing' },
  'invalid-number': {
    nl: 'Geen geldig getal (gebruik bijv. 12,5 of 12.5)',
    en: 'Not a valid number (use e.g. 12.5 or 12,5)',
  },
  'invalid-integer': { nl: 'Geen geheel getal', en: 'Not a whole number' },
  'invalid-date': {
    nl: 'Geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd)',
    en: 'Not a valid date (use dd-mm-yyyy or yyyy-mm-dd)',
  },
  'invalid-sex': {
    nl: 'Onbekend geslacht (gebruik v, m, x of onbekend)',
    en: 'Unknown sex (use f, m, x or unknown)',
  },
  'invalid-code': {
    nl: 'Ongeldige code (letters, cijfers en . _ : -)',
    en: 'Invalid code (letters, digits and . _ : -)',
  },
  'unknown-code': {
    nl: 'Code komt in geen indicator van de organisatie voor',
    en: "Code is not used by any of the organisation's indicators",
  },
  'out-of-range': { nl: 'Waarde buiten het toegestane bereik', en: 'Value out of the allowed range' },
  'too-long': { nl: 'Tekst is te lang', en: 'Text is too long' },
  'ragged-row': {
    nl: 'Aantal kolommen wijkt af van de kopregel',
    en: 'Number of columns differs from the header',
  },
  'duplicate-row': {
    nl: 'Dubbele regel (zelfde sleutel als een eerdere regel)',
    en: 'Duplicate row (same key as an earlier row)',
  },
  'unknown-indicator': { nl: 'Onbekende indicator', en: 'Unknown indicator' },
  'empty-file': { nl: 'Het bestand is leeg', en: 'The file is empty' },
  'header-only': { nl: 'Het bestand bevat alleen een kopregel', en: 'The file holds a header only' },
  'unsupported-encoding': {
    nl: 'Tekencodering niet ondersteund (gebruik UTF-8 of Windows-1252)',
    en: 'Unsupported encoding (use UTF-8 or Windows-1252)',
  },
  'encoding-error': {
    nl: 'Ongeldige tekens voor de herkende codering',
    en: 'Invalid characters for the detected encoding',
  },
  'unmapped-field': {
    nl: 'Gekoppelde kolom bestaat niet in het bestand',
    en: 'Mapped column does not exist in the file',
  },
  'duplicate-column': { nl: 'Kolomnaam komt meer dan eens voor', en: 'Column name occurs more than once' },
  'invalid-json': { nl: 'Geen geldige JSON', en: 'Not valid JSON' },
  'invalid-resource': { nl: 'Geen geldige FHIR-resource', en: 'Not a valid FHIR resource' },
  'unsupported-resource': {
    nl: 'Dit resourcetype wordt bij dit soort import niet ondersteund',
    en: 'This resource type is not supported for this kind of import',
  },
  'missing-reference': {
    nl: 'Verwijzing naar de patiënt ontbreekt',
    en: 'Reference to the patient is missing',
  },
  'unreadable-file': { nl: 'Bestand kan niet gelezen worden', en: 'The file cannot be read' },
};

export function issueMessage(reason: IssueReason, locale: Locale): string {
  return ISSUE_MESSAGES[reason][locale];
}

/**
 * A CSV field for a file a spreadsheet will open: quoted when needed, and text that a spreadsheet
 * would run as a formula (starting with =, +, @, a tab, or a minus not followed by a digit) gets a
 * leading apostrophe, so `=cmd|…` stays text.
 */
export function csvField(value: string, delimiter = ','): string {
  const safe = /^[=+@\t\r]|^-(?!\d)/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line of the skipped-rows CSV: the row's own cells, then the reasons in words. */
export function skippedCsvLine(
  cells: readonly string[],
  issues: readonly ImportIssue[],
  locale: Locale,
  delimiter = ',',
): string {
  const reasons = issues
    .map((i) =>
      i.column ? `${i.column}: ${issueMessage(i.reason, locale)}` : issueMessage(i.reason, locale),
    )
    .join('; ');
  return `${[...cells, reasons].map((c) => csvField(c, delimiter)).join(delimiter)}\r\n`;
}
