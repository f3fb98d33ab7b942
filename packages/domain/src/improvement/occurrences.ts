import { daysBetween, localToInstant, weekdayOrdinal, isoWeekday, addDays } from './calendar-dates';
import { expandRRule, parseRRule, type RRule } from './rrule';
import type { MeetingFrequency } from './types';

/** When a meeting takes place: its frequency, first local date and wall-clock time in a zone. */
export interface MeetingSchedule {
  frequency: MeetingFrequency;
  /** RRULE when frequency is `custom`. */
  rrule?: string | null | undefined;
  startDate: string;
  /** "HH:MM" local time. */
  startTime: string;
  timeZone: string;
  /** Last local date on which it may occur; null = open-ended. */
  endDate?: string | null | undefined;
}

export interface GeneratedOccurrence {
  /** 0-based position in the series since the first occurrence (for every-n-th matrix cells). */
  sequence: number;
  localDate: string;
  /** ISO instant. */
  startsAt: string;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The recurrence rule of a schedule. Monthly and quarterly meetings keep the weekday and its position in
 * the month of the first occurrence ("2nd Tuesday"; "last Friday" when the first one was the month's
 * last), because teams plan meetings on a weekday, not a day number.
 */
export function scheduleRule(schedule: MeetingSchedule): RRule {
  const weekday = isoWeekday(schedule.startDate);
  const { ordinal, isLast } = weekdayOrdinal(schedule.startDate);
  const byDay = `${isLast && ordinal === 5 ? -1 : ordinal}${WEEKDAY_CODES[weekday - 1]}`;
  const text = ((): string => {
    switch (schedule.frequency) {
      case 'weekly':
        return 'FREQ=WEEKLY';
      case 'biweekly':
        return 'FREQ=WEEKLY;INTERVAL=2';
      case 'monthly':
        return `FREQ=MONTHLY;BYDAY=${byDay}`;
      case 'quarterly':
        return `FREQ=MONTHLY;INTERVAL=3;BYDAY=${byDay}`;
      case 'custom':
        return schedule.rrule ?? '';
    }
  })();
  const parsed = parseRRule(text);
  if (!parsed.ok) throw new RangeError(`invalid recurrence rule: ${parsed.error}`);
  return parsed.rule;
}

/**
 * The occurrences of a meeting whose local date lies in [from, to] (inclusive), each at the meeting's
 * local time in its zone, so the UTC instant shifts by an hour across a DST change while the wall-clock
 * time stays. Sequence numbers count from the series' first occurrence, whatever the window.
 */
export function generateOccurrences(schedule: MeetingSchedule, from: string, to: string): GeneratedOccurrence[] {
  const until = schedule.endDate && schedule.endDate < to ? schedule.endDate : to;
  if (until < schedule.startDate || until < from) return [];
  const dates = expandRRule(scheduleRule(schedule), schedule.startDate, until, 20_000);
  const out: GeneratedOccurrence[] = [];
  dates.forEach((localDate, sequence) => {
    if (localDate < from) return;
    out.push({ sequence, localDate, startsAt: localToInstant(localDate, schedule.startTime, schedule.timeZone).toISOString() });
  });
  return out;
}

/**
 * The typical number of days between occurrences (weekly 7, biweekly 14, monthly ≈ 30, quarterly ≈ 91;
 * custom: measured over the year after the start). Null when the series has fewer than two occurrences.
 */
export function typicalIntervalDays(schedule: MeetingSchedule): number | null {
  switch (schedule.frequency) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 365.25 / 12;
    case 'quarterly':
      return 365.25 / 4;
    case 'custom': {
      const dates = expandRRule(scheduleRule(schedule), schedule.startDate, addDays(schedule.startDate, 366), 400);
      const first = dates[0];
      const last = dates[dates.length - 1];
      if (!first || !last || dates.length < 2) return null;
      return daysBetween(first, last) / (dates.length - 1);
    }
  }
}
