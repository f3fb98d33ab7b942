import { addDays, localToInstant } from '../improvement/calendar-dates';
import { scheduleRule, type MeetingSchedule } from '../improvement/occurrences';
import type { RRule } from '../improvement/rrule';

/**
 * An RFC 5545 iCalendar feed (issue 6, the improvement calendar). Meetings are one VEVENT with an RRULE
 * in local time of Europe/Amsterdam (with its VTIMEZONE), so calendar programs expand them and keep the
 * wall-clock time across DST; dated items (PDSA checks, actions due, goal deadlines) are all-day events.
 */

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Europe/Amsterdam (CET/CEST) as RFC 5545 VTIMEZONE, with the EU rules in force since 1996. */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export const FEED_TIME_ZONE = 'Europe/Amsterdam';

/** A recurring meeting in the feed. */
export interface FeedMeeting {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  schedule: MeetingSchedule;
  durationMinutes: number;
  /** Local dates of cancelled occurrences (EXDATE). */
  cancelledDates?: readonly string[] | undefined;
}

/** A one-day item in the feed. */
export interface FeedDay {
  uid: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
  date: string;
}

export interface FeedInput {
  name: string;
  /** ISO instant of generation (DTSTAMP). */
  now: string;
  meetings: readonly FeedMeeting[];
  days: readonly FeedDay[];
}

/** RFC 5545 TEXT escaping. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Octets of a string in UTF-8 (the domain has no TextEncoder: no platform APIs). */
function utf8Length(value: string): number {
  let n = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const compactLocal = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;
const compactUtc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The RRULE value of a parsed rule (without UNTIL, which the feed adds in UTC). */
export function formatRRule(rule: RRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0)
    parts.push(
      `BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${WEEKDAY_CODES[d.weekday - 1]}`).join(',')}`,
    );
  if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byMonth.length > 0) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.bySetPos !== undefined) parts.push(`BYSETPOS=${rule.bySetPos}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  return parts.join(';');
}

/** The RRULE of a meeting's schedule, bounded by its end date (as UNTIL in UTC, as RFC 5545 requires with TZID). */
export function meetingRRule(schedule: MeetingSchedule): string {
  const rule = scheduleRule(schedule);
  const untilDate = [rule.until, schedule.endDate ?? undefined]
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const base = formatRRule(rule);
  if (!untilDate || rule.count !== undefined) return base;
  return `${base};UNTIL=${compactUtc(localToInstant(untilDate, schedule.startTime, schedule.timeZone).toISOString())}`;
}

function optional(name: string, value: string | undefined): string[] {
  return value ? [`${name}:${escapeText(value)}`] : [];
}

function meetingEvent(m: FeedMeeting, stamp: string): string[] {
  const { schedule } = m;
  // The feed speaks Europe/Amsterdam; a meeting planned in another zone is converted to it.
  const start =
    schedule.timeZone === FEED_TIME_ZONE ? { date: schedule.startDate, time: schedule.startTime } : null;
  const dtstart = start
    ? `DTSTART;TZID=${FEED_TIME_ZONE}:${compactLocal(start.date, start.time)}`
    : `DTSTART:${compactUtc(localToInstant(schedule.startDate, schedule.startTime, schedule.timeZone).toISOString())}`;
  const exdates = (m.cancelledDates ?? []).map((d) =>
    start
      ? `EXDATE;TZID=${FEED_TIME_ZONE}:${compactLocal(d, start.time)}`
      : `EXDATE:${compactUtc(localToInstant(d, schedule.startTime, schedule.timeZone).toISOString())}`,
  );
  return [
    'BEGIN:VEVENT',
    `UID:${m.uid}`,
    `DTSTAMP:${stamp}`,
    dtstart,
    `DURATION:PT${Math.floor(m.durationMinutes / 60) > 0 ? `${Math.floor(m.durationMinutes / 60)}H` : ''}${m.durationMinutes % 60 > 0 ? `${m.durationMinutes % 60}M` : ''}`,
    `RRULE:${meetingRRule(schedule)}`,
    ...exdates,
    `SUMMARY:${escapeText(m.summary)}`,
    ...optional('DESCRIPTION', m.description),
    ...optional('LOCATION', m.location),
    ...(m.url ? [`URL:${m.url}`] : []),
    'END:VEVENT',
  ];
}

function dayEvent(d: FeedDay, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${d.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(d.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(d.date, 1))}`,
    `SUMMARY:${escapeText(d.summary)}`,
    ...optional('DESCRIPTION', d.description),
    ...(d.url ? [`URL:${d.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole feed as text (CRLF line ends, folded lines). */
export function buildICalendar(input: FeedInput): string {
  const stamp = compactUtc(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerlus//Verbeterkalender//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${FEED_TIME_ZONE}`,
    ...AMSTERDAM_VTIMEZONE,
    ...input.meetings.flatMap((m) => meetingEvent(m, stamp)),
    ...input.days.flatMap((d) => dayEvent(d, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
