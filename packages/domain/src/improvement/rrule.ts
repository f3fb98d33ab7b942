import { isIsoDate } from '../indicators/periods';
import { addDays, addMonths, daysInMonth, isoWeekday, makeDate, nthWeekdayOfMonth } from './calendar-dates';

/**
 * A pure subset of RFC 5545 recurrence rules, enough for meeting series: FREQ (DAILY, WEEKLY, MONTHLY,
 * YEARLY), INTERVAL, BYDAY (with ordinals for MONTHLY/YEARLY, e.g. 2TU or -1FR), BYMONTHDAY (negative
 * from the end), BYMONTH, BYSETPOS (one value), COUNT and UNTIL. Rules expand on local dates; the time
 * of day comes from the meeting, so a series keeps its wall-clock time across DST changes.
 */

export const RRULE_FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type RRuleFreq = (typeof RRULE_FREQS)[number];

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface RRuleDay {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Nth occurrence in the month (negative from the end); undefined = every such weekday. */
  ordinal?: number | undefined;
}

export interface RRule {
  freq: RRuleFreq;
  interval: number;
  byDay: RRuleDay[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos?: number | undefined;
  count?: number | undefined;
  /** Last local date (inclusive). */
  until?: string | undefined;
}

export type RRuleParseResult = { ok: true; rule: RRule } | { ok: false; error: string };

function parseIntList(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n === 0 || Math.abs(n) < min || Math.abs(n) > max || (!allowNegative && n < 0)) return null;
    out.push(n);
  }
  return out;
}

/** Parses an RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", optionally prefixed "RRULE:"). */
export function parseRRule(text: string): RRuleParseResult {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body) return { ok: false, error: 'empty' };
  const fields = new Map<string, string>();
  for (const pair of body.split(';')) {
    const [key, value, ...rest] = pair.split('=');
    if (!key || value === undefined || rest.length > 0 || value === '') return { ok: false, error: `malformed part "${pair}"` };
    const name = key.toUpperCase();
    if (fields.has(name)) return { ok: false, error: `${name} given twice` };
    fields.set(name, value.toUpperCase());
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);
  for (const name of fields.keys()) if (!known.has(name)) return { ok: false, error: `${name} is not supported` };
  const freq = fields.get('FREQ');
  if (!freq || !(RRULE_FREQS as readonly string[]).includes(freq)) return { ok: false, error: 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY' };
  const rule: RRule = { freq: freq as RRuleFreq, interval: 1, byDay: [], byMonthDay: [], byMonth: [] };
  const interval = fields.get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d{1,3}$/.test(interval) || Number(interval) < 1) return { ok: false, error: 'INTERVAL must be a positive number' };
    rule.interval = Number(interval);
  }
  const byDay = fields.get('BYDAY');
  if (byDay !== undefined) {
    for (const part of byDay.split(',')) {
      const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part);
      if (!match) return { ok: false, error: `BYDAY value "${part}" is not valid` };
      const ordinal = match[1] === undefined ? undefined : Number(match[1]);
      if (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5)) return { ok: false, error: `BYDAY ordinal in "${part}" must be 1…5 or -1…-5` };
      if (ordinal !== undefined && rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') return { ok: false, error: 'BYDAY ordinals need FREQ=MONTHLY or YEARLY' };
      rule.byDay.push({ weekday: WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]) + 1, ordinal });
    }
  }
  const byMonthDay = fields.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    const days = parseIntList(byMonthDay, 1, 31, true);
    if (!days) return { ok: false, error: 'BYMONTHDAY must be 1…31 or -1…-31' };
    rule.byMonthDay = days;
  }
  const byMonth = fields.get('BYMONTH');
  if (byMonth !== undefined) {
    const months = parseIntList(byMonth, 1, 12, false);
    if (!months) return { ok: false, error: 'BYMONTH must be 1…12' };
    rule.byMonth = months;
  }
  const bySetPos = fields.get('BYSETPOS');
  if (bySetPos !== undefined) {
    const pos = parseIntList(bySetPos, 1, 31, true);
    if (!pos || pos.length !== 1) return { ok: false, error: 'BYSETPOS must be one value' };
    rule.bySetPos = pos[0];
  }
  const count = fields.get('COUNT');
  const until = fields.get('UNTIL');
  if (count !== undefined && until !== undefined) return { ok: false, error: 'COUNT and UNTIL cannot both be given' };
  if (count !== undefined) {
    if (!/^\d{1,4}$/.test(count) || Number(count) < 1) return { ok: false, error: 'COUNT must be a positive number' };
    rule.count = Number(count);
  }
  if (until !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!isIsoDate(date)) return { ok: false, error: 'UNTIL must be a date (YYYYMMDD)' };
    rule.until = date;
  }
  return { ok: true, rule };
}

