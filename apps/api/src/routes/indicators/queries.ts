import { and, asc, desc, eq } from 'drizzle-orm';
import type { IndicatorDetail } from '@leerlus/contracts/indicators';
import { schema, type Executor } from '@leerlus/db';
import { notFound } from '../../http/errors';
import { presentIndicator, type IndicatorRow } from './presenter';

const { indicators, indicatorVersions, teamIndicators, teams } = schema;

/** The organisation's catalogue, by code. */
export async function listIndicators(db: Executor, organisationId: string): Promise<IndicatorRow[]> {
  return db.select().from(indicators).where(eq(indicators.organisationId, organisationId)).orderBy(asc(indicators.code));
}

/** One indicator of the organisation; another organisation's (or a library template's) id answers 404. */
export async function indicatorOf(db: Executor, organisationId: string, indicatorId: string, lock = false): Promise<IndicatorRow> {
  const query = db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), eq(indicators.organisationId, organisationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Indicator');
  return row;
}

/** An indicator with its version history (newest first) and the teams tracking it. */
export async function indicatorDetail(db: Executor, row: IndicatorRow): Promise<IndicatorDetail> {
  const [versions, adopted] = await Promise.all([
    db.select().from(indicatorVersions).where(eq(indicatorVersions.indicatorId, row.id)).orderBy(desc(indicatorVersions.version)),
    db
      .select({ teamId: teamIndicators.teamId })
      .from(teamIndicators)
      .innerJoin(teams, eq(teams.id, teamIndicators.teamId))
      .where(eq(teamIndicators.indicatorId, row.id))
      .orderBy(asc(teams.name)),
  ]);
  return {
    ...presentIndicator(row),
    versions: versions.map((v) => ({
      version: v.version,
      measure: v.measure,
      unit: v.unit,
      definition: v.definition,
      improvement: v.improvement,
      chartType: v.chartType,
      changedAt: v.changedAt.toISOString(),
      changedBy: v.changedBy,
    })),
    teamIds: adopted.map((a) => a.teamId),
  };
}
