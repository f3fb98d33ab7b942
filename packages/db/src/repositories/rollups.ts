import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isCaseMixFilterActive } from '@leerlus/domain/indicators/case-mix';
import type { Executor } from '../client';
import { indicatorRollupState, indicators as indicatorTable, teamIndicators } from '../schema/index';
import {
  computeIndicatorSeries,
  dateRangeSql,
  periodBounds,
  seriesRowsSql,
  seriesSql,
  toSeriesRow,
  type IndicatorToCompute,
  type RawRow,
  type SeriesRow,
  type SeriesScope,
} from './indicator-values';
import {
  combineDataQuality,
  computeDataQuality,
  dataQualityRowsSql,
  dataQualitySql,
  type DataQualityFacts,
  type DataQualityRawRow,
  type IndicatorForQuality,
} from './data-quality';
import { selectRows } from './raw';

/**
 * Rebuilds the dashboard rollups of a team (all its adopted indicators, or the given ones): the
 * unfiltered series of each indicator, computed by the same SQL as computeIndicatorSeries, replaces the
 * stored one, and the state records the indicator version. Set-based (one INSERT … SELECT) and atomic
 * when `executor` is a transaction. Call it after every write of a team's observations or aggregates
 * (imports, seed) and after an indicator's definition changes.
 */
export async function refreshRollups(
  executor: Executor,
  teamId: string,
  indicatorIds?: readonly string[],
): Promise<void> {
  const where = indicatorIds
    ? and(eq(teamIndicators.teamId, teamId), inArray(teamIndicators.indicatorId, [...indicatorIds]))
    : eq(teamIndicators.teamId, teamId);
  if (indicatorIds?.length === 0) return;
  const rows = await executor
    .select({
      id: indicatorTable.id,
      version: indicatorTable.version,
      measure: indicatorTable.measure,
      kind: indicatorTable.kind,
      definition: indicatorTable.definition,
    })
    .from(teamIndicators)
    .innerJoin(indicatorTable, eq(indicatorTable.id, teamIndicators.indicatorId))
    .where(where);
  const targets: IndicatorForQuality[] = rows.map((r) => ({
    indicatorId: r.id,
    version: r.version,
    measure: r.measure,
    kind: r.kind,
    definition: r.definition,
  }));
  const ids = indicatorIds ? [...indicatorIds] : targets.map((t) => t.indicatorId);
  if (ids.length > 0) {
    const idList = sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    await executor.execute(
      sql`delete from indicator_period_rollups where team_id = ${teamId} and indicator_id in (${idList})`,
    );
    await executor.execute(
      sql`delete from indicator_quality_rollups where team_id = ${teamId} and indicator_id in (${idList})`,
    );
    await executor
      .delete(indicatorRollupState)
      .where(and(eq(indicatorRollupState.teamId, teamId), inArray(indicatorRollupState.indicatorId, ids)));
  }
  if (targets.length === 0) return;
  const keys = sql.join(
    targets.map((t, k) => sql`(${k}::int, ${t.indicatorId}::uuid)`),
    sql`, `,
  );
  await executor.execute(sql`insert into indicator_period_rollups (team_id, indicator_id, period_start, numerator, denominator, value, n, last_updated, src, version)
    select ${teamId}::uuid, w.indicator_id, s.period, s.numerator, s.denominator, s.value, s.n, s.last_updated, s.src, s.version
    from (${seriesSql({ teamId }, targets)}) s join (values ${keys}) as w(k, indicator_id) on w.k = s.k`);
  await executor.execute(sql`insert into indicator_quality_rollups (team_id, indicator_id, part, period_start, n, expected, present, last_updated, delay)
    select ${teamId}::uuid, w.indicator_id, s.part, s.period, s.n, s.expected, s.present, s.last_updated, s.delay
    from (${dataQualitySql({ teamId }, targets)}) s join (values ${keys}) as w(k, indicator_id) on w.k = s.k`);
  await executor
    .insert(indicatorRollupState)
    .values(targets.map((t) => ({ teamId, indicatorId: t.indicatorId, indicatorVersion: t.version })));
}

