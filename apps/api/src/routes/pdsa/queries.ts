import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChartAnnotations, Pdsa } from '@leerlus/contracts/cycles';
import { schema, type Executor } from '@leerlus/db';
import { confirmedPhaseStarts, cycleAnnotations, rampSteps } from '@leerlus/domain/cycles/pdsa';
import type { Team } from '../../access/team-scope';
import { notFound } from '../../http/errors';
import { peopleById, personOf } from './records';

const { pdsaCycles, goals } = schema;
export type PdsaRow = typeof pdsaCycles.$inferSelect;

/** The team's cycle, or 404. */
export async function cycleOfTeam(tx: Executor, team: Team, cycleId: string): Promise<PdsaRow> {
  const [row] = await tx
    .select()
    .from(pdsaCycles)
    .where(and(eq(pdsaCycles.id, cycleId), eq(pdsaCycles.teamId, team.id)));
  if (!row) throw notFound('PDSA cycle');
  return row;
}

/** Cycles of the team (optionally of one goal or status), presented with their goal, owner and ramp step. */
export async function listCycles(
  tx: Executor,
  team: Team,
  filter: { goalId?: string | undefined; status?: PdsaRow['status'] | undefined; ids?: string[] } = {},
): Promise<Pdsa[]> {
  const rows = await tx
    .select()
    .from(pdsaCycles)
    .where(
      and(
        eq(pdsaCycles.teamId, team.id),
        filter.goalId ? eq(pdsaCycles.goalId, filter.goalId) : undefined,
        filter.status ? eq(pdsaCycles.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(pdsaCycles.startDate), asc(pdsaCycles.createdAt));
  // Ramp steps need the whole chain, so they are computed over all of the team's cycles on those goals.
  const goalIds = [...new Set(rows.map((r) => r.goalId))];
  const chain =
    goalIds.length === 0
      ? []
      : await tx
          .select({ id: pdsaCycles.id, parentId: pdsaCycles.parentId })
          .from(pdsaCycles)
          .where(inArray(pdsaCycles.goalId, goalIds));
  const steps = rampSteps(chain);
  const goalRows =
    goalIds.length === 0
      ? []
      : await tx
          .select({ id: goals.id, title: goals.title, indicatorId: goals.indicatorId })
          .from(goals)
          .where(inArray(goals.id, goalIds));
  const goalById = new Map(goalRows.map((g) => [g.id, g]));
  const people = await peopleById(
    tx,
    rows.flatMap((r) => [r.ownerId, r.rebaseDecidedBy]),
  );
  const wanted = filter.ids ? new Set(filter.ids) : null;
  return rows
    .filter((r) => !wanted || wanted.has(r.id))
    .map((r) => ({
      id: r.id,
      teamId: r.teamId,
      goal: goalById.get(r.goalId)!,
      parentId: r.parentId,
      rampStep: steps.get(r.id) ?? 1,
      title: r.title,
      owner: personOf(people, r.ownerId),
      status: r.status,
      changeIdea: r.changeIdea,
      prediction: r.prediction,
      measures: r.measures,
      planWho: r.planWho,
      planWhen: r.planWhen,
      planWhere: r.planWhere,
      doWhatHappened: r.doWhatHappened,
      doObservations: r.doObservations,
      studyComparison: r.studyComparison,
      actOutcome: r.actOutcome,
      actNotes: r.actNotes,
      startDate: r.startDate,
      checkDate: r.checkDate,
      endDate: r.endDate,
      rebase: {
        status: r.rebaseStatus,
        from: r.rebaseFrom,
        reason: r.rebaseReason,
        decidedBy: personOf(people, r.rebaseDecidedBy),
        decidedAt: r.rebaseDecidedAt?.toISOString() ?? null,
      },
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
}

export async function presentCycle(tx: Executor, team: Team, row: PdsaRow): Promise<Pdsa> {
  return (await listCycles(tx, team, { goalId: row.goalId, ids: [row.id] }))[0]!;
}

/**
 * The chart annotations of a goal — or of every goal of the team on an indicator — from its PDSA
 * cycles, and the confirmed phase starts (dates) the goal's chart must split its phases at.
 * This is the function the goal page's chart uses (`GET /api/v1/teams/:teamId/chart-annotations`).
 */
export async function chartAnnotations(
  tx: Executor,
  team: Team,
  by: { goalId: string } | { indicatorId: string },
): Promise<ChartAnnotations> {
  const goalIds =
    'goalId' in by
      ? [by.goalId]
      : (
          await tx
            .select({ id: goals.id })
            .from(goals)
            .where(and(eq(goals.teamId, team.id), eq(goals.indicatorId, by.indicatorId)))
        ).map((g) => g.id);
  if (goalIds.length === 0) return { annotations: [], phaseStarts: [] };
  const rows = await tx
    .select()
    .from(pdsaCycles)
    .where(and(eq(pdsaCycles.teamId, team.id), inArray(pdsaCycles.goalId, goalIds)));
  const goalOf = new Map(rows.map((r) => [r.id, r.goalId]));
  return {
    annotations: cycleAnnotations(rows).map((a) => ({ ...a, goalId: goalOf.get(a.cycleId)! })),
    phaseStarts: confirmedPhaseStarts(rows),
  };
}
