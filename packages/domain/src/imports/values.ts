/**
 * Parsers for the values people put in spreadsheets in the Netherlands: decimal comma or point,
 * dd-mm-jjjj dates (and ISO), sex in Dutch or English. Each returns null for an empty cell and
 * undefined for text that is not such a value.
 */
import type { Sex } from '../indicators/case-mix';

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** The common cases, parsed without the general path's replacements: "12", "-3.5", "12,5". */
const SIMPLE_POINT = /^-?\d{1,15}(\.\d{1,15})?$/;
const SIMPLE_COMMA = /^-?\d{1,15},\d{1,15}$/;

/** "12,5", "12.5", "1.234,5", "1,234.5", "-3", " 7 " → number. */
export function parseDecimal(raw: string): number | null | undefined {
  let text = raw.trim();
  if (text === '') return null;
  if (SIMPLE_POINT.test(text)) return Number(text);
  if (SIMPLE_COMMA.test(text)) return Number(text.replace(',', '.'));
  text = text.replace(/[\s\u00a0\u202f]/g, '');
  const comma = text.lastIndexOf(',');
  const point = text.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    // The last separator is the decimal one; the other groups thousands.
    text = comma > point ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (text.indexOf(',') !== comma) return undefined;
    text = text.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole number ("1957", "1957,0" is not one). */
export function parseInteger(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  return /^[-+]?\d{1,15}$/.test(text) ? Number(text) : undefined;
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Dates from 1900 up to 2100 are accepted. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** dd-mm-jjjj, dd/mm/jjjj, dd.mm.jjjj (day and month may be one digit) or ISO jjjj-mm-dd[Thh:mm…] → "jjjj-mm-dd". */
export function parseDate(raw: string): string | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(text);
  const dmy = iso ? null : DMY.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return undefined;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const SEX_WORDS = new Map<string, Sex>([
  ...['f', 'female', 'v', 'vrouw', 'vrouwelijk'].map((w) => [w, 'female'] as const),
  ...['m', 'male', 'man', 'mannelijk'].map((w) => [w, 'male'] as const),
  ...['o', 'x', 'other', 'anders', 'overig'].map((w) => [w, 'other'] as const),
  ...['u', 'unknown', 'onbekend'].map((w) => [w, 'unknown'] as const),
]);

/** Sex in Dutch or English (v/vrouw/f/female, m/man/male, x/anders/other, onbekend/unknown); FHIR gender codes too. */
export function parseSex(raw: string): Sex | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  return SEX_WORDS.get(text);
}
