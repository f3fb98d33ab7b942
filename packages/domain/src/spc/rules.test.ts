import { describe, expect, it } from 'vitest';
import { computeSpc } from './engine';
import type { SpcRequest, SpcResult } from './types';

/** Indices of the points where a signal fired. */
function flagged(r: SpcResult, rule: 'outside' | 'shift' | 'trend' | 'twoOfThree'): number[] {
  return r.points.filter((p) => p.signals[rule]).map((p) => p.index);
}

/**
 * A frozen baseline of [0, 1] × 5: mean 0.5, MR̄ = 1. With the MDC constant the limits are 0.5 ± 2.66
 * (2-sigma lines 0.5 ± 1.7733); points after the baseline are judged against them.
 */
function frozen(after: (number | null)[], extra: Partial<SpcRequest> = {}): SpcResult {
  return computeSpc({
    chart: 'i',
    preset: 'mdc',
    values: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, ...after],
    baseline: { points: 10, scope: 'phase' },
    ...extra,
  });
}

const ONLY = (rules: NonNullable<NonNullable<SpcRequest['options']>['rules']>): SpcRequest['options'] => ({
  rules: { outside: false, shift: false, trend: false, twoOfThree: false, anhoej: false, ...rules },
});

describe('shift', () => {
  // Each sequence starts with a 0 (below the mean) so that the baseline's last point (1) does not join the run.
  it('flags 7 points in a row strictly above the centre, not 6 (mdc)', () => {
    const seven = frozen([0, 1, 1, 1, 1, 1, 1, 1, 0], { options: ONLY({ shift: 7 }) });
    expect(flagged(seven, 'shift')).toEqual([11, 12, 13, 14, 15, 16, 17]);
    const six = frozen([0, 1, 1, 1, 1, 1, 1, 0], { options: ONLY({ shift: 7 }) });
    expect(flagged(six, 'shift')).toEqual([]);
  });

  it('a point exactly on the centre breaks the run; missing points are bridged', () => {
    const broken = frozen([0, 1, 1, 1, 0.5, 1, 1, 1, 1], { options: ONLY({ shift: 7 }) });
    expect(flagged(broken, 'shift')).toEqual([]);
    const bridged = frozen([0, 1, 1, 1, null, 1, 1, 1, 1], { options: ONLY({ shift: 7 }) });
    expect(flagged(bridged, 'shift')).toEqual([11, 12, 13, 15, 16, 17, 18]);
  });

  it('excluded points neither count nor break a run, but are still flagged outside', () => {
    const r = frozen([0, 1, 1, 1, -9, 1, 1, 1], {
      exclude: [14],
      options: ONLY({ shift: 7, outside: true }),
    });
    expect(flagged(r, 'shift')).toEqual([]);
    const r2 = frozen([0, 1, 1, 1, -9, 1, 1, 1, 1], {
      exclude: [14],
      options: ONLY({ shift: 7, outside: true }),
    });
    expect(flagged(r2, 'shift')).toEqual([11, 12, 13, 15, 16, 17, 18]);
    expect(flagged(r2, 'outside')).toEqual([14]);
  });

  it('does not run across a phase boundary', () => {
    const r = computeSpc({
      chart: 'run',
      preset: 'mdc',
      values: [1, 2, 1, 2, 5, 5, 5, 5, 0, 0, 0, 5, 5, 5, 5],
      phases: [8],
    });
    expect(flagged(r, 'shift')).toEqual([]);
  });
});

