import { formatIsoDate, parseIsoDate } from '../indicators/periods';

/**
 * Calendar arithmetic on local dates ("YYYY-MM-DD", no zone) and the conversion of a local wall-clock
 * time in an IANA zone to an instant. Pure: the zone rules come from the runtime's Intl data.
 */

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return formatIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" for a year, 1-based month and day; null when the day does not exist in that month. */
export function makeDate(year: number, month: number, day: number): string | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year and 1-based month `months` after the given ones. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 1-based calendar quarter of a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The `ordinal`-th `weekday` (1 = Monday) of a month; negative ordinals count from the end
 * (-1 = last). Null when that month has no such day (e.g. a 5th Monday).
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, ordinal: number): string | null {
  const days = daysInMonth(year, month);
  const matching: number[] = [];
  for (let day = 1; day <= days; day += 1) {
    const date = makeDate(year, month, day) as string;
    if (isoWeekday(date) === weekday) matching.push(day);
  }
  const day = ordinal > 0 ? matching[ordinal - 1] : matching[matching.length + ordinal];
  return day === undefined ? null : makeDate(year, month, day);
}

/** Which occurrence of its weekday in the month a date is (1…5), and whether it is the last one. */
export function weekdayOrdinal(date: string): { ordinal: number; isLast: boolean } {
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { ordinal: Math.floor((day - 1) / 7) + 1, isLast: day + 7 > daysInMonth(year, month) };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(time: string): boolean {
  return TIME.test(time);
}

/** True when the runtime knows the IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in minutes (Europe/Amsterdam: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. A time that does not exist (in the
 * spring-forward gap) moves forward by the gap, as calendar programs do; an ambiguous time (autumn)
 * takes the first (summer-time) instant.
 */
export function localToInstant(date: string, time: string, zone: string): Date {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`not a time (HH:MM): ${time}`);
  const d = parseIsoDate(date);
  const wallAsUtc = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Number(match[1]), Number(match[2]));
  // Try the offsets in force just before and just after; keep a candidate that shows the wall time.
  const before = zoneOffsetMinutes(new Date(wallAsUtc - DAY_MS / 2), zone);
  const after = zoneOffsetMinutes(new Date(wallAsUtc + DAY_MS / 2), zone);
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(wallAsUtc - offset * 60_000);
    if (zoneOffsetMinutes(candidate, zone) === offset) return candidate;
  }
  // In the gap: the earlier offset applied to the wall time lands just after the change.
  return new Date(wallAsUtc - before * 60_000);
}

/** The local date and time ("YYYY-MM-DD", "HH:MM") of an instant in a zone. */
export function instantToLocal(instant: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
