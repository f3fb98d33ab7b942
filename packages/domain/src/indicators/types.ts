/**
 * Indicators: what a care team measures (issue 5; product brief "The core loop" step 2). Pure types
 * and enumerations, shared by the database schema, the contracts and the API.
 */

/** The goal domains of a minimal goal set (seed 000: DROMs, PROMs, PREMs, costs, process, MTV) plus volume. */
export const INDICATOR_KINDS = ['clinical-outcome', 'prom', 'prem', 'process', 'cost', 'staff-satisfaction', 'volume'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * The type of measure, which fixes how values are aggregated per period:
 * `proportion` numerator/denominator (p chart), `rate` events per exposure (u chart), `count` (c chart),
 * `mean` and `median` of a continuous value (XmR / i chart).
 */
export const MEASURES = ['proportion', 'rate', 'count', 'mean', 'median'] as const;
export type Measure = (typeof MEASURES)[number];

/** Period granularity of an indicator's series. Weeks are ISO weeks (starting Monday), as Postgres' date_trunc. */
export const GRANULARITIES = ['week', 'month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Which direction of change is an improvement (the SPC engine's `improvement`). */
export const IMPROVEMENT_DIRECTIONS = ['increase', 'decrease', 'neutral'] as const;
export type ImprovementDirection = (typeof IMPROVEMENT_DIRECTIONS)[number];

/** The chart types an indicator may be shown with (a subset of the SPC engine's charts). */
export const INDICATOR_CHARTS = ['run', 'i', 'p', 'pp', 'u', 'up', 'c'] as const;
export type IndicatorChart = (typeof INDICATOR_CHARTS)[number];

/** Comparison on an observation's numeric value. */
export interface NumberFilter {
  op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte';
  value: number;
}
/** Inclusive range on an observation's numeric value. */
export interface RangeFilter {
  op: 'between';
  min: number;
  max: number;
}
/** The observation's text (coded) value is one of `values`. */
export interface TextFilter {
  op: 'in';
  values: string[];
}
/** A condition on one observation's value (number or text/coded). */
export type ValueFilter = NumberFilter | RangeFilter | TextFilter;

/**
 * How an indicator is computed from patient-level observations (stored as jsonb on the indicator).
 *
 * - Every measure starts from the observations with `observationCode` (at `timepoint`, when given)
 *   that pass `denominatorFilter` (the population in scope).
 * - `proportion`: numerator = how many of those pass `numeratorFilter`; denominator = how many there are.
 * - `rate`: numerator = sum of the values of those observations passing `numeratorFilter` (events);
 *   denominator = sum of the values of the `exposureCode` observations (e.g. patient-days).
 * - `count`: how many observations there are.
 * - `mean` / `median`: of their numeric values.
 * Values are bucketed by `periodGranularity` on the observation's effective date; `multiplier`
 * scales the displayed value (100 for %, 1000 for "per 1,000").
 */
export interface IndicatorDefinition {
  observationCode: string;
  periodGranularity: Granularity;
  timepoint?: string | undefined;
  numeratorFilter?: ValueFilter | undefined;
  denominatorFilter?: ValueFilter | undefined;
  exposureCode?: string | undefined;
  multiplier?: number | undefined;
}

/** The parts of an indicator that determine its figures: a change to any of them is a new version. */
export interface IndicatorSpec {
  measure: Measure;
  definition: IndicatorDefinition;
  improvement: ImprovementDirection;
  chartType: IndicatorChart | null;
  unit: string;
}
