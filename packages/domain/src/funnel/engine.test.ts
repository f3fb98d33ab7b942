import { describe, expect, it } from 'vitest';
import { classifyValue } from './classify';
import { computeFunnel } from './engine';
import { levelKey } from './levels';
import { FunnelInputError } from './types';

describe('computeFunnel: defaults and shape (contract "funnel request and result")', () => {
  const result = computeFunnel({ type: 'ratio', units: [{ id: 'A', observed: 12, expected: 9.4 }] });

  it('defaults: target 1 for ratios, levels 0.95 and 0.998, exact limits, no overdispersion, no curve', () => {
    expect(result.target).toBe(1);
    expect(Object.keys(result.units[0]!.limits)).toEqual(['0.95', '0.998']);
    expect(Object.keys(result.units[0]!.classification)).toEqual(['0.95', '0.998']);
    expect(result.overdispersion).toBeNull();
    expect(result.curve).toEqual([]);
    expect(result.units[0]).toMatchObject({ id: 'A', value: 12 / 9.4, x: 9.4 });
  });

  it('pools Σnumerator/Σdenominator as the default target for proportions and rates', () => {
    const units = [
      { id: 'a', numerator: 30, denominator: 200 },
      { id: 'b', numerator: 10, denominator: 300 },
    ];
    expect(computeFunnel({ type: 'proportion', units }).target).toBeCloseTo(0.08, 15);
    expect(computeFunnel({ type: 'rate', units }).target).toBeCloseTo(0.08, 15);
  });

  it('the multiplier scales value, limits and target but never x; a requested target is on the multiplied scale', () => {
    const units = [{ id: 'a', numerator: 30, denominator: 200 }];
    const plain = computeFunnel({ type: 'proportion', units, target: 0.2, curve: [50] });
    const percent = computeFunnel({ type: 'proportion', units, target: 20, multiplier: 100, curve: [50] });
    expect(percent.target).toBeCloseTo(20, 12);
    expect(percent.units[0]!.value).toBeCloseTo(15, 12);
    expect(percent.units[0]!.x).toBe(200);
    expect(percent.curve[0]!.x).toBe(50);
    expect(percent.units[0]!.limits['0.95']![1]).toBeCloseTo(plain.units[0]!.limits['0.95']![1] * 100, 10);
    expect(percent.units[0]!.classification).toEqual(plain.units[0]!.classification);
  });

  it('returns only the curve when there are no units (target required for proportions and rates)', () => {
    const curveOnly = computeFunnel({ type: 'rate', units: [], target: 0.01, curve: [100, 1000] });
    expect(curveOnly.units).toEqual([]);
    expect(curveOnly.curve.map((point) => point.x)).toEqual([100, 1000]);
    expect(() => computeFunnel({ type: 'rate', units: [], curve: [100] })).toThrow(FunnelInputError);
  });

  it('keys levels by their shortest decimal string', () => {
    expect(levelKey(0.95)).toBe('0.95');
    expect(levelKey(0.998)).toBe('0.998');
    expect(levelKey(0.9)).toBe('0.9');
    expect(levelKey(1e-7)).toBe('0.0000001');
    expect(levelKey(2.5e-8)).toBe('0.000000025');
    const custom = computeFunnel({ type: 'ratio', units: [], levels: [0.8, 0.99], curve: [10] });
    expect(Object.keys(custom.curve[0]!.limits)).toEqual(['0.8', '0.99']);
  });

  it('rejects what the contract rejects, with the path of the problem', () => {
    const cases: [Parameters<typeof computeFunnel>[0], (string | number)[]][] = [
      [{ type: 'ratio', units: [{ id: 'a', numerator: 1, denominator: 2 }] }, ['units', 0, 'observed']],
      [{ type: 'proportion', units: [{ id: 'a', numerator: 3, denominator: 2 }] }, ['units', 0, 'numerator']],
      [{ type: 'ratio', units: [{ id: 'a', observed: 1, expected: 0 }] }, ['units', 0, 'expected']],
      [{ type: 'ratio', units: [], limits: 'wilson' }, ['limits']],
      [{ type: 'proportion', units: [], target: 0.1, limits: 'byar' }, ['limits']],
      [{ type: 'proportion', units: [], target: 0.1, overdispersion: { method: 'additive', zScore: 'log' } }, ['overdispersion', 'zScore']],
      [{ type: 'ratio', units: [], levels: [0.95, 1] }, ['levels', 1]],
      [{ type: 'ratio', units: [], curve: [10, 0] }, ['curve', 1]],
      [{ type: 'proportion', units: [], target: 2 }, ['target']],
    ];
    for (const [request, path] of cases) {
      expect(() => computeFunnel(request)).toThrow(expect.objectContaining({ name: 'FunnelInputError', path }));
    }
  });
});

describe('classification at a limit (boundary option)', () => {
  it('a value on a limit is within by default (FunnelPlotR, PHE use strict comparisons) and outside on request', () => {
    expect(classifyValue(2, [0.5, 2], 1, 'within', Infinity)).toBe('within');
    expect(classifyValue(2, [0.5, 2], 1, 'outside', Infinity)).toBe('high');
    expect(classifyValue(0.5, [0.5, 2], 1, 'outside', Infinity)).toBe('low');
    expect(classifyValue(0.4, [0.5, 2], 1, 'within', Infinity)).toBe('low');
  });

  it('a limit clamped to the edge of the scale cannot be crossed, and a value on the target is never a signal', () => {
    expect(classifyValue(0, [0, 2], 1, 'outside', Infinity)).toBe('within');
    expect(classifyValue(1, [0.5, 1], 0.9, 'outside', 1)).toBe('within');
    expect(classifyValue(0, [0, 0], 0, 'outside', 1)).toBe('within');
    expect(classifyValue(0.1, [0, 0], 0, 'within', 1)).toBe('high');
  });

  it('Byar: boundary applies to the unit’s own interval test', () => {
    // O = 0: lower bound 0, so never high; upper bound −log(0.025) ≈ 3.689 for 95%.
    const units = [{ id: 'zero', observed: 0, expected: 3 }];
    const result = computeFunnel({ type: 'ratio', limits: 'byar', units, levels: [0.95] });
    expect(result.units[0]!.classification['0.95']).toBe('within');
    const big = computeFunnel({ type: 'ratio', limits: 'byar', units: [{ id: 'z', observed: 0, expected: 4 }], levels: [0.95] });
    expect(big.units[0]!.classification['0.95']).toBe('low');
  });
});
