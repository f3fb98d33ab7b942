import { sql, type SQL } from 'drizzle-orm';
import {
  expectsObservationPerEpisode,
  timepointOffset,
  weightedMedian,
  type PeriodCompleteness,
} from '@leerlus/domain/indicators/data-quality';
import type { IndicatorKind } from '@leerlus/domain/indicators/types';
import type { Executor } from '../client';
import { scopeSql } from './indicator-sql';
import { dateRangeSql, periodBounds, type IndicatorToCompute, type SeriesScope } from './indicator-values';
import { selectRows } from './raw';

/** An indicator whose data quality is measured (its kind decides whether episodes set an expectation). */
export interface IndicatorForQuality extends IndicatorToCompute {
  kind: IndicatorKind;
}

/** Data-quality facts of one team × indicator over the scope's periods. */
export interface DataQualityFacts {
  /** Patient-level observations in scope. */
  n: number;
  /** Imported aggregate periods in scope. */
  aggregatePeriods: number;
  /** When the newest contributing row was written (ISO timestamp), or null. */
  lastUpdated: string | null;
  /** Median days from the event (effective date; for aggregates the end of the period) to its import. */
  medianDelayDays: number | null;
  /** Expected and present observations per period of episode start; null when episodes set no expectation. */
  periods: PeriodCompleteness[] | null;
}

const UNITS = { week: sql.raw(`'week'`), month: sql.raw(`'month'`), quarter: sql.raw(`'quarter'`) } as const;
const LENGTH = {
  week: sql.raw(`interval '7 days'`),
  month: sql.raw(`interval '1 month'`),
  quarter: sql.raw(`interval '3 months'`),
} as const;
const ISO_TS = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Per period of the effective date: N, last write and median delay of the observations in scope. */
function observationSql(k: number, indicator: IndicatorToCompute, scope: SeriesScope): SQL {
  const bounds = periodBounds(scope, indicator.definition);
  const period = sql`date_trunc(${UNITS[indicator.definition.periodGranularity]}, o.effective_date::timestamp)::date`;
  return sql`(select ${k}::int as k, 0 as part, ${period} as period, count(*)::int as n, null::int as expected, null::int as present,
      max(o.created_at) as last_updated,
      percentile_cont(0.5) within group (order by ((o.created_at at time zone 'UTC')::date - o.effective_date))::float8 as delay
    from observations o
    where o.team_id = ${scope.teamId} and ${scopeSql(indicator.measure, indicator.definition)} and ${dateRangeSql(sql`o.effective_date`, bounds)}
    group by ${period})`;
}

/** Per imported aggregate period: its write and delay (from the end of the period). */
function aggregateSql(k: number, indicator: IndicatorToCompute, scope: SeriesScope): SQL {
  const bounds = periodBounds(scope, indicator.definition);
  const end = sql`(a.period_start + ${LENGTH[indicator.definition.periodGranularity]})::date`;
  return sql`(select ${k}::int as k, 1 as part, a.period_start as period, 1 as n, null::int as expected, null::int as present,
      a.created_at as last_updated, greatest(0, (a.created_at at time zone 'UTC')::date - ${end})::float8 as delay
    from aggregate_observations a
    where a.team_id = ${scope.teamId} and a.indicator_id = ${indicator.indicatorId} and ${dateRangeSql(sql`a.period_start`, bounds)})`;
}

/**
 * Completeness per period of episode start: the team's episodes whose timepoint has passed, and how
 * many of them have an observation of the indicator's code (at its timepoint). Uses the
 * (team_id, start_date) index on episodes and one scan of the covering (team_id, code, …) index of
 * observations, hashed (an uncorrelated IN).
 */
function completenessSql(k: number, indicator: IndicatorForQuality, scope: SeriesScope): SQL | null {
  const d = indicator.definition;
  const offset = timepointOffset(d.timepoint);
  if (
    !offset ||
    !expectsObservationPerEpisode({
      kind: indicator.kind,
      measure: indicator.measure,
      timepoint: d.timepoint,
    })
  )
    return null;
  const bounds = periodBounds(scope, d);
  const period = sql`date_trunc(${UNITS[d.periodGranularity]}, e.start_date::timestamp)::date`;
  const timepoint = d.timepoint === undefined ? sql`` : sql` and o.timepoint = ${d.timepoint}`;
  return sql`(select ${k}::int as k, 2 as part, ${period} as period, null::int as n, count(*)::int as expected,
      (count(*) filter (where e.id in (select o.episode_id from observations o
        where o.team_id = ${scope.teamId} and o.code = ${d.observationCode}${timepoint} and o.episode_id is not null)))::int as present,
      null::timestamptz as last_updated, null::float8 as delay
    from episodes e
    where e.team_id = ${scope.teamId} and ${dateRangeSql(sql`e.start_date`, bounds)}
      and e.start_date + make_interval(months => ${offset.months}::int, days => ${offset.days}::int) <= current_date
    group by ${period})`;
}

