import { describe, expect, it } from 'vitest';
import { buildRequest, resolvePoints, type CalculatorSettings } from './build-request';
import type { ParsedSeries } from './parse-series';

const labelled: ParsedSeries = {
  values: [3, 4, 5, 6],
  labels: ['jan', 'feb', 'mrt', 'apr 2024'],
  denominators: [10, 10, 12, 12],
  lines: [1, 2, 3, 4],
};
const plain: ParsedSeries = {
  values: [3, 4, 5, 6, 7],
  labels: null,
  denominators: null,
  lines: [1, 2, 3, 4, 5],
};
const settings: CalculatorSettings = {
  chart: 'i',
  improvement: 'increase',
  preset: 'mdc',
  target: '',
  multiplier: '',
  phases: '',
  exclude: '',
};

describe('resolvePoints', () => {
  it('accepts labels and 1-based point numbers', () => {
    expect(resolvePoints('feb 4', labelled)).toEqual({ indices: [1, 3], unknown: [] });
    expect(resolvePoints('3, 2, 3', plain)).toEqual({ indices: [1, 2], unknown: [] });
  });

  it('splits on commas or semicolons when present, so labels may hold spaces', () => {
    expect(resolvePoints('apr 2024; jan', labelled)).toEqual({ indices: [0, 3], unknown: [] });
  });

  it('reports tokens that are neither', () => {
    expect(resolvePoints('0 6 mei', plain)).toEqual({ indices: [], unknown: ['0', '6', 'mei'] });
  });
});

describe('buildRequest', () => {
  it('builds the contract request, with 1-based numbers as labels when the series has none', () => {
    expect(
      buildRequest(plain, { ...settings, target: '5,5', multiplier: '100', phases: '3', exclude: '5' }),
    ).toEqual({
      request: {
        chart: 'i',
        values: [3, 4, 5, 6, 7],
        labels: ['1', '2', '3', '4', '5'],
        improvement: 'increase',
        preset: 'mdc',
        target: 5.5,
        multiplier: 100,
        phases: [2],
        exclude: [4],
      },
      errors: [],
    });
  });

  it('sends denominators for p charts and drops them for c charts', () => {
    expect(buildRequest(labelled, { ...settings, chart: 'p' }).request).toMatchObject({
      denominators: [10, 10, 12, 12],
      labels: ['jan', 'feb', 'mrt', 'apr 2024'],
    });
    expect(buildRequest(labelled, { ...settings, chart: 'c' }).request).not.toHaveProperty('denominators');
  });

  it('reports what the user can fix before asking the server', () => {
    expect(buildRequest(plain, { ...settings, chart: 'u', target: 'hoog', phases: 'x' })).toEqual({
      request: null,
      errors: [
        { field: 'data', kind: 'denominatorsRequired' },
        { field: 'target', kind: 'number' },
        { field: 'phases', kind: 'token', token: 'x' },
      ],
    });
  });
});