/** The indicators whose rollups are current for the team (state at the indicator's version). */
async function currentRollups(
  executor: Executor,
  teamId: string,
  indicators: readonly IndicatorToCompute[],
): Promise<Set<string>> {
  const states = await executor
    .select({ indicatorId: indicatorRollupState.indicatorId, version: indicatorRollupState.indicatorVersion })
    .from(indicatorRollupState)
    .where(
      and(
        eq(indicatorRollupState.teamId, teamId),
        inArray(
          indicatorRollupState.indicatorId,
          indicators.map((i) => i.indicatorId),
        ),
      ),
    );
  return new Set(
    states
      .filter((s) => indicators.some((i) => i.indicatorId === s.indicatorId && i.version === s.version))
      .map((s) => s.indicatorId),
  );
}

/** The rollup rows of the indicators (k = position in `current`), within each indicator's period bounds. */
function rollupSql(scope: SeriesScope, current: readonly IndicatorToCompute[]): SQL {
  const parts = current.map((indicator, k) => {
    const bounds = periodBounds(scope, indicator.definition);
    return sql`(select ${k}::int as k, r.period_start as period, r.numerator, r.denominator, r.value, r.n, r.last_updated, r.src::int as src, r.version
      from indicator_period_rollups r
      where r.team_id = ${scope.teamId} and r.indicator_id = ${indicator.indicatorId} and ${dateRangeSql(sql`r.period_start`, bounds)})`;
  });
  return sql.join(parts, sql` union all `);
}

/**
 * The per-period series of a team's indicators, like computeIndicatorSeries, read from the rollups
 * where they are current (no case-mix filter, rollup state at the indicator's version) and computed
 * from the rows for the rest. Same rows either way (tested in rollups.test.ts).
 */
export async function indicatorSeries(
  executor: Executor,
  scope: SeriesScope,
  indicators: readonly IndicatorToCompute[],
): Promise<Map<string, SeriesRow[]>> {
  if (indicators.length === 0 || isCaseMixFilterActive(scope.caseMix ?? {}))
    return computeIndicatorSeries(executor, scope, indicators);
  const fresh = await currentRollups(executor, scope.teamId, indicators);
  const current = indicators.filter((i) => fresh.has(i.indicatorId));
  const stale = indicators.filter((i) => !fresh.has(i.indicatorId));
  const result =
    stale.length > 0 ? await computeIndicatorSeries(executor, scope, stale) : new Map<string, SeriesRow[]>();
  for (const i of current) result.set(i.indicatorId, []);
  if (current.length > 0) {
    const rows = await selectRows<RawRow>(executor, seriesRowsSql(rollupSql(scope, current)));
    for (const row of rows) result.get(current[row.k]!.indicatorId)!.push(toSeriesRow(row));
  }
  return new Map(indicators.map((i) => [i.indicatorId, result.get(i.indicatorId) ?? []]));
}

/**
 * The data-quality facts of a team's indicators, like computeDataQuality, from the quality rollups
 * where they are current and from the rows for the rest. Same facts either way (rollups.test.ts),
 * except that completeness counts the episodes due on the day of the last refresh.
 */
export async function dataQuality(
  executor: Executor,
  scope: Omit<SeriesScope, 'caseMix'>,
  indicators: readonly IndicatorForQuality[],
): Promise<Map<string, DataQualityFacts>> {
  if (indicators.length === 0) return new Map();
  const fresh = await currentRollups(executor, scope.teamId, indicators);
  const current = indicators.filter((i) => fresh.has(i.indicatorId));
  const stale = indicators.filter((i) => !fresh.has(i.indicatorId));
  const result =
    stale.length > 0 ? await computeDataQuality(executor, scope, stale) : new Map<string, DataQualityFacts>();
  if (current.length > 0) {
    const parts = current.map((indicator, k) => {
      const bounds = periodBounds(scope, indicator.definition);
      return sql`(select ${k}::int as k, q.part::int as part, q.period_start as period, q.n, q.expected, q.present, q.last_updated, q.delay
        from indicator_quality_rollups q
        where q.team_id = ${scope.teamId} and q.indicator_id = ${indicator.indicatorId} and ${dateRangeSql(sql`q.period_start`, bounds)})`;
    });
    const rows = await selectRows<DataQualityRawRow>(
      executor,
      dataQualityRowsSql(sql.join(parts, sql` union all `)),
    );
    for (const [id, facts] of combineDataQuality(current, rows)) result.set(id, facts);
  }
  return result;
}
