import { CODE_PATTERN } from './definition';

/**
 * Case-mix as a filter (product brief, core loop step 2: "case-mix variables are filters, not goals").
 * A filter narrows the patients whose observations count: by age at the observation's date, by sex,
 * and by any case-mix variable of the patient or the episode (equals a value, or lies in a range).
 */

/** Sex as recorded for case-mix (administrative, not clinical); `unknown` when not recorded. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** Case-mix variable types of an outcome set. */
export const CASE_MIX_TYPES = ['number', 'category', 'boolean'] as const;
export type CaseMixType = (typeof CASE_MIX_TYPES)[number];

/** A plain decimal number ("3", "-1.5"): such an `eq` value also matches a numeric case-mix value. */
export const NUMERIC_VALUE = /^-?\d+(\.\d+)?$/;

/** A condition on one case-mix variable: equal to a value (number or text), or within an inclusive range. */
export type CaseMixCondition =
  | { variable: string; op: 'eq'; value: string }
  | { variable: string; op: 'range'; min: number | null; max: number | null };

export interface CaseMixFilter {
  /** Inclusive age bounds, age = year of the effective date − birth year. */
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  /** Any of these sexes. */
  sex?: readonly Sex[] | undefined;
  /** Every condition must hold (AND). */
  variables?: readonly CaseMixCondition[] | undefined;
}

/**
 * Age in whole years at a date, from the birth year only (pseudonymised data keeps no birth date):
 * the age the patient turns in that calendar year, so at most one year too high.
 */
export function ageAt(birthYear: number, effectiveDate: string): number {
  return Number(effectiveDate.slice(0, 4)) - birthYear;
}

/** True when the filter restricts anything (an empty filter keeps every observation). */
export function isCaseMixFilterActive(filter: CaseMixFilter): boolean {
  return filter.ageMin !== undefined || filter.ageMax !== undefined || (filter.sex?.length ?? 0) > 0 || (filter.variables?.length ?? 0) > 0;
}

/** What the reference implementation needs to know about one observation's patient. */
export interface CaseMixSubject {
  birthYear: number | null;
  sex: Sex | null;
  effectiveDate: string;
  /** The patient's and episode's case-mix values by variable code. */
  values: ReadonlyMap<string, { number: number | null; text: string | null }>;
}

function conditionHolds(c: CaseMixCondition, v: { number: number | null; text: string | null } | undefined): boolean {
  if (!v) return false;
  if (c.op === 'eq') return v.text === c.value || (v.number !== null && NUMERIC_VALUE.test(c.value) && Number(c.value) === v.number);
  if (v.number === null) return false;
  return (c.min === null || v.number >= c.min) && (c.max === null || v.number <= c.max);
}

/**
 * The reference semantics of a filter for one observation (the SQL repository implements the same
 * in set-based form; tests compare both). A patient without a birth year fails any age bound; one
 * without a value for a variable fails a condition on it.
 */
export function matchesCaseMix(filter: CaseMixFilter, subject: CaseMixSubject): boolean {
  if (filter.ageMin !== undefined || filter.ageMax !== undefined) {
    if (subject.birthYear === null) return false;
    const age = ageAt(subject.birthYear, subject.effectiveDate);
    if (filter.ageMin !== undefined && age < filter.ageMin) return false;
    if (filter.ageMax !== undefined && age > filter.ageMax) return false;
  }
  if (filter.sex && filter.sex.length > 0 && !filter.sex.includes(subject.sex ?? 'unknown')) return false;
  return (filter.variables ?? []).every((c) => conditionHolds(c, subject.values.get(c.variable)));
}

/**
 * Parses one `caseMix` query value: `code:value` (equals), `code:min..max`, `code:min..` or
 * `code:..max` (inclusive numeric range). Returns an error message instead of throwing.
 */
export function parseCaseMixCondition(raw: string): CaseMixCondition | { error: string } {
  const colon = raw.indexOf(':');
  if (colon <= 0) return { error: `expected code:value or code:min..max, got "${raw}"` };
  const variable = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  if (!CODE_PATTERN.test(variable)) return { error: `not a case-mix code: "${variable}"` };
  const dots = rest.indexOf('..');
  if (dots < 0) return rest.length > 0 ? { variable, op: 'eq', value: rest } : { error: `no value for "${variable}"` };
  const [lo, hi] = [rest.slice(0, dots), rest.slice(dots + 2)];
  if ((lo !== '' && !NUMERIC_VALUE.test(lo)) || (hi !== '' && !NUMERIC_VALUE.test(hi)) || (lo === '' && hi === '')) {
    return { error: `range of "${variable}" must be numbers: min..max, min.. or ..max` };
  }
  const min = lo === '' ? null : Number(lo);
  const max = hi === '' ? null : Number(hi);
  if (min !== null && max !== null && min > max) return { error: `range of "${variable}": min is greater than max` };
  return { variable, op: 'range', min, max };
}

/** Age bands commonly used in outcome reports (e.g. DICA, ICHOM case-mix tables); for UI pick lists. */
export const AGE_BANDS: readonly { label: string; min?: number; max?: number }[] = [
  { label: '<50', max: 49 },
  { label: '50-59', min: 50, max: 59 },
  { label: '60-69', min: 60, max: 69 },
  { label: '70-79', min: 70, max: 79 },
  { label: '80+', min: 80 },
];
