import { and, count, countDistinct, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { teamParamsSchema } from '@leerlus/contracts';
import { rolloutSchema } from '@leerlus/contracts/cycles';
import { schema, type Executor } from '@leerlus/db';
import { ROLLOUT_PLAN, rolloutProgress, type RolloutFacts } from '@leerlus/domain/cycles/rollout';
import { teamScope } from '../../access/team-scope';

const s = schema;

/** Counts the team's records that the roll-out checklist is judged on. */
async function rolloutFacts(tx: Executor, teamId: string): Promise<RolloutFacts> {
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const [
    meetings,
    improvementMeetings,
    matrixCells,
    improvementSystemGoals,
    teamGoals,
    teamGoalsWithOwner,
    goalsInMatrix,
    pdsaCycles,
    heldOccurrences,
    statusUpdates,
    decisions,
    actions,
    a3Reports,
    boardCards,
    adopted,
  ] = await Promise.all([
    n(tx.select({ n: count() }).from(s.meetings).where(eq(s.meetings.teamId, teamId))),
    n(
      tx
        .select({ n: count() })
        .from(s.meetings)
        .where(and(eq(s.meetings.teamId, teamId), eq(s.meetings.type, 'improvement'))),
    ),
    n(tx.select({ n: count() }).from(s.meetingGoals).where(eq(s.meetingGoals.teamId, teamId))),
    n(
      tx
        .select({ n: count() })
        .from(s.goals)
        .where(and(eq(s.goals.teamId, teamId), eq(s.goals.scope, 'improvement-system'))),
    ),
    n(
      tx
        .select({ n: count() })
        .from(s.goals)
        .where(
          and(
            eq(s.goals.teamId, teamId),
            eq(s.goals.scope, 'team'),
            inArray(s.goals.status, ['draft', 'active']),
          ),
        ),
    ),
    n(
      tx
        .select({ n: count() })
        .from(s.goals)
        .where(
          and(
            eq(s.goals.teamId, teamId),
            eq(s.goals.scope, 'team'),
            inArray(s.goals.status, ['draft', 'active']),
            isNotNull(s.goals.ownerId),
          ),
        ),
    ),
    n(
      tx
        .select({ n: countDistinct(s.meetingGoals.goalId) })
        .from(s.meetingGoals)
        .innerJoin(s.goals, eq(s.goals.id, s.meetingGoals.goalId))
        .where(
          and(
            eq(s.meetingGoals.teamId, teamId),
            eq(s.goals.scope, 'team'),
            inArray(s.goals.status, ['draft', 'active']),
          ),
        ),
    ),
    n(tx.select({ n: count() }).from(s.pdsaCycles).where(eq(s.pdsaCycles.teamId, teamId))),
    n(
      tx
        .select({ n: count() })
        .from(s.meetingOccurrences)
        .where(and(eq(s.meetingOccurrences.teamId, teamId), eq(s.meetingOccurrences.status, 'held'))),
    ),
    n(tx.select({ n: count() }).from(s.statusUpdates).where(eq(s.statusUpdates.teamId, teamId))),
    n(tx.select({ n: count() }).from(s.decisions).where(eq(s.decisions.teamId, teamId))),
    n(tx.select({ n: count() }).from(s.actions).where(eq(s.actions.teamId, teamId))),
    n(tx.select({ n: count() }).from(s.a3Reports).where(eq(s.a3Reports.teamId, teamId))),
    n(tx.select({ n: count() }).from(s.improvementCards).where(eq(s.improvementCards.teamId, teamId))),
    n(
      tx
        .select({ n: count() })
        .from(s.pdsaCycles)
        .where(
          and(
            eq(s.pdsaCycles.teamId, teamId),
            or(eq(s.pdsaCycles.actOutcome, 'adopt'), eq(s.pdsaCycles.rebaseStatus, 'confirmed')),
          ),
        ),
    ),
  ]);
  return {
    meetings,
    improvementMeetings,
    matrixCells,
    improvementSystemGoals,
    teamGoals,
    teamGoalsWithOwner,
    goalsInMatrix,
    pdsaCycles,
    heldOccurrences,
    statusUpdates,
    decisions,
    actions,
    a3Reports,
    boardCards,
    standardised: adopted,
  };
}

/** The roll-out guide of a team: the seed's six steps, each checklist item judged from the team's records. */
export const rolloutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/teams/:teamId/rollout',
    {
      schema: {
        tags: ['rollout'],
        summary: "The team's progress through the six roll-out steps",
        params: teamParamsSchema,
        response: { 200: rolloutSchema },
      },
    },
    async (request) => {
      const team = await teamScope(app.deps.db, request.auth, request.params.teamId, 'improvement:read');
      const steps = rolloutProgress(await rolloutFacts(app.deps.db, team.id)).map((p) => ({
        ...p,
        weeks: ROLLOUT_PLAN[p.step].weeks,
        roles: [...ROLLOUT_PLAN[p.step].roles],
      }));
      return { teamId: team.id, steps, done: steps.filter((p) => p.done).length };
    },
  );
};
