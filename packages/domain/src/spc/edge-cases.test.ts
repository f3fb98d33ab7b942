import { describe, expect, it } from 'vitest';
import { computeSpc } from './engine';

const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const meanMr = (a: number[]): number => mean(a.slice(1).map((v, i) => Math.abs(v - a[i]!)));

describe('degenerate input', () => {
  it('all missing: no centre, no limits, no signals, warnings', () => {
    const r = computeSpc({ chart: 'i', values: [null, null, null], preset: 'qic' });
    expect(
      r.points.every((p) => p.value === null && p.centre === null && p.upper === null && p.type === 'common'),
    ).toBe(true);
    expect(r.phases[0]).toMatchObject({ centre: null, lower: null, upper: null, meanMovingRange: null });
    expect(r.phases[0]!.runs).toEqual({
      nObs: 3,
      nUseful: 0,
      longestRun: 0,
      longestRunMax: null,
      crossings: 0,
      crossingsMin: null,
      signal: false,
    });
    expect(r.phases[0]!.warnings).toEqual(['trial-limits', 'no-usable-points']);
    expect(r).toMatchObject({ variation: 'common', assurance: null, warnings: ['no-usable-points'] });
  });

  it('no points at all', () => {
    const r = computeSpc({ chart: 'run', values: [] });
    expect(r).toEqual({
      chart: 'run',
      points: [],
      phases: [],
      variation: 'common',
      assurance: null,
      warnings: ['no-usable-points'],
    });
  });

  it('a single point: an i chart has a centre but no moving range, so no limits; a p chart has limits', () => {
    const i = computeSpc({ chart: 'i', values: [5] });
    expect(i.points[0]).toMatchObject({ value: 5, centre: 5, lower: null, upper: null });
    expect(i.phases[0]!.meanMovingRange).toBeNull();
    const p = computeSpc({ chart: 'p', values: [5], denominators: [20] });
    expect(p.points[0]!.centre).toBe(0.25);
    expect(p.points[0]!.upper).toBeCloseTo(0.25 + 3 * Math.sqrt((0.25 * 0.75) / 20), 12);
  });

  it('constant data: MR̄ = 0, every line on the centre, nothing outside, no runs', () => {
    const r = computeSpc({
      chart: 'i',
      values: [3, 3, 3, 3, 3, 3, 3, 3],
      preset: 'mdc',
      options: { rules: { anhoej: true } },
    });
    expect(
      r.points.every((p) => p.lower === 3 && p.upper === 3 && p.lower1 === 3 && !p.signals.outside),
    ).toBe(true);
    expect(r.points.every((p) => p.type === 'common')).toBe(true);
    expect(r.phases[0]!.meanMovingRange).toBe(0);
    expect(r.phases[0]!.runs).toMatchObject({ nObs: 8, nUseful: 0, signal: false });
  });

  it('zero denominators: no value and no limits; counted in nObs, not nUseful', () => {
    const r = computeSpc({
      chart: 'p',
      preset: 'qic',
      values: [2, 3, 0, 4, 1],
      denominators: [10, 10, 0, 10, 10],
    });
    expect(r.points[2]).toMatchObject({ value: null, lower: null, upper: null, lower2: null, centre: 0.25 });
    expect(r.phases[0]!.centre).toBe(0.25);
    expect(r.phases[0]!.runs).toMatchObject({ nObs: 5, nUseful: 4 });
    expect(r.warnings).toEqual(['zero-denominator']);
    // Its limits do not count when deciding whether the phase's limits are constant.
    expect(r.phases[0]!.upper).toBeCloseTo(0.25 + 3 * Math.sqrt((0.25 * 0.75) / 10), 12);
  });

  it('zero denominator on an i chart of ratios: bridged by the moving ranges', () => {
    const r = computeSpc({ chart: 'i', values: [1, 3, 5, 2], denominators: [1, 1, 0, 1], preset: 'qic' });
    expect(r.points[2]).toMatchObject({ value: null, upper: null });
    expect(r.phases[0]!.meanMovingRange).toBe(1.5);
  });
});