/** The per-period data-quality rows of the indicators (k = position), as stored in the quality rollups. */
export function dataQualitySql(
  scope: Omit<SeriesScope, 'caseMix'>,
  indicators: readonly IndicatorForQuality[],
): SQL {
  const parts = indicators.flatMap((indicator, k) => {
    const completeness = completenessSql(k, indicator, scope);
    return [
      observationSql(k, indicator, scope),
      aggregateSql(k, indicator, scope),
      ...(completeness ? [completeness] : []),
    ];
  });
  return sql.join(parts, sql` union all `);
}

/** The rows of dataQualitySql (or the quality rollups) with the period and timestamp as text. */
export function dataQualityRowsSql(source: SQL): SQL {
  return sql`select k, part, to_char(period, 'YYYY-MM-DD') as period, n, expected, present, ${ISO_TS(sql`last_updated`)} as last_updated, delay
    from (${source}) s order by k, part, period`;
}

export interface DataQualityRawRow extends Record<string, unknown> {
  k: number;
  part: number;
  period: string | null;
  n: number | null;
  expected: number | null;
  present: number | null;
  last_updated: string | null;
  delay: number | null;
}

/**
 * Adds the per-period rows up to each indicator's facts: N and aggregate periods summed, the newest
 * write, the median delay as the weighted median of the periods' medians (patient-level when there
 * are observations, else the aggregates'), completeness per period.
 */
export function combineDataQuality(
  indicators: readonly IndicatorForQuality[],
  rows: readonly DataQualityRawRow[],
): Map<string, DataQualityFacts> {
  const result = new Map<string, DataQualityFacts>(
    indicators.map((i) => [
      i.indicatorId,
      {
        n: 0,
        aggregatePeriods: 0,
        lastUpdated: null,
        medianDelayDays: null,
        periods: hasExpectation(i) ? [] : null,
      },
    ]),
  );
  const delays = new Map<number, { value: number; weight: number }[][]>();
  for (const row of rows) {
    const indicator = indicators[row.k];
    const facts = indicator && result.get(indicator.indicatorId);
    if (!facts) continue;
    if (row.part === 2) {
      facts.periods?.push({
        periodStart: row.period!,
        expected: row.expected ?? 0,
        present: row.present ?? 0,
      });
      continue;
    }
    if (row.part === 0) facts.n += row.n ?? 0;
    else facts.aggregatePeriods += row.n ?? 0;
    if (row.last_updated !== null && (facts.lastUpdated === null || row.last_updated > facts.lastUpdated))
      facts.lastUpdated = row.last_updated;
    if (row.delay !== null) {
      const lists = delays.get(row.k) ?? [[], []];
      lists[row.part]!.push({ value: row.delay, weight: row.n ?? 0 });
      delays.set(row.k, lists);
    }
  }
  for (const [k, [patientLevel, aggregate]] of delays) {
    const facts = result.get(indicators[k]!.indicatorId)!;
    facts.medianDelayDays = weightedMedian(patientLevel!.length > 0 ? patientLevel! : aggregate!);
  }
  for (const facts of result.values()) {
    // Aggregate-only figures say nothing about patient-level completeness.
    if (facts.n === 0 && facts.aggregatePeriods > 0) facts.periods = null;
  }
  return result;
}

function hasExpectation(i: IndicatorForQuality): boolean {
  return (
    timepointOffset(i.definition.timepoint) !== null &&
    expectsObservationPerEpisode({ kind: i.kind, measure: i.measure, timepoint: i.definition.timepoint })
  );
}

/**
 * The data-quality facts of many indicators of one team in ONE round trip, set-based in SQL (no
 * observation row leaves the database). Case-mix filters do not apply: data quality is about the
 * data delivered, not a subgroup.
 */
export async function computeDataQuality(
  executor: Executor,
  scope: Omit<SeriesScope, 'caseMix'>,
  indicators: readonly IndicatorForQuality[],
): Promise<Map<string, DataQualityFacts>> {
  if (indicators.length === 0) return new Map();
  const rows = await selectRows<DataQualityRawRow>(
    executor,
    dataQualityRowsSql(dataQualitySql(scope, indicators)),
  );
  return combineDataQuality(indicators, rows);
}
