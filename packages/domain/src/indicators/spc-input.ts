import type { SpcRequest } from '../spc/types';
import { displayMultiplier, effectiveChartType } from './chart-type';
import { periodLabel } from './periods';
import type { Granularity, IndicatorSpec } from './types';

/**
 * One period of an indicator's series as the repository computes it. For a proportion or rate
 * `numerator`/`denominator` are set and `value` = numerator / denominator; for a count `value` is the
 * count; for a mean or median `value` is that statistic. `n` is the number of observations (null for
 * imported aggregates that do not say).
 */
export interface SeriesPoint {
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  n: number | null;
}

/**
 * The SPC request for an indicator's series: the chart from the indicator (override or the measure's
 * default), counts and denominators for attribute charts, values for run and XmR charts, the display
 * multiplier (100 for proportions unless defined otherwise) and the improvement direction.
 */
export function indicatorSpcRequest(
  spec: Pick<IndicatorSpec, 'measure' | 'definition' | 'improvement' | 'chartType'>,
  points: readonly SeriesPoint[],
  granularity: Granularity = spec.definition.periodGranularity,
): SpcRequest {
  const chart = effectiveChartType(spec.measure, spec.chartType);
  const labels = points.map((p) => periodLabel(p.periodStart, granularity));
  const base = { chart, labels, multiplier: displayMultiplier(spec.measure, spec.definition), improvement: spec.improvement };
  switch (chart) {
    case 'p':
    case 'pp':
    case 'u':
    case 'up':
      return {
        ...base,
        values: points.map((p) => (p.denominator ? p.numerator : null)),
        denominators: points.map((p) => (p.denominator ? p.denominator : null)),
      };
    case 'c':
    case 'i':
    case 'run':
      return { ...base, values: points.map((p) => p.value) };
  }
}

/** The last period that has a value, with its value on the display scale. */
export function latestPoint(spec: Pick<IndicatorSpec, 'measure' | 'definition'>, points: readonly SeriesPoint[]): (SeriesPoint & { displayValue: number }) | null {
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.value !== null) return { ...p, displayValue: p.value * displayMultiplier(spec.measure, spec.definition) };
  }
  return null;
}
