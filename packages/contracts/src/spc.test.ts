import { computeSpc } from '@leerlus/domain/spc/index';
import { describe, expect, it } from 'vitest';
import { spcRequestSchema, spcResultSchema } from './spc';

/** The paths of the issues of an invalid request (dotted, as the CLI prints them). */
function paths(input: unknown): string[] {
  const parsed = spcRequestSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
}

const P = { chart: 'p', values: [1, 2, 3], denominators: [10, 10, 10] };

describe('spcRequestSchema: valid requests', () => {
  it.each([
    { chart: 'run', values: [1, null, 3] },
    { chart: 'i', values: [1, 2, 3], denominators: [2, 0, 4], labels: ['a', 'b', 'c'] },
    { chart: 'mr', values: [1, 2, 3, 4], phases: [2], exclude: [0] },
    P,
    { chart: 'pp', values: [1, 2], denominators: [5, 5], multiplier: 100 },
    { chart: 'u', values: [1.5, 2, 3], denominators: [1, 2, 3] },
    { chart: 'up', values: [1, 2, 3], denominators: [1, 2, 3], target: 0.5, improvement: 'decrease' },
    { chart: 'c', values: [1, 2, 3], baseline: { points: 2, scope: 'series' } },
  ])('%o', (request) => {
    expect(spcRequestSchema.safeParse(request).success).toBe(true);
  });

  it('accepts every option, and defaults the baseline scope to "phase"', () => {
    const parsed = spcRequestSchema.parse({
      ...P,
      preset: 'pbi-spc',
      baseline: { points: 2 },
      options: {
        xmrConstant: '3/1.128',
        screenMovingRanges: false,
        centre: 'median',
        rules: {
          outside: true,
          shift: 8,
          trend: false,
          trendTies: 'skip',
          twoOfThree: 'mdc2019',
          anhoej: true,
        },
      },
    });
    expect(parsed.baseline).toEqual({ points: 2, scope: 'phase' });
  });

  it('a parsed request computes, and the domain result satisfies spcResultSchema', () => {
    const request = spcRequestSchema.parse({
      ...P,
      labels: ['a', 'b', 'c'],
      preset: 'qic',
      improvement: 'increase',
      target: 0.5,
    });
    const result = computeSpc(request);
    expect(spcResultSchema.parse(result)).toEqual(result);
  });
});

describe('spcRequestSchema: each invalid case reports the offending path', () => {
  it.each([
    ['unknown top-level field', { ...P, colour: 'red' }, ''],
    ['unknown field in options', { ...P, options: { colour: 'red' } }, 'options'],
    ['unknown field in options.rules', { ...P, options: { rules: { wobble: 3 } } }, 'options.rules'],
    [
      'unknown field in baseline',
      { ...P, baseline: { points: 3, scope: 'phase', freeze: true } },
      'baseline',
    ],
    ['unknown chart', { chart: 'xbar', values: [1] }, 'chart'],
    ['non-numeric value', { chart: 'i', values: ['1', 2] }, 'values.0'],
    ['no values', { chart: 'i', values: [] }, 'values'],
    ['rule length below 2', { ...P, options: { rules: { shift: 1 } } }, 'options.rules.shift'],
    [
      'two-of-three variant',
      { ...P, options: { rules: { twoOfThree: 'mdc2025' } } },
      'options.rules.twoOfThree',
    ],
    ['zero multiplier', { ...P, multiplier: 0 }, 'multiplier'],
    ['baseline of zero points', { ...P, baseline: { points: 0, scope: 'phase' } }, 'baseline.points'],
    ['fractional phase start', { ...P, phases: [1.5] }, 'phases.0'],
  ])('%s', (_name, input, path) => {
    expect(paths(input)).toContain(path);
  });

  it.each([
    ['denominators missing for p', { chart: 'p', values: [1, 2] }, 'denominators'],
    ['denominators missing for up', { chart: 'up', values: [1, 2] }, 'denominators'],
    ['denominators given for c', { chart: 'c', values: [1, 2], denominators: [3, 4] }, 'denominators'],
    ['denominators of another length', { ...P, denominators: [10, 10] }, 'denominators'],
    ['labels of another length', { ...P, labels: ['a'] }, 'labels'],
    ['negative denominator', { chart: 'i', values: [1, 2], denominators: [-1, 2] }, 'denominators.0'],
    ['missing denominator with a value', { ...P, denominators: [10, null, 10] }, 'denominators.1'],
    ['numerator above denominator (p)', { ...P, values: [1, 11, 3] }, 'values.1'],
    ['numerator above denominator (pp)', { ...P, chart: 'pp', values: [1, 2, 30] }, 'values.2'],
    ['negative count (c)', { chart: 'c', values: [1, 2, -3] }, 'values.2'],
    ['negative count (u)', { chart: 'u', values: [-1, 2], denominators: [1, 1] }, 'values.0'],
    ['phase start 0', { ...P, phases: [0] }, 'phases.0'],
    ['phase start beyond the series', { ...P, phases: [1, 3] }, 'phases.1'],
    ['phases not strictly increasing', { chart: 'i', values: [1, 2, 3, 4, 5], phases: [3, 2] }, 'phases.1'],
    ['repeated phase start', { chart: 'i', values: [1, 2, 3, 4, 5], phases: [2, 2] }, 'phases.1'],
    ['excluded index out of range', { ...P, exclude: [1, 3] }, 'exclude.1'],
    ['negative excluded index', { ...P, exclude: [-1] }, 'exclude.0'],
  ])('%s', (_name, input, path) => {
    expect(paths(input)).toEqual([path]);
  });

  it('a u chart may have a numerator above its denominator; i charts may have negative values', () => {
    expect(spcRequestSchema.safeParse({ chart: 'u', values: [30], denominators: [2] }).success).toBe(true);
    expect(spcRequestSchema.safeParse({ chart: 'i', values: [-3, 2] }).success).toBe(true);
  });

  it('gives a readable message', () => {
    const parsed = spcRequestSchema.safeParse({ chart: 'p', values: [1] });
    expect(parsed.error?.issues[0]?.message).toBe('required for a p chart');
  });
});
