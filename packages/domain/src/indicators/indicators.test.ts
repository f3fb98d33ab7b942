import { describe, expect, it } from 'vitest';
import { computeSpc } from '../spc/index';
import { compatibleCharts, defaultChartType, displayMultiplier, effectiveChartType, isChartCompatible } from './chart-type';
import { goalDomainCoverage, goalDomainOf } from './coverage';
import { definitionIssues, sameDefinition } from './definition';
import { indicatorSpcRequest, latestPoint, type SeriesPoint } from './spc-input';
import { INDICATOR_KINDS, MEASURES, type IndicatorDefinition } from './types';

const month: IndicatorDefinition = { observationCode: 'complication-90d', periodGranularity: 'month', numeratorFilter: { op: 'eq', value: 1 } };

describe('chart type', () => {
  it('derives the chart from the measure', () => {
    expect(MEASURES.map(defaultChartType)).toEqual(['p', 'u', 'c', 'i', 'i']);
  });
  it('an override wins when set and must fit the measure', () => {
    expect(effectiveChartType('proportion', null)).toBe('p');
    expect(effectiveChartType('proportion', 'pp')).toBe('pp');
    expect(isChartCompatible('mean', 'p')).toBe(false);
    expect(isChartCompatible('count', 'c')).toBe(true);
    for (const m of MEASURES) expect(compatibleCharts(m)[0]).toBe(defaultChartType(m));
  });
  it('shows proportions in percent unless the definition says otherwise', () => {
    expect(displayMultiplier('proportion', {})).toBe(100);
    expect(displayMultiplier('proportion', { multiplier: 1 })).toBe(1);
    expect(displayMultiplier('rate', { multiplier: 1000 })).toBe(1000);
    expect(displayMultiplier('mean', {})).toBe(1);
  });
});

describe('definition issues', () => {
  it('accepts a valid definition of each measure', () => {
    expect(definitionIssues('proportion', month)).toEqual([]);
    expect(definitionIssues('rate', { observationCode: 'falls', exposureCode: 'patient-days', periodGranularity: 'week', multiplier: 1000 })).toEqual([]);
    expect(definitionIssues('mean', { observationCode: 'ohs', periodGranularity: 'quarter', timepoint: '12m', denominatorFilter: { op: 'between', min: 0, max: 48 } })).toEqual([]);
    expect(definitionIssues('count', { observationCode: 'surgery', periodGranularity: 'month' })).toEqual([]);
  });
  it('names the field of every cross-field problem', () => {
    const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
    expect(paths(definitionIssues('proportion', { observationCode: 'x', periodGranularity: 'month' }))).toEqual(['definition.numeratorFilter']);
    expect(paths(definitionIssues('rate', { observationCode: 'x', periodGranularity: 'month' }))).toEqual(['definition.exposureCode']);
    expect(paths(definitionIssues('rate', { observationCode: 'x', exposureCode: 'x', periodGranularity: 'month' }))).toEqual(['definition.exposureCode']);
    expect(paths(definitionIssues('mean', { ...month, exposureCode: 'y' }))).toEqual(['definition.numeratorFilter', 'definition.exposureCode']);
    expect(paths(definitionIssues('proportion', { ...month, observationCode: 'bad code' }))).toEqual(['definition.observationCode']);
    expect(paths(definitionIssues('proportion', { ...month, denominatorFilter: { op: 'between', min: 5, max: 1 } }))).toEqual(['definition.denominatorFilter.min']);
    expect(paths(definitionIssues('proportion', { ...month, numeratorFilter: { op: 'in', values: [] } }))).toEqual(['definition.numeratorFilter.values']);
    expect(paths(definitionIssues('proportion', { ...month, multiplier: 0 }))).toEqual(['definition.multiplier']);
    expect(paths(definitionIssues('mean', { observationCode: 'x', periodGranularity: 'month' }, 'p'))).toEqual(['chartType']);
  });
  it('compares definitions regardless of key order and undefined fields', () => {
    expect(sameDefinition(month, { numeratorFilter: { value: 1, op: 'eq' }, periodGranularity: 'month', observationCode: 'complication-90d', timepoint: undefined })).toBe(true);
    expect(sameDefinition(month, { ...month, periodGranularity: 'week' })).toBe(false);
  });
});

describe('goal-domain coverage', () => {
  it('maps every kind; volume is not a goal domain', () => {
    expect(INDICATOR_KINDS.map(goalDomainOf)).toEqual(['drom', 'prom', 'prem', 'process', 'cost', 'staff', null]);
  });
  it('reports covered and missing domains of a minimal goal set', () => {
    const partial = goalDomainCoverage(['prom', 'prom', 'clinical-outcome', 'volume']);
    expect(partial).toMatchObject({ covered: ['drom', 'prom'], missing: ['prem', 'cost', 'process', 'staff'], isComplete: false });
    expect(partial.counts.prom).toBe(2);
    expect(goalDomainCoverage(['clinical-outcome', 'prom', 'prem', 'cost', 'process', 'staff-satisfaction']).isComplete).toBe(true);
    expect(goalDomainCoverage([]).missing).toHaveLength(6);
  });
});

describe('SPC input from a series', () => {
  const points: SeriesPoint[] = [
    { periodStart: '2024-01-01', numerator: 3, denominator: 50, value: 0.06, n: 50 },
    { periodStart: '2024-02-01', numerator: null, denominator: null, value: null, n: 0 },
    { periodStart: '2024-03-01', numerator: 0, denominator: 0, value: null, n: 0 },
    { periodStart: '2024-04-01', numerator: 5, denominator: 40, value: 0.125, n: 40 },
  ];
  it('feeds counts and denominators to a p chart, in percent', () => {
    const request = indicatorSpcRequest({ measure: 'proportion', definition: month, improvement: 'decrease', chartType: null }, points);
    expect(request).toEqual({
      chart: 'p',
      labels: ['2024-01', '2024-02', '2024-03', '2024-04'],
      multiplier: 100,
      improvement: 'decrease',
      values: [3, null, null, 5],
      denominators: [50, null, null, 40],
    });
    const result = computeSpc(request);
    expect(result.points[0]!.value).toBeCloseTo(6);
    expect(result.points[3]!.value).toBeCloseTo(12.5);
  });
  it('feeds values to run and XmR charts', () => {
    const request = indicatorSpcRequest({ measure: 'proportion', definition: month, improvement: 'decrease', chartType: 'run' }, points, 'quarter');
    expect(request).toMatchObject({ chart: 'run', values: [0.06, null, null, 0.125], labels: ['2024-Q1', '2024-Q1', '2024-Q1', '2024-Q2'] });
  });
  it('finds the latest point with a value, on the display scale', () => {
    expect(latestPoint({ measure: 'proportion', definition: month }, points)).toMatchObject({ periodStart: '2024-04-01', displayValue: 12.5 });
    expect(latestPoint({ measure: 'mean', definition: month }, points.slice(1, 3))).toBeNull();
  });
});
