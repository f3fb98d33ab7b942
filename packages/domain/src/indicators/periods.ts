import type { Granularity } from './types';

/**
 * Period bucketing on calendar dates ("YYYY-MM-DD", no time zone). Matches PostgreSQL's
 * `date_trunc(unit, d::timestamp)::date`: months and quarters start on the 1st, weeks are ISO weeks
 * starting on Monday. The SQL repository buckets rows; these helpers label periods and fill gaps.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses "YYYY-MM-DD" as a UTC date; throws on anything else (including 2024-02-30). */
export function parseIsoDate(date: string): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const [, y, m, d] = match;
  const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (formatIsoDate(parsed) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

/** True when `date` is a valid "YYYY-MM-DD" calendar date. */
export function isIsoDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/** A UTC date as "YYYY-MM-DD". */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period containing `date`. */
export function periodStart(date: string, granularity: Granularity): string {
  const d = parseIsoDate(date);
  switch (granularity) {
    case 'week': {
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return formatIsoDate(new Date(d.getTime() - sinceMonday * DAY_MS));
    }
    case 'month':
      return formatIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
    case 'quarter':
      return formatIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3), 1)));
  }
}

/** The first day of the period after the one starting on `start` (which must be a period start). */
export function nextPeriod(start: string, granularity: Granularity): string {
  const d = parseIsoDate(start);
  switch (granularity) {
    case 'week':
      return formatIsoDate(new Date(d.getTime() + 7 * DAY_MS));
    case 'month':
      return formatIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
    case 'quarter':
      return formatIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1)));
  }
}

/** Every period start from the period of `from` up to and including the period of `to`. */
export function periodRange(from: string, to: string, granularity: Granularity, limit = 10_000): string[] {
  const last = periodStart(to, granularity);
  const out: string[] = [];
  for (let p = periodStart(from, granularity); p <= last; p = nextPeriod(p, granularity)) {
    if (out.length >= limit) throw new RangeError(`more than ${limit} periods between ${from} and ${to}`);
    out.push(p);
  }
  return out;
}

/** ISO-8601 week number and its week-based year (the year of the week's Thursday). */
function isoWeek(d: Date): { year: number; week: number } {
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
}

/** A label for a period: "2024-W05", "2024-03", "2024-Q1". */
export function periodLabel(start: string, granularity: Granularity): string {
  const d = parseIsoDate(start);
  switch (granularity) {
    case 'week': {
      const { year, week } = isoWeek(d);
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  }
}

/**
 * Places keyed rows on a gap-free sequence of periods from the first to the last key: missing periods
 * get `empty(start)`, so an SPC chart shows a gap instead of joining distant months.
 */
export function fillPeriods<T>(rows: ReadonlyMap<string, T>, granularity: Granularity, empty: (start: string) => T): { start: string; row: T }[] {
  const keys = [...rows.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  return periodRange(first, last, granularity).map((start) => ({ start, row: rows.get(start) ?? empty(start) }));
}
