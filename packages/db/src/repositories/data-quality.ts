import { sql, type SQL } from 'drizzle-orm';
import {
  expectsObservationPerEpisode,
  timepointOffset,
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

/** N, last write and delay of the observations in scope. */
function observationSql(k: number, indicator: IndicatorToCompute, scope: SeriesScope): SQL {
  const bounds = periodBounds(scope, indicator.definition);
  return sql`(select ${k}::int as k, 0 as part, null::date as period, count(*)::int as n, null::int as expected, null::int as present,
      max(o.created_at) as last_updated,
      percentile_cont(0.5) within group (order by ((o.created_at at time zone 'UTC')::date - o.effective_date))::float8 as delay
    from observations o
    where o.team_id = ${scope.teamId} and ${scopeSql(indicator.measure, indicator.definition)} and ${dateRangeSql(sql`o.effective_date`, bounds)})`;
}

/** Periods, last write and delay (from the end of the period) of the imported aggregates in scope. */
function aggregateSql(k: number, indicator: IndicatorToCompute, scope: SeriesScope): SQL {
  const bounds = periodBounds(scope, indicator.definition);
  const end = sql`(a.period_start + ${LENGTH[indicator.definition.periodGranularity]})::date`;
  return sql`(select ${k}::int as k, 1 as part, null::date as period, count(*)::int as n, null::int as expected, null::int as present,
      max(a.created_at) as last_updated,
      percentile_cont(0.5) within group (order by greatest(0, (a.created_at at time zone 'UTC')::date - ${end}))::float8 as delay
    from aggregate_observations a
    where a.team_id = ${scope.teamId} and a.indicator_id = ${indicator.indicatorId} and ${dateRangeSql(sql`a.period_start`, bounds)})`;
}

/**
 * Completeness per period of episode start: the team's episodes whose timepoint has passed, and how
 * many of them have an observation of the indicator's code (at its timepoint). Uses the
 * (team_id, start_date) index on episodes and the episode index on observations.
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
      (count(*) filter (where exists (select 1 from observations o
        where o.episode_id = e.id and o.team_id = e.team_id and o.code = ${d.observationCode}${timepoint})))::int as present,
      null::timestamptz as last_updated, null::float8 as delay
    from episodes e
    where e.team_id = ${scope.teamId} and ${dateRangeSql(sql`e.start_date`, bounds)}
      and e.start_date + make_interval(months => ${offset.months}::int, days => ${offset.days}::int) <= current_date
    group by ${period})`;
}

interface RawRow extends Record<string, unknown> {
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
 * The data-quality facts of many indicators of one team in ONE round trip, set-based in SQL (no
 * observation row leaves the database). Case-mix filters do not apply: data quality is about the
 * data delivered, not a subgroup.
 */
export async function computeDataQuality(
  executor: Executor,
  scope: Omit<SeriesScope, 'caseMix'>,
  indicators: readonly IndicatorForQuality[],
): Promise<Map<string, DataQualityFacts>> {
  const result = new Map<string, DataQualityFacts>(
    indicators.map((i) => [
      i.indicatorId,
      {
        n: 0,
        aggregatePeriods: 0,
        lastUpdated: null,
        medianDelayDays: null,
        periods: completenessSql(0, i, scope) ? [] : null,
      },
    ]),
  );
  if (indicators.length === 0) return result;
  const parts = indicators.flatMap((indicator, k) => {
    const completeness = completenessSql(k, indicator, scope);
    return [
      observationSql(k, indicator, scope),
      aggregateSql(k, indicator, scope),
      ...(completeness ? [completeness] : []),
    ];
  });
  const rows = await selectRows<RawRow>(
    executor,
    sql`select k, part, to_char(period, 'YYYY-MM-DD') as period, n, expected, present, ${ISO_TS(sql`last_updated`)} as last_updated, delay
      from (${sql.join(parts, sql` union all `)}) s order by k, part, period`,
  );
  const delays = new Map<number, { delay: number; weight: number }[]>();
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
    if (row.part === 0) facts.n = row.n ?? 0;
    else facts.aggregatePeriods = row.n ?? 0;
    if (row.last_updated !== null && (facts.lastUpdated === null || row.last_updated > facts.lastUpdated))
      facts.lastUpdated = row.last_updated;
    if (row.delay !== null)
      delays.set(row.k, [...(delays.get(row.k) ?? []), { delay: row.delay, weight: row.n ?? 0 }]);
  }
  for (const facts of result.values()) {
    // Aggregate-only figures say nothing about patient-level completeness.
    if (facts.n === 0 && facts.aggregatePeriods > 0) facts.periods = null;
  }
  for (const [k, list] of delays) {
    const facts = result.get(indicators[k]!.indicatorId)!;
    // Patient-level and aggregate delays are medians of different rows: report the one with more rows.
    facts.medianDelayDays = [...list].sort((a, b) => b.weight - a.weight)[0]!.delay;
  }
  return result;
}
