import { eq, inArray } from 'drizzle-orm';
import type { IndicatorSeries } from '@leerlus/contracts/dashboard';
import { spcRequestSchema } from '@leerlus/contracts/spc';
import { schema, type Executor } from '@leerlus/db';
import { computeIndicatorSeries } from '@leerlus/db/repositories/indicator-values';
import { displayMultiplier, indicatorSpcRequest, latestPoint } from '@leerlus/domain/indicators/index';
import { computeSpc, type SpcResult } from '@leerlus/domain/spc/index';
import type { Team } from '../../access/team-scope';
import { chartPoints, type SeriesPointOut } from '../dashboard/series';
import { presentIndicator, type IndicatorRow } from '../indicators/presenter';

/**
 * Goal charts: the goal's indicator series through the SPC engine with the goal's target, so the
 * assurance icon says whether the process can meet it (Making Data Count).
 */

function chartWithTarget(indicator: IndicatorRow, points: readonly SeriesPointOut[], target: number | null): SpcResult | null {
  if (!points.some((p) => p.value !== null)) return null;
  const request = { ...indicatorSpcRequest(indicator, points), ...(target === null ? {} : { target }) };
  const parsed = spcRequestSchema.safeParse(request);
  return parsed.success ? computeSpc(parsed.data) : null;
}

export interface GoalFigures {
  latest: { value: number; period: string } | null;
  variation: string | null;
  assurance: string | null;
}

/** Latest value and SPC icons per goal (one set-based query for all the goals' indicators). */
export async function goalFigures(db: Executor, team: Team, goals: readonly { id: string; indicatorId: string | null; targetValue: number | null }[]): Promise<Map<string, GoalFigures>> {
  const indicatorIds = [...new Set(goals.flatMap((g) => (g.indicatorId ? [g.indicatorId] : [])))];
  if (indicatorIds.length === 0) return new Map();
  const rows = await db.select().from(schema.indicators).where(inArray(schema.indicators.id, indicatorIds));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const series = await computeIndicatorSeries(
    db,
    { teamId: team.id, from: undefined, to: undefined, caseMix: {} },
    rows.map((r) => ({ indicatorId: r.id, version: r.version, measure: r.measure, definition: r.definition })),
  );
  const out = new Map<string, GoalFigures>();
  for (const goal of goals) {
    const indicator = goal.indicatorId ? byId.get(goal.indicatorId) : undefined;
    if (!indicator) continue;
    const points = chartPoints(indicator, series.get(indicator.id) ?? []);
    const spc = chartWithTarget(indicator, points, goal.targetValue);
    const latest = latestPoint(indicator, points);
    out.set(goal.id, {
      latest: latest && { value: latest.displayValue, period: latest.periodStart },
      variation: spc?.variation ?? null,
      assurance: spc?.assurance ?? null,
    });
  }
  return out;
}

/** The goal's indicator series and SPC chart with the goal's target line. */
export async function goalSeries(db: Executor, team: Team, indicatorId: string, target: number | null): Promise<IndicatorSeries | null> {
  const [indicator] = await db.select().from(schema.indicators).where(eq(schema.indicators.id, indicatorId));
  if (!indicator) return null;
  const series = await computeIndicatorSeries(db, { teamId: team.id, from: undefined, to: undefined, caseMix: {} }, [
    { indicatorId: indicator.id, version: indicator.version, measure: indicator.measure, definition: indicator.definition },
  ]);
  const points = chartPoints(indicator, series.get(indicator.id) ?? []);
  return {
    indicator: presentIndicator(indicator),
    granularity: indicator.definition.periodGranularity,
    multiplier: displayMultiplier(indicator.measure, indicator.definition),
    caseMixFiltered: false,
    points,
    spc: chartWithTarget(indicator, points, target),
  };
}
