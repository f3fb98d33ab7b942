import { and, eq } from 'drizzle-orm';
import type { CreateGoalRequest, UpdateGoalRequest } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { goalIssues, type GoalIssue } from '@leerlus/domain/improvement/goals';
import type { Team } from '../../access/team-scope';
import { AppError } from '../../http/errors';
import { indicatorOf } from '../indicators/queries';
import { assertMembers } from './shared';

type GoalRow = typeof schema.goals.$inferSelect;

const ISSUE_FIELD: Record<GoalIssue, string> = {
  'case-mix-indicator': 'indicatorId',
  'indicator-required': 'indicatorId',
  'target-not-improvement': 'targetValue',
  'baseline-period-order': 'baselineTo',
  'deadline-before-baseline': 'deadline',
  'milestone-after-deadline': 'milestones',
  'owner-required-when-active': 'ownerId',
  'reason-required': 'statusReason',
};
const ISSUE_MESSAGE: Record<GoalIssue, string> = {
  'case-mix-indicator': 'is a case-mix variable: case-mix is a filter, not a goal',
  'indicator-required': 'a team goal needs an indicator',
  'target-not-improvement': 'is no improvement on the baseline in the goal direction',
  'baseline-period-order': 'must not be before the start of the baseline period',
  'deadline-before-baseline': 'must be after the baseline period',
  'milestone-after-deadline': 'a milestone lies after the deadline',
  'owner-required-when-active': 'an active goal needs an owner',
  'reason-required': 'give a reason when a goal is achieved or stopped',
};

/** The codes of the case-mix variables of the organisation's outcome sets. */
async function caseMixCodes(db: Executor, organisationId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ code: schema.outcomeSetCaseMix.code })
    .from(schema.outcomeSetCaseMix)
    .innerJoin(schema.outcomeSets, eq(schema.outcomeSets.id, schema.outcomeSetCaseMix.outcomeSetId))
    .where(eq(schema.outcomeSets.organisationId, organisationId));
  return new Set(rows.map((r) => r.code));
}

type GoalValues = Omit<CreateGoalRequest, 'direction'> & { direction: GoalRow['direction'] };

/**
 * Validates a goal's values against the team: the indicator is the organisation's, the owner a member,
 * the parent a goal of the team, and the domain rules hold (@leerlus/domain goalIssues). Returns the
 * values with the direction defaulted from the indicator.
 */
async function checkedValues(db: Executor, team: Team, values: Omit<CreateGoalRequest, 'direction'> & { direction?: GoalRow['direction'] | undefined }): Promise<GoalValues> {
  const indicator = values.indicatorId ? await indicatorOf(db, team.organisationId, values.indicatorId).catch(() => null) : null;
  if (values.indicatorId && !indicator) throw new AppError('VALIDATION_FAILED', 'The request is not valid', [{ path: 'body.indicatorId', message: 'is not an indicator of this organisation' }]);
  await assertMembers(db, team, { ownerId: values.ownerId });
  if (values.parentGoalId) {
    const [parent] = await db.select({ id: schema.goals.id }).from(schema.goals).where(and(eq(schema.goals.id, values.parentGoalId), eq(schema.goals.teamId, team.id)));
    if (!parent) throw new AppError('VALIDATION_FAILED', 'The request is not valid', [{ path: 'body.parentGoalId', message: 'is not a goal of this team' }]);
  }
  const direction = values.direction ?? indicator?.improvement ?? 'neutral';
  const issues = goalIssues({
    ...values,
    direction,
    indicator: indicator && { observationCode: indicator.definition.observationCode },
    caseMixCodes: await caseMixCodes(db, team.organisationId),
  });
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The request is not valid',
      issues.map((code) => ({ path: `body.${ISSUE_FIELD[code]}`, message: ISSUE_MESSAGE[code], code })),
    );
  }
  return { ...values, direction };
}

export async function createGoal(tx: Executor, team: Team, body: CreateGoalRequest, actorId: string | null): Promise<GoalRow> {
  const values = await checkedValues(tx, team, body);
  const [row] = await tx
    .insert(schema.goals)
    .values({ ...values, organisationId: team.organisationId, teamId: team.id, createdBy: actorId })
    .returning();
  return row!;
}

export async function updateGoal(tx: Executor, team: Team, current: GoalRow, body: UpdateGoalRequest): Promise<GoalRow> {
  const merged = {
    indicatorId: current.indicatorId,
    title: current.title,
    description: current.description,
    kind: current.kind,
    scope: current.scope,
    ownerId: current.ownerId,
    direction: current.direction,
    baselineValue: current.baselineValue,
    baselineFrom: current.baselineFrom,
    baselineTo: current.baselineTo,
    baselineSource: current.baselineSource,
    targetValue: current.targetValue,
    deadline: current.deadline,
    milestones: current.milestones,
    status: current.status,
    statusReason: current.statusReason,
    parentGoalId: current.parentGoalId,
    ...body,
  };
  if (merged.parentGoalId === current.id) throw new AppError('VALIDATION_FAILED', 'The request is not valid', [{ path: 'body.parentGoalId', message: 'a goal cannot be its own parent' }]);
  const values = await checkedValues(tx, team, merged);
  const [row] = await tx.update(schema.goals).set({ ...values, updatedAt: new Date() }).where(eq(schema.goals.id, current.id)).returning();
  return row!;
}
