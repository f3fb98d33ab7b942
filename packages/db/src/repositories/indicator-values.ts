import { sql, type SQL } from 'drizzle-orm';
import { isCaseMixFilterActive, type CaseMixFilter } from '@leerlus/domain/indicators/case-mix';
import { nextPeriod, periodStart } from '@leerlus/domain/indicators/periods';
import type { IndicatorDefinition, Measure } from '@leerlus/domain/indicators/types';
import type { Executor } from '../client';
import { caseMixSql, measureColumnsSql, needsPatient, scopeSql } from './indicator-sql';
import { selectRows } from './raw';

/** One indicator to compute: its identity, the version whose definition is used, and that definition. */
export interface IndicatorToCompute {
  indicatorId: string;
  version: number;
  measure: Measure;
  definition: IndicatorDefinition;
}

/** Whose data and which slice: a team (of its organisation), an optional date range and case-mix filter. */
export interface SeriesScope {
  teamId: string;
  /** Inclusive "YYYY-MM-DD"; widened to the start of its period. */
  from?: string | undefined;
  /** Inclusive "YYYY-MM-DD"; widened to the end of its period. */
  to?: string | undefined;
  caseMix?: CaseMixFilter | undefined;
}

/** One period of a series (see @leerlus/domain SeriesPoint), with where it came from. */
export interface SeriesRow {
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Observations counted; null for aggregates. */
  n: number | null;
  /** When the newest contributing row was written (ISO timestamp). */
  lastUpdated: string;
  source: 'patient-level' | 'aggregate';
  /** The indicator version the figures were produced with. */
  indicatorVersion: number;
}

/**
 * Computes the per-period series of many indicators of one team in ONE round trip, set-based in SQL:
 * per indicator an aggregate over its observations (date_trunc on the effective date, value and
 * case-mix filters, grouped by period) on the (team_id, code, effective_date) covering index, UNION
 * ALL the team's imported aggregates for that indicator. Where both exist for a period, the
 * patient-level figure wins. Aggregates cannot be split by case mix, so an active case-mix filter
 * leaves them out. Periods without data are absent (fill them with the domain's fillPeriods).
 * Observation rows never leave the database.
 */
export async function computeIndicatorSeries(
  executor: Executor,
  scope: SeriesScope,
  indicators: readonly IndicatorToCompute[],
): Promise<Map<string, SeriesRow[]>> {
  const result = new Map<string, SeriesRow[]>(indicators.map((i) => [i.indicatorId, []]));
  if (indicators.length === 0) return result;
  const caseMix = scope.caseMix ?? {};
  const withAggregates = !isCaseMixFilterActive(caseMix);
  const parts = indicators.flatMap((indicator, k) => {
    const bounds = periodBounds(scope, indicator.definition);
    const patientLevel = patientLevelSql(k, indicator, scope.teamId, bounds, caseMix);
    return withAggregates ? [patientLevel, aggregateSql(k, indicator, scope.teamId, bounds)] : [patientLevel];
  });
  const rows = await selectRows<RawRow>(
    executor,
    sql`select distinct on (k, period) k, to_char(period, 'YYYY-MM-DD') as period, numerator, denominator, value, n,
        to_char(last_updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_updated, src, version
      from (${sql.join(parts, sql` union all `)}) s
      order by k, period, src`,
  );
  for (const row of rows) {
    const indicator = indicators[row.k];
    if (!indicator) continue;
    result.get(indicator.indicatorId)!.push(toSeriesRow(row));
  }
  return result;
}

interface RawRow extends Record<string, unknown> {
  k: number;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  n: number | null;
  last_updated: string;
  src: number;
  version: number;
}

function toSeriesRow(row: RawRow): SeriesRow {
  return {
    periodStart: row.period,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    n: row.n,
    lastUpdated: row.last_updated,
    source: row.src === 0 ? 'patient-level' : 'aggregate',
    indicatorVersion: row.version,
  };
}

export interface Bounds {
  /** Inclusive first day, or null for unbounded. */
  from: string | null;
  /** Exclusive day after the last, or null for unbounded. */
  until: string | null;
}

/** The scope's dates widened to whole periods of the indicator's granularity. */
export function periodBounds(scope: SeriesScope, d: IndicatorDefinition): Bounds {
  const g = d.periodGranularity;
  return {
    from: scope.from === undefined ? null : periodStart(scope.from, g),
    until: scope.to === undefined ? null : nextPeriod(periodStart(scope.to, g), g),
  };
}

export function dateRangeSql(column: SQL, bounds: Bounds): SQL {
  const parts: SQL[] = [];
  if (bounds.from !== null) parts.push(sql`${column} >= ${bounds.from}::date`);
  if (bounds.until !== null) parts.push(sql`${column} < ${bounds.until}::date`);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

const UNITS = { week: sql.raw(`'week'`), month: sql.raw(`'month'`), quarter: sql.raw(`'quarter'`) } as const;

function patientLevelSql(k: number, indicator: IndicatorToCompute, teamId: string, bounds: Bounds, caseMix: CaseMixFilter): SQL {
  const { measure, definition } = indicator;
  const unit = UNITS[definition.periodGranularity];
  // ::timestamp: date_trunc on a bare date would resolve to the timestamptz variant and depend on the session time zone.
  const period = sql`date_trunc(${unit}, o.effective_date::timestamp)::date`;
  const join = needsPatient(caseMix) ? sql`join patients p on p.id = o.patient_id` : sql``;
  const where = [sql`o.team_id = ${teamId}`, scopeSql(measure, definition), dateRangeSql(sql`o.effective_date`, bounds), ...caseMixSql(caseMix)];
  return sql`(select ${k}::int as k, ${period} as period, ${measureColumnsSql(measure, definition)},
      max(o.created_at) as last_updated, 0 as src, ${indicator.version}::int as version
    from observations o ${join}
    where ${sql.join(where, sql` and `)}
    group by ${period})`;
}

function aggregateSql(k: number, indicator: IndicatorToCompute, teamId: string, bounds: Bounds): SQL {
  return sql`(select ${k}::int as k, a.period_start as period, a.numerator, a.denominator,
      coalesce(a.value, a.numerator / nullif(a.denominator, 0)) as value, null::int as n,
      a.created_at as last_updated, 1 as src, a.indicator_version as version
    from aggregate_observations a
    where a.team_id = ${teamId} and a.indicator_id = ${indicator.indicatorId} and ${dateRangeSql(sql`a.period_start`, bounds)})`;
}