/** The candidate dates of one month under BYMONTHDAY / BYDAY (default: the start's day of month). */
function monthCandidates(rule: RRule, year: number, month: number, startDay: number): string[] {
  const dates = new Set<string>();
  const last = daysInMonth(year, month);
  for (const d of rule.byMonthDay) {
    const date = makeDate(year, month, d > 0 ? d : last + d + 1);
    if (date) dates.add(date);
  }
  for (const { weekday, ordinal } of rule.byDay) {
    if (ordinal !== undefined) {
      const date = nthWeekdayOfMonth(year, month, weekday, ordinal);
      if (date) dates.add(date);
    } else {
      for (let day = 1; day <= last; day += 1) {
        const date = makeDate(year, month, day) as string;
        if (isoWeekday(date) === weekday) dates.add(date);
      }
    }
  }
  if (rule.byMonthDay.length > 0 && rule.byDay.length > 0) {
    // Both given: a date must satisfy both (RFC 5545 BYxxx parts intersect).
    const weekdays = new Set(rule.byDay.map((d) => d.weekday));
    for (const date of [...dates]) {
      const day = Number(date.slice(8, 10));
      if (!weekdays.has(isoWeekday(date)) || !rule.byMonthDay.some((d) => (d > 0 ? d : last + d + 1) === day)) dates.delete(date);
    }
  }
  if (dates.size === 0 && rule.byMonthDay.length === 0 && rule.byDay.length === 0) {
    const date = makeDate(year, month, startDay);
    if (date) dates.add(date);
  }
  return [...dates].sort();
}

function applySetPos(dates: string[], pos: number | undefined): string[] {
  if (pos === undefined) return dates;
  const date = pos > 0 ? dates[pos - 1] : dates[dates.length + pos];
  return date ? [date] : [];
}

/**
 * The local dates of a rule starting at `start` (itself the first occurrence only when it matches the
 * rule, as RFC 5545 DTSTART), in order, up to `until` (inclusive) and at most `max` dates.
 */
export function expandRRule(rule: RRule, start: string, until: string, max = 2000): string[] {
  const last = rule.until && rule.until < until ? rule.until : until;
  const out: string[] = [];
  const limit = Math.min(max, rule.count ?? Number.POSITIVE_INFINITY);
  const push = (dates: readonly string[]): boolean => {
    for (const date of dates) {
      if (date < start) continue;
      if (date > last || out.length >= limit) return false;
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(Number(date.slice(5, 7)))) continue;
      out.push(date);
    }
    return true;
  };
  const startYear = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  const startDay = Number(start.slice(8, 10));
  // Periods are bounded so that a rule that never matches (BYMONTH=2;BYMONTHDAY=30) still ends.
  for (let period = 0; period < 5000; period += 1) {
    let dates: string[];
    let periodStart: string;
    if (rule.freq === 'DAILY') {
      periodStart = addDays(start, period * rule.interval);
      const weekdays = rule.byDay.map((d) => d.weekday);
      const dayOk = weekdays.length === 0 || weekdays.includes(isoWeekday(periodStart));
      const monthDayOk = rule.byMonthDay.length === 0 || rule.byMonthDay.includes(Number(periodStart.slice(8, 10)));
      dates = dayOk && monthDayOk ? [periodStart] : [];
    } else if (rule.freq === 'WEEKLY') {
      const monday = addDays(start, 1 - isoWeekday(start) + period * rule.interval * 7);
      periodStart = monday;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((d) => d.weekday) : [isoWeekday(start)];
      dates = applySetPos(
        [...new Set(weekdays)].sort((a, b) => a - b).map((w) => addDays(monday, w - 1)),
        rule.bySetPos,
      );
    } else if (rule.freq === 'MONTHLY') {
      const { year, month } = addMonths(startYear, startMonth, period * rule.interval);
      periodStart = makeDate(year, month, 1) as string;
      dates = applySetPos(monthCandidates(rule, year, month, startDay), rule.bySetPos);
    } else {
      const year = startYear + period * rule.interval;
      periodStart = makeDate(year, 1, 1) as string;
      const months = rule.byMonth.length > 0 ? [...rule.byMonth].sort((a, b) => a - b) : [startMonth];
      dates = applySetPos(
        months.flatMap((m) => monthCandidates(rule, year, m, startDay)),
        rule.bySetPos,
      );
    }
    if (periodStart > last || !push(dates)) break;
  }
  return out;
}
