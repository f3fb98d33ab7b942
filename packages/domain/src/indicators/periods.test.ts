import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPeriods, formatIsoDate, isIsoDate, nextPeriod, parseIsoDate, periodLabel, periodRange, periodStart } from './periods';
import { GRANULARITIES } from './types';

describe('period bucketing', () => {
  it('starts weeks on Monday (ISO), months on the 1st, quarters on Jan/Apr/Jul/Oct 1st', () => {
    expect(periodStart('2024-01-07', 'week')).toBe('2024-01-01'); // a Sunday
    expect(periodStart('2024-01-01', 'week')).toBe('2024-01-01'); // a Monday
    expect(periodStart('2025-01-01', 'week')).toBe('2024-12-30');
    expect(periodStart('2024-02-29', 'month')).toBe('2024-02-01');
    expect(periodStart('2024-12-31', 'quarter')).toBe('2024-10-01');
    expect(periodStart('2024-03-31', 'quarter')).toBe('2024-01-01');
  });
  it('labels periods with ISO week numbers, months and quarters', () => {
    expect(periodLabel('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodLabel('2021-01-04', 'week')).toBe('2021-W01');
    expect(periodLabel('2020-12-28', 'week')).toBe('2020-W53');
    expect(periodLabel('2024-03-01', 'month')).toBe('2024-03');
    expect(periodLabel('2024-07-01', 'quarter')).toBe('2024-Q3');
  });
  it('ranges over every period inclusive of both ends', () => {
    expect(periodRange('2023-11-15', '2024-02-01', 'month')).toEqual(['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']);
    expect(periodRange('2024-01-01', '2024-12-31', 'quarter')).toHaveLength(4);
    expect(periodRange('2024-01-01', '2024-12-31', 'week')).toHaveLength(53);
    expect(periodRange('2024-03-01', '2024-01-01', 'month')).toEqual([]);
    expect(() => periodRange('1900-01-01', '2100-01-01', 'week', 100)).toThrow(RangeError);
  });
  it('fills gaps between the first and the last period with data', () => {
    const rows = new Map([
      ['2024-03-01', 'c'],
      ['2024-01-01', 'a'],
    ]);
    expect(fillPeriods(rows, 'month', () => '-')).toEqual([
      { start: '2024-01-01', row: 'a' },
      { start: '2024-02-01', row: '-' },
      { start: '2024-03-01', row: 'c' },
    ]);
    expect(fillPeriods(new Map(), 'month', () => '-')).toEqual([]);
  });
  it('rejects non-dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(() => parseIsoDate('yesterday')).toThrow(RangeError);
  });
  it('property: a date lies in its period, which is followed by the next period', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map(formatIsoDate);
    fc.assert(
      fc.property(date, fc.constantFrom(...GRANULARITIES), (d, g) => {
        const start = periodStart(d, g);
        const next = nextPeriod(start, g);
        expect(start <= d && d < next).toBe(true);
        expect(periodStart(start, g)).toBe(start);
        expect(periodStart(next, g)).toBe(next);
      }),
    );
  });
});
