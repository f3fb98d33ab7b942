import type { IndicatorChart, IndicatorDefinition, Measure } from './types';

/**
 * The default chart for a measure: a proportion on a p chart (binomial), a rate per exposure on a
 * u chart (Poisson), a count on a c chart, and a mean or median on an XmR (i) chart (Provost & Murray,
 * "The Health Care Data Guide", ch. 5–6; NHS Making Data Count uses XmR for continuous measures).
 */
export function defaultChartType(measure: Measure): IndicatorChart {
  switch (measure) {
    case 'proportion':
      return 'p';
    case 'rate':
      return 'u';
    case 'count':
      return 'c';
    case 'mean':
    case 'median':
      return 'i';
  }
}

/**
 * The charts that make statistical sense for a measure. Every measure may be shown as a run chart or
 * an XmR chart of its values; Laney's p′/u′ fit over-dispersed proportions and rates (large denominators).
 */
const COMPATIBLE: Readonly<Record<Measure, readonly IndicatorChart[]>> = {
  proportion: ['p', 'pp', 'i', 'run'],
  rate: ['u', 'up', 'i', 'run'],
  count: ['c', 'i', 'run'],
  mean: ['i', 'run'],
  median: ['i', 'run'],
};

/** True when `chart` may be used for `measure` (an override must pass this). */
export function isChartCompatible(measure: Measure, chart: IndicatorChart): boolean {
  return COMPATIBLE[measure].includes(chart);
}

/** The charts allowed for a measure, the default first. */
export function compatibleCharts(measure: Measure): readonly IndicatorChart[] {
  return COMPATIBLE[measure];
}

/** The chart an indicator is drawn with: its override when set, otherwise the measure's default. */
export function effectiveChartType(measure: Measure, override: IndicatorChart | null | undefined): IndicatorChart {
  return override ?? defaultChartType(measure);
}

/**
 * The factor values are shown on: the definition's `multiplier`, else 100 for proportions (percent)
 * and 1 for everything else.
 */
export function displayMultiplier(measure: Measure, definition: Pick<IndicatorDefinition, 'multiplier'>): number {
  return definition.multiplier ?? (measure === 'proportion' ? 100 : 1);
}