describe('moving ranges', () => {
  it('bridge missing and excluded points within a phase and never cross a phase boundary', () => {
    const r = computeSpc({
      chart: 'i',
      preset: 'mdc-excel',
      values: [1, null, 3, 100, 5, 20, 22, 21],
      exclude: [3],
      phases: [5],
    });
    expect(r.phases[0]!.meanMovingRange).toBe(2); // |3 − 1|, |5 − 3|
    expect(r.phases[1]!.meanMovingRange).toBe(1.5); // |22 − 20|, |21 − 22|
  });

  it('mr chart: the first point of each phase is null; an excluded point shows its range but the next bridges it', () => {
    const r = computeSpc({ chart: 'mr', values: [1, 2, 4, 7, 11, 16], phases: [3] });
    expect(r.points.map((p) => p.value)).toEqual([null, 1, 2, null, 4, 5]);
    const x = computeSpc({ chart: 'mr', values: [1, 2, 4, 7], exclude: [2] });
    expect(x.points.map((p) => p.value)).toEqual([null, 1, 2, 5]);
    expect(x.phases[0]!.centre).toBe(3);
    expect(x.points[3]!.upper).toBeCloseTo(3 * 3.267, 12);
  });

  it('screening drops moving ranges ≥ 3.267 × MR̄ once (Provost & Murray), and only when asked', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 30, 10, 11];
    const mrs = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
    const raw = mean(mrs);
    const kept = mrs.filter((m) => m < 3.267 * raw);
    expect(computeSpc({ chart: 'i', preset: 'mdc', values }).phases[0]!.meanMovingRange).toBeCloseTo(
      mean(kept),
      12,
    );
    expect(computeSpc({ chart: 'i', preset: 'mdc-excel', values }).phases[0]!.meanMovingRange).toBeCloseTo(
      raw,
      12,
    );
    expect(
      computeSpc({ chart: 'i', preset: 'mdc-excel', values, options: { screenMovingRanges: true } })
        .phases[0]!.meanMovingRange,
    ).toBeCloseTo(mean(kept), 12);
  });

  it('mr chart centre is the unscreened mean moving range', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 30, 10, 11];
    expect(computeSpc({ chart: 'mr', preset: 'mdc', values }).phases[0]!.centre).toBeCloseTo(
      meanMr(values),
      12,
    );
  });
});

describe('phases, baseline and exclusions combined', () => {
  const values = [5, 7, 30, 6, 8, 9, 4, 12, 5, 6, 20, 22, 21, 60, 23, 19, 25, 24, 18, 26];

  it('phase-scoped baseline of 5 less excluded points, extended to the rest of each phase', () => {
    const r = computeSpc({
      chart: 'i',
      preset: 'mdc-excel',
      values,
      phases: [10],
      baseline: { points: 5, scope: 'phase' },
      exclude: [2, 13],
    });
    const b0 = [5, 7, 6, 8];
    const b1 = [20, 22, 21, 23]; // indices 10..14 less the excluded 13
    expect(r.phases[0]!.centre).toBeCloseTo(mean(b0), 12);
    expect(r.phases[0]!.upper).toBeCloseTo(mean(b0) + 2.66 * meanMr(b0), 12);
    expect(r.phases[1]!.centre).toBeCloseTo(mean(b1), 12);
    expect(r.phases[1]!.upper).toBeCloseTo(mean(b1) + 2.66 * meanMr(b1), 12);
    expect(r.points[13]).toMatchObject({ excluded: true, value: 60, signals: { outside: true } });
    expect(r.points[2]).toMatchObject({ excluded: true, signals: { outside: true } });
  });

  it('series-scoped baseline counts from the first point; a phase starting after it uses all its points', () => {
    const r = computeSpc({
      chart: 'c',
      values,
      phases: [6, 14],
      baseline: { points: 10, scope: 'series' },
      exclude: [2],
    });
    expect(r.phases[0]!.centre).toBeCloseTo(mean([5, 7, 6, 8, 9]), 12); // indices 0..5 less 2
    expect(r.phases[1]!.centre).toBeCloseTo(mean([4, 12, 5, 6]), 12); // indices 6..9: the series baseline ends at 10
    expect(r.phases[2]!.centre).toBeCloseTo(mean(values.slice(14)), 12); // starts after the baseline: all its points
  });

  it('runs analysis uses the frozen centre and every non-excluded point of the phase', () => {
    const r = computeSpc({
      chart: 'run',
      preset: 'qic',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      baseline: { points: 4, scope: 'phase' },
      exclude: [0],
    });
    // Frozen median of 2, 3, 4 = 3: the point 3 is on it; 2 is below; 4 … 12 (9 points) are above.
    expect(r.phases[0]!.centre).toBe(3);
    expect(r.phases[0]!.runs).toEqual({
      nObs: 11,
      nUseful: 10,
      longestRun: 9,
      longestRunMax: 6,
      crossings: 1,
      crossingsMin: 2,
      signal: true,
    });
  });

  it('excluded points never move the centre', () => {
    const a = computeSpc({ chart: 'i', values: [1, 2, 3, 4, 5], exclude: [4] });
    const b = computeSpc({ chart: 'i', values: [1, 2, 3, 4, 500], exclude: [4] });
    expect(b.phases[0]).toEqual(a.phases[0]);
  });
});

