import type { Dashboard, DashboardQuery, DashboardRow, IndicatorSeries } from '@leerlus/contracts/dashboard';
import type { Executor } from '@leerlus/db';
import { computeDataQuality, type DataQualityFacts } from '@leerlus/db/repositories/data-quality';
import { computeIndicatorSeries, type IndicatorToCompute } from '@leerlus/db/repositories/indicator-values';
import {
  displayMultiplier,
  goalDomainCoverage,
  isCaseMixFilterActive,
  latestPoint,
} from '@leerlus/domain/indicators/index';
import type { Team } from '../../access/team-scope';
import { presentIndicator, type IndicatorRow } from '../indicators/presenter';
import { adoptedIndicators } from '../indicators/team-indicators-queries';
import { teamCaseMixFields } from './case-mix-fields';
import { caseMixFromQuery } from './case-mix-query';
import { forQuality, presentQuality } from './quality';
import { chartOf, chartPoints, sourceOf, totals } from './series';

const toCompute = (row: IndicatorRow): IndicatorToCompute => ({
  indicatorId: row.id,
  version: row.version,
  measure: row.measure,
  definition: row.definition,
});

/** One row of the summary icon table. */
function dashboardRow(
  indicator: IndicatorRow,
  rows: Parameters<typeof chartPoints>[1],
  quality: DataQualityFacts | undefined,
): DashboardRow {
  const points = chartPoints(indicator, rows);
  const spc = chartOf(indicator, points);
  const latest = latestPoint(indicator, points);
  return {
    indicator: presentIndicator(indicator),
    latest: latest && {
      periodStart: latest.periodStart,
      label: points.find((p) => p.periodStart === latest.periodStart)!.label,
      value: latest.displayValue,
      numerator: latest.numerator,
      denominator: latest.denominator,
      n: latest.n,
    },
    target: null,
    spc: spc && {
      chart: spc.chart,
      variation: spc.variation,
      assurance: spc.assurance,
      warnings: spc.warnings,
    },
    periods: points.length,
    source: sourceOf(rows),
    ...totals(rows),
    quality: presentQuality(quality),
  };
}

/**
 * The team dashboard: every adopted indicator with its latest value, SPC variation and assurance
 * icons, N and freshness, for the period and case-mix filter asked. The figures of all indicators
 * come from one set-based query; each series then goes through the SPC engine.
 */
export async function buildDashboard(db: Executor, team: Team, query: DashboardQuery): Promise<Dashboard> {
  const caseMix = caseMixFromQuery(query);
  const adopted = await adoptedIndicators(db, team.id);
  const series = await computeIndicatorSeries(
    db,
    { teamId: team.id, from: query.from, to: query.to, caseMix },
    adopted.map((a) => toCompute(a.indicator)),
  );
  const quality = await computeDataQuality(
    db,
    { teamId: team.id, from: query.from, to: query.to },
    adopted.map((a) => forQuality(a.indicator)),
  );
  const caseMixFields = await teamCaseMixFields(db, team.id);
  const { covered, missing, isComplete } = goalDomainCoverage(adopted.map((a) => a.indicator.kind));
  return {
    teamId: team.id,
    from: query.from ?? null,
    to: query.to ?? null,
    caseMixFiltered: isCaseMixFilterActive(caseMix),
    coverage: { covered, missing, isComplete },
    caseMixFields,
    rows: adopted.map((a) =>
      dashboardRow(a.indicator, series.get(a.indicator.id) ?? [], quality.get(a.indicator.id)),
    ),
  };
}

/** One indicator's chart data for the team: every period (gaps included) and the full SPC result. */
export async function buildSeries(
  db: Executor,
  team: Team,
  indicator: IndicatorRow,
  query: DashboardQuery,
): Promise<IndicatorSeries> {
  const caseMix = caseMixFromQuery(query);
  const series = await computeIndicatorSeries(
    db,
    { teamId: team.id, from: query.from, to: query.to, caseMix },
    [toCompute(indicator)],
  );
  const points = chartPoints(indicator, series.get(indicator.id) ?? []);
  return {
    indicator: presentIndicator(indicator),
    granularity: indicator.definition.periodGranularity,
    multiplier: displayMultiplier(indicator.measure, indicator.definition),
    caseMixFiltered: isCaseMixFilterActive(caseMix),
    points,
    spc: chartOf(indicator, points),
  };
}
