import { describe, expect, it } from 'vitest';
import {
  completenessRatio,
  expectsObservationPerEpisode,
  summariseCompleteness,
  timepointOffset,
} from './data-quality';

describe('timepointOffset', () => {
  it.each([
    [undefined, { months: 0, days: 0 }],
    ['baseline', { months: 0, days: 0 }],
    ['30d', { months: 0, days: 30 }],
    ['6w', { months: 0, days: 42 }],
    ['3m', { months: 3, days: 0 }],
    ['12M', { months: 12, days: 0 }],
    ['1y', { months: 12, days: 0 }],
    ['yearly', null],
    ['last-30d', null],
    ['death', null],
  ])('%s → %j', (label, offset) => expect(timepointOffset(label)).toEqual(offset));
});

describe('expectsObservationPerEpisode', () => {
  it('expects per-episode outcomes only', () => {
    expect(expectsObservationPerEpisode({ kind: 'prom', measure: 'mean', timepoint: '3m' })).toBe(true);
    expect(expectsObservationPerEpisode({ kind: 'clinical-outcome', measure: 'proportion' })).toBe(true);
    expect(expectsObservationPerEpisode({ kind: 'staff-satisfaction', measure: 'mean' })).toBe(false);
    expect(expectsObservationPerEpisode({ kind: 'volume', measure: 'count' })).toBe(false);
    expect(expectsObservationPerEpisode({ kind: 'clinical-outcome', measure: 'rate' })).toBe(false);
    expect(expectsObservationPerEpisode({ kind: 'prom', measure: 'mean', timepoint: 'weekly' })).toBe(false);
  });
});

describe('summariseCompleteness', () => {
  it('adds up the periods and lists the worst first', () => {
    const summary = summariseCompleteness(
      [
        { periodStart: '2024-01-01', expected: 10, present: 10 },
        { periodStart: '2024-02-01', expected: 10, present: 6 },
        { periodStart: '2024-03-01', expected: 4, present: 0 },
        { periodStart: '2024-04-01', expected: 20, present: 16 },
        { periodStart: '2024-05-01', expected: 2, present: 1 },
      ],
      3,
    );
    expect(summary).toMatchObject({ expected: 46, present: 33 });
    expect(summary.completeness).toBeCloseTo(33 / 46);
    // Feb, Mar and Apr each miss 4: Mar (0 %) before Feb (60 %) before Apr (80 %).
    expect(summary.worstPeriods.map((p) => [p.periodStart, p.missing, p.completeness])).toEqual([
      ['2024-03-01', 4, 0],
      ['2024-02-01', 4, 0.6],
      ['2024-04-01', 4, 0.8],
    ]);
  });

  it('says null when nothing was expected', () => {
    expect(summariseCompleteness([])).toEqual({
      expected: 0,
      present: 0,
      completeness: null,
      worstPeriods: [],
    });
    expect(completenessRatio(3, 2)).toBe(1);
  });
});