describe('multiplier and labels', () => {
  it('scales values, centre, limits and MR̄; echoes labels', () => {
    const base = computeSpc({ chart: 'i', values: [1, 2, 3, 2], labels: ['a', 'b', 'c', 'd'] });
    const pct = computeSpc({ chart: 'i', values: [1, 2, 3, 2], multiplier: 100 });
    expect(pct.points[2]!.value).toBe(300);
    expect(pct.phases[0]!.centre).toBeCloseTo(base.phases[0]!.centre! * 100, 10);
    expect(pct.phases[0]!.upper).toBeCloseTo(base.phases[0]!.upper! * 100, 10);
    expect(pct.phases[0]!.meanMovingRange).toBeCloseTo(base.phases[0]!.meanMovingRange! * 100, 10);
    expect(base.points.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(pct.points[0]!.label).toBeNull();
  });

  it('p limits are truncated to [0, 1] before multiplying', () => {
    const r = computeSpc({
      chart: 'p',
      values: [1, 0, 1, 9],
      denominators: [10, 10, 10, 10],
      multiplier: 100,
    });
    expect(r.points.every((p) => p.lower! >= 0 && p.upper! <= 100)).toBe(true);
    expect(r.points[0]!.lower).toBe(0);
  });

  it('a phase with fewer than 13 points gets a trial-limits warning', () => {
    const twelve = computeSpc({
      chart: 'i',
      values: Array.from({ length: 25 }, (_, i) => i % 3),
      phases: [12],
    });
    expect(twelve.phases.map((p) => p.warnings)).toEqual([['trial-limits'], []]);
  });
});

describe('the result object (points built on first read)', () => {
  const values = [5, 6, 5, 4, 40, 6, 5, 4, 5, 6];
  const request = { chart: 'i', values, labels: values.map((_, i) => `w${i + 1}`) } as const;

  it('serialises with the contract keys in order, points included, and the same JSON on every call', () => {
    const r = computeSpc(request);
    const json = JSON.stringify(r);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'chart',
      'points',
      'phases',
      'variation',
      'assurance',
      'warnings',
    ]);
    expect(JSON.stringify(r)).toBe(json);
    expect(JSON.stringify(computeSpc(request).points)).toBe(JSON.stringify(r.points));
    expect(r.points[4]).toMatchObject({ index: 4, label: 'w5', value: 40, signals: { outside: true } });
  });

  it('reads the same array every time, and spreads, copies and equality see the points', () => {
    const r = computeSpc(request);
    expect(r.points).toBe(r.points);
    expect({ ...computeSpc(request) }.points).toHaveLength(10);
    expect(JSON.parse(JSON.stringify(computeSpc(request)))).toEqual(r);
    expect(computeSpc(request)).toEqual(r);
  });

  it('takes an assigned points array like a plain property', () => {
    const r = computeSpc(request);
    r.points = r.points.slice(0, 2);
    expect(r.points).toHaveLength(2);
    expect(Object.keys(r)[1]).toBe('points');
  });
});
