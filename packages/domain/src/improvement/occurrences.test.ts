import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant, zoneOffsetMinutes } from './calendar-dates';
import { generateOccurrences, typicalIntervalDays, type MeetingSchedule } from './occurrences';
import { expandRRule, parseRRule } from './rrule';

const AMS = 'Europe/Amsterdam';
const base = { startTime: '08:30', timeZone: AMS } as const;

function rule(text: string) {
  const parsed = parseRRule(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rule;
}

describe('local time in Europe/Amsterdam', () => {
  it('converts wall-clock time to UTC with the winter and summer offsets', () => {
    expect(localToInstant('2026-01-15', '08:30', AMS).toISOString()).toBe('2026-01-15T07:30:00.000Z');
    expect(localToInstant('2026-07-15', '08:30', AMS).toISOString()).toBe('2026-07-15T06:30:00.000Z');
    expect(zoneOffsetMinutes(new Date('2026-07-15T06:30:00Z'), AMS)).toBe(120);
  });

  it('moves a time in the spring-forward gap forward and takes summer time for an ambiguous autumn time', () => {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist.
    const gap = localToInstant('2026-03-29', '02:30', AMS);
    expect(instantToLocal(gap, AMS)).toEqual({ date: '2026-03-29', time: '03:30' });
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the first is 00:30 UTC.
    expect(localToInstant('2026-10-25', '02:30', AMS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('generateOccurrences', () => {
  it('weekly keeps 08:30 local across the spring DST change (UTC shifts by an hour)', () => {
    const schedule: MeetingSchedule = { ...base, frequency: 'weekly', startDate: '2026-03-16' };
    const occ = generateOccurrences(schedule, '2026-03-16', '2026-04-06');
    expect(occ.map((o) => o.localDate)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(occ.map((o) => o.startsAt.slice(11, 16))).toEqual(['07:30', '07:30', '06:30', '06:30']);
    for (const o of occ) expect(instantToLocal(new Date(o.startsAt), AMS).time).toBe('08:30');
    expect(occ.map((o) => o.sequence)).toEqual([0, 1, 2, 3]);
  });

  it('biweekly across the autumn DST change', () => {
    const schedule: MeetingSchedule = { ...base, frequency: 'biweekly', startDate: '2026-10-13', startTime: '16:00' };
    const occ = generateOccurrences(schedule, '2026-10-01', '2026-11-30');
    expect(occ.map((o) => o.localDate)).toEqual(['2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24']);
    expect(occ.map((o) => o.startsAt.slice(11, 16))).toEqual(['14:00', '15:00', '15:00', '15:00']);
  });

  it('monthly keeps the weekday position (2nd Tuesday), quarterly every third month', () => {
    const monthly = generateOccurrences({ ...base, frequency: 'monthly', startDate: '2026-01-13' }, '2026-01-01', '2026-05-31');
    expect(monthly.map((o) => o.localDate)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12']);
    const quarterly = generateOccurrences({ ...base, frequency: 'quarterly', startDate: '2026-01-30' }, '2026-01-01', '2026-12-31');
    // 30 Jan 2026 is the last (5th) Friday → last Friday of every third month.
    expect(quarterly.map((o) => o.localDate)).toEqual(['2026-01-30', '2026-04-24', '2026-07-31', '2026-10-30']);
  });

  it('numbers occurrences from the series start, whatever the window, and stops at the end date', () => {
    const schedule: MeetingSchedule = { ...base, frequency: 'weekly', startDate: '2026-01-05', endDate: '2026-02-02' };
    const occ = generateOccurrences(schedule, '2026-01-20', '2026-12-31');
    expect(occ.map((o) => [o.localDate, o.sequence])).toEqual([
      ['2026-01-26', 3],
      ['2026-02-02', 4],
    ]);
    expect(generateOccurrences(schedule, '2026-03-01', '2026-04-01')).toEqual([]);
  });

  it('custom RRULE: first Monday and third Thursday of every month, COUNT limited', () => {
    const schedule: MeetingSchedule = { ...base, frequency: 'custom', rrule: 'FREQ=MONTHLY;BYDAY=1MO,3TH;COUNT=5', startDate: '2026-02-01' };
    const occ = generateOccurrences(schedule, '2026-01-01', '2026-12-31');
    expect(occ.map((o) => o.localDate)).toEqual(['2026-02-02', '2026-02-19', '2026-03-02', '2026-03-19', '2026-04-06']);
  });

  it('custom RRULE across DST: weekly on Tuesday and Thursday at 07:45', () => {
    const schedule: MeetingSchedule = { ...base, startTime: '07:45', frequency: 'custom', rrule: 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH', startDate: '2026-10-20' };
    const occ = generateOccurrences(schedule, '2026-10-20', '2026-10-29');
    expect(occ.map((o) => `${o.localDate} ${o.startsAt.slice(11, 16)}`)).toEqual(['2026-10-20 05:45', '2026-10-22 05:45', '2026-10-27 06:45', '2026-10-29 06:45']);
  });

  it('typical interval per frequency', () => {
    expect(typicalIntervalDays({ ...base, frequency: 'weekly', startDate: '2026-01-05' })).toBe(7);
    expect(typicalIntervalDays({ ...base, frequency: 'monthly', startDate: '2026-01-05' })).toBeCloseTo(30.44, 1);
    expect(typicalIntervalDays({ ...base, frequency: 'custom', rrule: 'FREQ=WEEKLY;INTERVAL=3', startDate: '2026-01-05' })).toBe(21);
  });
});

describe('RRULE subset', () => {
  it('rejects unsupported or malformed rules with a reason', () => {
    expect(parseRRule('FREQ=HOURLY')).toMatchObject({ ok: false });
    expect(parseRRule('FREQ=WEEKLY;BYHOUR=9')).toEqual({ ok: false, error: 'BYHOUR is not supported' });
    expect(parseRRule('FREQ=WEEKLY;COUNT=3;UNTIL=20260101')).toMatchObject({ ok: false });
    expect(parseRRule('FREQ=WEEKLY;BYDAY=2TU')).toMatchObject({ ok: false });
    expect(parseRRule('FREQ=MONTHLY;BYMONTHDAY=0')).toMatchObject({ ok: false });
    expect(parseRRule('')).toMatchObject({ ok: false });
  });

  it('expands last working day of the month with BYSETPOS=-1', () => {
    const dates = expandRRule(rule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'), '2026-01-01', '2026-05-31');
    expect(dates).toEqual(['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29']);
  });

  it('expands negative month days, UNTIL, yearly months and daily weekday filters', () => {
    expect(expandRRule(rule('FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20260430'), '2026-01-01', '2026-12-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(expandRRule(rule('FREQ=YEARLY;BYMONTH=3,9;BYDAY=1WE'), '2026-01-01', '2027-12-31')).toEqual(['2026-03-04', '2026-09-02', '2027-03-03', '2027-09-01']);
    expect(expandRRule(rule('FREQ=DAILY;BYDAY=MO,FR'), '2026-01-01', '2026-01-12')).toEqual(['2026-01-02', '2026-01-05', '2026-01-09', '2026-01-12']);
    expect(expandRRule(rule('FREQ=MONTHLY;BYMONTHDAY=31'), '2026-01-01', '2026-06-30')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('ends for a rule that never matches', () => {
    expect(expandRRule(rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'), '2026-01-01', '2030-12-31')).toEqual([]);
  });
});
