import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSpc } from './engine';
import { medianInPlace } from './stats';
import type { SpcChart, SpcRequest, SpcResult } from './types';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const series = fc.array(value, { minLength: 2, maxLength: 60 });
const LINES = ['centre', 'lower', 'upper', 'lower2', 'upper2', 'lower1', 'upper1'] as const;

function close(a: number | null, b: number | null, scale = 1): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale);
}

/** Counts with denominators, for the attribute charts. */
const attributeSeries = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 2,
    maxLength: 40,
  })
  .map((rows) => ({ den: rows.map(([n]) => n), num: rows.map(([n, f]) => Math.round(n * f)) }));

describe('properties', () => {
  it('median by quickselect equals the median of a sorted copy', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 101 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const mid = sorted.length >>> 1;
        const expected = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(medianInPlace(Float64Array.from(xs), xs.length)).toBe(expected);
      }),
    );
  });

  it('i chart limits are symmetric around the centre', () => {
    fc.assert(
      fc.property(
        series,
        fc.constantFrom('mdc', 'qic', 'mdc-excel', 'pbi-spc' as const),
        (values, preset) => {
          const p = computeSpc({ chart: 'i', values, preset }).points[0]!;
          const scale = Math.abs(p.upper! - p.lower!);
          expect(close(p.upper! - p.centre!, p.centre! - p.lower!, scale)).toBe(true);
          expect(close(p.upper2! - p.centre!, p.centre! - p.lower2!, scale)).toBe(true);
          expect(close(p.upper1! - p.centre!, p.centre! - p.lower1!, scale)).toBe(true);
        },
      ),
    );
  });

  it('c chart limits are symmetric where the lower limit is not floored', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 50 }), (values) => {
        for (const p of computeSpc({ chart: 'c', values }).points) {
          if (p.lower! > 0) expect(close(p.upper! - p.centre!, p.centre! - p.lower!, p.upper!)).toBe(true);
          else expect(p.lower).toBe(0);
        }
      }),
    );
  });

  it('scaling the values by k scales the i chart centre and limits by k', () => {
    // Powers of two scale doubles exactly, so screening decisions cannot flip on rounding.
    fc.assert(
      fc.property(series, fc.constantFrom(0.25, 0.5, 2, 8), (values, k) => {
        const a = computeSpc({ chart: 'i', values }).points[0]!;
        const b = computeSpc({ chart: 'i', values: values.map((v) => v * k) }).points[0]!;
        for (const line of LINES)
          expect(close(b[line], a[line] === null ? null : a[line] * k, Math.abs(a.upper! * k))).toBe(true);
      }),
    );
  });

  it('permuting a phase leaves the centre and the multiset of limits of p, u and c charts unchanged', () => {
    fc.assert(
      fc.property(attributeSeries, fc.constantFrom<SpcChart>('p', 'u', 'c'), fc.nat(), (s, chart, seed) => {
        const order = s.num
          .map((_, i) => i)
          .sort((i, j) => ((i * 7919 + seed) % 101) - ((j * 7919 + seed) % 101));
        const request = (perm: number[]): SpcRequest =>
          chart === 'c'
            ? { chart, values: perm.map((i) => s.num[i]!) }
            : { chart, values: perm.map((i) => s.num[i]!), denominators: perm.map((i) => s.den[i]!) };
        const a = computeSpc(request(s.num.map((_, i) => i)));
        const b = computeSpc(request(order));
        expect(close(a.phases[0]!.centre, b.phases[0]!.centre)).toBe(true);
        const uppers = (r: SpcResult): number[] => r.points.map((p) => p.upper!).sort((x, y) => x - y);
        uppers(a).forEach((u, i) => expect(close(u, uppers(b)[i]!)).toBe(true));
      }),
    );
  });

  it('p and p′ limits stay within [0, multiplier]', () => {
    fc.assert(
      fc.property(
        attributeSeries,
        fc.constantFrom<SpcChart>('p', 'pp'),
        fc.constantFrom(1, 100, 1000),
        (s, chart, multiplier) => {
          for (const p of computeSpc({ chart, values: s.num, denominators: s.den, multiplier }).points) {
            for (const line of LINES) {
              const v = p[line];
              if (v !== null) expect(v >= 0 && v <= multiplier).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('excluded points never move the centre or the limits', () => {
    fc.assert(
      fc.property(
        series,
        fc.array(fc.nat(), { maxLength: 5 }),
        value,
        fc.constantFrom<SpcChart>('i', 'run', 'mr'),
        (values, picks, other, chart) => {
          const exclude = [...new Set(picks.map((k) => k % values.length))];
          const changed = values.map((v, i) => (exclude.includes(i) ? other : v));
          const a = computeSpc({ chart, values, exclude, preset: 'qic' });
          const b = computeSpc({ chart, values: changed, exclude, preset: 'qic' });
          expect(b.phases[0]!.centre).toBe(a.phases[0]!.centre);
          if (chart !== 'mr') expect(b.phases[0]!.upper).toBe(a.phases[0]!.upper);
        },
      ),
    );
  });

  it('any mix of missing values, phases, baseline and exclusions gives finite numbers or null, and sane runs', () => {
    const maybe = fc.option(fc.integer({ min: 0, max: 50 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(maybe, { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(79), { maxLength: 4 }),
        fc.array(fc.nat(79), { maxLength: 4 }),
        fc.option(
          fc.record({
            points: fc.integer({ min: 1, max: 30 }),
            scope: fc.constantFrom('phase' as const, 'series' as const),
          }),
          { nil: undefined },
        ),
        fc.constantFrom<SpcChart>('run', 'i', 'mr', 'c'),
        (values, phaseIdx, excl, baseline, chart) => {
          const n = values.length;
          const phases = [...new Set(phaseIdx.filter((p) => p > 0 && p < n))].sort((a, b) => a - b);
          const exclude = [...new Set(excl.filter((e) => e < n))];
          const r = computeSpc({ chart, values, phases, exclude, baseline, preset: 'qic' });
          expect(r.points).toHaveLength(n);
          for (const p of r.points)
            for (const line of LINES) expect(p[line] === null || Number.isFinite(p[line])).toBe(true);
          for (const ph of r.phases) {
            const runs = ph.runs!;
            expect(runs.nUseful).toBeLessThanOrEqual(runs.nObs);
            expect(runs.longestRun).toBeLessThanOrEqual(runs.nUseful);
            expect(runs.crossings).toBeLessThanOrEqual(Math.max(0, runs.nUseful - 1));
          }
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        },
      ),
    );
  });
});
