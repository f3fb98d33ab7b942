import { and, asc, eq } from 'drizzle-orm';
import type { TeamIndicators } from '@leerlus/contracts/indicators';
import { schema, type Executor } from '@leerlus/db';
import { goalDomainCoverage } from '@leerlus/domain/indicators/index';
import { presentIndicator, type IndicatorRow } from './presenter';

const { teamIndicators, indicators, outcomeSetIndicators } = schema;

/** The indicators a team tracks, by code. */
export async function adoptedIndicators(db: Executor, teamId: string): Promise<{ indicator: IndicatorRow; adoptedAt: Date }[]> {
  return db
    .select({ indicator: indicators, adoptedAt: teamIndicators.adoptedAt })
    .from(teamIndicators)
    .innerJoin(indicators, eq(indicators.id, teamIndicators.indicatorId))
    .where(eq(teamIndicators.teamId, teamId))
    .orderBy(asc(indicators.code));
}

/** The team's indicators with the goal domains they cover. */
export async function teamIndicatorList(db: Executor, teamId: string): Promise<TeamIndicators> {
  const rows = await adoptedIndicators(db, teamId);
  const { covered, missing, isComplete } = goalDomainCoverage(rows.map((r) => r.indicator.kind));
  return {
    indicators: rows.map((r) => ({ indicator: presentIndicator(r.indicator), adoptedAt: r.adoptedAt.toISOString() })),
    coverage: { covered, missing, isComplete },
  };
}

/** Adopts indicators into the team's goal set; ones already tracked are left as they are. */
export async function adoptIndicators(tx: Executor, teamId: string, indicatorIds: readonly string[], actorId: string | null): Promise<void> {
  if (indicatorIds.length === 0) return;
  await tx
    .insert(teamIndicators)
    .values(indicatorIds.map((indicatorId) => ({ teamId, indicatorId, adoptedBy: actorId })))
    .onConflictDoNothing();
}

/** Drops an indicator from the team's goal set; false when the team did not track it. */
export async function dropIndicator(tx: Executor, teamId: string, indicatorId: string): Promise<boolean> {
  const removed = await tx
    .delete(teamIndicators)
    .where(and(eq(teamIndicators.teamId, teamId), eq(teamIndicators.indicatorId, indicatorId)))
    .returning({ indicatorId: teamIndicators.indicatorId });
  return removed.length > 0;
}

/** The indicators of an outcome set. */
export async function outcomeSetIndicatorIds(db: Executor, outcomeSetId: string): Promise<string[]> {
  const rows = await db.select({ id: outcomeSetIndicators.indicatorId }).from(outcomeSetIndicators).where(eq(outcomeSetIndicators.outcomeSetId, outcomeSetId));
  return rows.map((r) => r.id);
}