describe('trend', () => {
  it('flags 7 points each strictly above the previous one, not 6 (mdc)', () => {
    expect(
      flagged(frozen([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0], { options: ONLY({ trend: 7 }) }), 'trend'),
    ).toEqual([10, 11, 12, 13, 14, 15, 16]);
    // The baseline ends on 1, so 0.1 … 0.6 is a rise of only 6 points.
    expect(
      flagged(frozen([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0], { options: ONLY({ trend: 7 }) }), 'trend'),
    ).toEqual([]);
  });

  it('PowerBI-SPC trend.test.ts: n = 5 on [1, 2, 3, 4, 5, 6, 5] flags the first six points (pbi-spc)', () => {
    const r = computeSpc({
      chart: 'i',
      preset: 'pbi-spc',
      options: ONLY({ trend: 5 }),
      values: [1, 2, 3, 4, 5, 6, 5],
    });
    expect(flagged(r, 'trend')).toEqual([0, 1, 2, 3, 4, 5]);
    const r2 = computeSpc({
      chart: 'i',
      preset: 'pbi-spc',
      values: [1, 2, 3, 2, 3, 4, 5, 6],
      options: ONLY({ trend: 4 }),
    });
    expect(flagged(r2, 'trend')).toEqual([3, 4, 5, 6, 7]);
  });

  it('ties break a trend ("break") or are skipped ("skip")', () => {
    const values = [1, 2, 3, 3, 4, 5, 6, 7];
    const broken = computeSpc({ chart: 'run', values, options: ONLY({ trend: 7, trendTies: 'break' }) });
    expect(flagged(broken, 'trend')).toEqual([]);
    const five = computeSpc({ chart: 'run', values, options: ONLY({ trend: 5, trendTies: 'break' }) });
    expect(flagged(five, 'trend')).toEqual([3, 4, 5, 6, 7]);
    const skipped = computeSpc({ chart: 'run', values, options: ONLY({ trend: 7, trendTies: 'skip' }) });
    expect(flagged(skipped, 'trend')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('the trend direction sets the point type (right side at a turning point)', () => {
    const r = computeSpc({
      chart: 'run',
      improvement: 'increase',
      values: [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1],
      options: ONLY({ trend: 7 }),
    });
    expect(r.points.map((p) => p.type)).toEqual([
      ...Array<string>(6).fill('improvement'),
      ...Array<string>(7).fill('concern'),
    ]);
  });
});

describe('two-of-three', () => {
  // Limits: centre 0.5, 2-sigma lines 0.5 ± 1.7733, 3-sigma 0.5 ± 2.66 (upper 3.16).
  it('mdc2023 counts points beyond the limit but flags only those in the band; mdc2019 ignores them', () => {
    const after = [0.6, 2.5, 3.5, 1, 0.6];
    expect(flagged(frozen(after, { options: ONLY({ twoOfThree: 'mdc2023' }) }), 'twoOfThree')).toEqual([11]);
    expect(flagged(frozen(after, { options: ONLY({ twoOfThree: 'mdc2019' }) }), 'twoOfThree')).toEqual([]);
    expect(
      flagged(frozen([0.6, 2.5, 2.5, 0.6], { options: ONLY({ twoOfThree: 'mdc2019' }) }), 'twoOfThree'),
    ).toEqual([11, 12]);
  });

  it('mdc requires all three points strictly on one side of the mean; beyond2sigma does not', () => {
    const after = [0.5, 2.5, 2.5, 0, 0.5];
    expect(flagged(frozen(after, { options: ONLY({ twoOfThree: 'mdc2023' }) }), 'twoOfThree')).toEqual([]);
    expect(flagged(frozen(after, { options: ONLY({ twoOfThree: 'beyond2sigma' }) }), 'twoOfThree')).toEqual([
      11, 12,
    ]);
  });

  it('beyond2sigma flags the window points beyond a 2-sigma line, including beyond 3 sigma (PowerBI-SPC twoInThree)', () => {
    const r = frozen([0.6, 2.5, 0.6, 3.5, 0.6, 0.6], { options: ONLY({ twoOfThree: 'beyond2sigma' }) });
    expect(flagged(r, 'twoOfThree')).toEqual([11, 13]);
    const opposite = frozen([0.6, 2.5, -2.5, 2.5, 0.6], { options: ONLY({ twoOfThree: 'beyond2sigma' }) });
    expect(flagged(opposite, 'twoOfThree')).toEqual([]);
  });

  it('a point exactly on the 2-sigma line is not beyond it', () => {
    const base = frozen([]);
    const upper2 = base.points[0]!.upper2!;
    const r = frozen([upper2, upper2, 0.6], { options: ONLY({ twoOfThree: 'beyond2sigma' }) });
    expect(flagged(r, 'twoOfThree')).toEqual([]);
  });
});

describe('outside', () => {
  it('is strict: a point on a limit is inside, just beyond it is outside', () => {
    const base = frozen([]);
    const { upper, lower } = base.points[0]!;
    const r = frozen([upper, lower, upper! + 1e-9, lower! - 1e-9], { options: ONLY({ outside: true }) });
    expect(flagged(r, 'outside')).toEqual([12, 13]);
  });

  it('c chart: the lower limit is floored at 0 and a count of 0 is not below it', () => {
    const r = computeSpc({
      chart: 'c',
      values: [4, 4, 4, 4, 0, 10, 11],
      baseline: { points: 4, scope: 'phase' },
    });
    expect(r.points[4]).toMatchObject({ lower: 0, upper: 10 });
    expect(flagged(r, 'outside')).toEqual([6]);
  });
});

describe('point type precedence: outside > trend > two-of-three > shift', () => {
  it('a falling trend above the mean is a concern for "increase" even though it is a shift and two-of-three above', () => {
    const r = frozen([3, 2.9, 2.8, 2.7, 2.6, 2.5, 2.4], { improvement: 'increase' });
    const p = r.points[12]!;
    expect(p.signals).toEqual({ outside: false, shift: true, trend: true, twoOfThree: true });
    expect(p.type).toBe('concern');
    expect(r.variation).toBe('concern-low');
  });

  it('outside above wins over a falling trend', () => {
    const r = frozen([9, 8, 7, 6, 5, 4, 3.5], { improvement: 'increase' });
    expect(r.points[10]!.type).toBe('improvement');
    expect(r.variation).toBe('improvement-high');
  });

  it('maps directions to improvement/concern/neutral and the variation icon', () => {
    expect(frozen([-9], { improvement: 'increase' }).variation).toBe('concern-low');
    expect(frozen([-9], { improvement: 'decrease' }).variation).toBe('improvement-low');
    expect(frozen([9], { improvement: 'decrease' }).variation).toBe('concern-high');
    expect(frozen([9], { improvement: 'neutral' })).toMatchObject({ variation: 'neutral-high' });
    expect(frozen([9]).points[10]!.type).toBe('neutral');
    expect(frozen([0.6]).variation).toBe('common');
  });
});

describe('assurance', () => {
  // Frozen limits: lower −2.16, upper 3.16.
  it.each([
    ['increase', -3, 'pass'],
    ['increase', 4, 'fail'],
    ['increase', 0, 'inconsistent'],
    ['decrease', 4, 'pass'],
    ['decrease', -3, 'fail'],
    ['decrease', 1, 'inconsistent'],
  ] as const)('%s with target %d → %s', (improvement, target, expected) => {
    expect(frozen([0.6], { improvement, target }).assurance).toBe(expected);
  });

  it('a target equal to a limit is inconsistent; no target or no direction gives null', () => {
    const upper = frozen([0.6]).points[10]!.upper!;
    expect(frozen([0.6], { improvement: 'increase', target: upper }).assurance).toBe('inconsistent');
    expect(frozen([0.6], { improvement: 'increase' }).assurance).toBeNull();
    expect(frozen([0.6], { improvement: 'neutral', target: 10 }).assurance).toBeNull();
  });

  it('compares on the multiplied scale', () => {
    const request = {
      chart: 'p',
      values: [5, 6, 4, 5],
      denominators: [10, 10, 10, 10],
      multiplier: 100,
    } as const;
    const r = computeSpc({ ...request, improvement: 'increase', target: 98 });
    // p̄ = 0.5, σ = √(0.25/10): upper = 100 · (0.5 + 3σ) = 97.43.
    expect(r.points[3]!.upper).toBeCloseTo(97.434, 3);
    expect(r.assurance).toBe('fail');
    expect(computeSpc({ ...request, improvement: 'increase', target: 97 }).assurance).toBe('inconsistent');
  });
});
