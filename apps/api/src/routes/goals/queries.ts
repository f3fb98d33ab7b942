import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Goal, StatusUpdate } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { isGoalOverdue } from '@leerlus/domain/improvement/goals';
import { personOf, todayLocal, userNames } from './shared';

const { goals, indicators, statusUpdates, meetingGoals } = schema;
type GoalRow = typeof goals.$inferSelect;
type StatusRow = typeof statusUpdates.$inferSelect;

export async function presentStatusUpdates(db: Executor, rows: readonly StatusRow[]): Promise<StatusUpdate[]> {
  const names = await userNames(db, rows.map((r) => r.authorId));
  return rows.map((r) => ({
    id: r.id,
    goalId: r.goalId,
    occurrenceId: r.occurrenceId,
    author: personOf(r.authorId, names),
    progress: r.progress,
    explanation: r.explanation,
    nextStep: r.nextStep,
    links: r.links,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The newest status update of each goal. */
export async function latestStatusUpdates(db: Executor, goalIds: readonly string[]): Promise<Map<string, StatusRow>> {
  if (goalIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([statusUpdates.goalId])
    .from(statusUpdates)
    .where(inArray(statusUpdates.goalId, [...goalIds]))
    .orderBy(statusUpdates.goalId, desc(statusUpdates.createdAt));
  return new Map(rows.map((r) => [r.goalId, r]));
}

/** The team's goals (optionally one), with indicator, owner, last status and matrix use. */
export async function goalList(db: Executor, teamId: string, goalId?: string): Promise<Goal[]> {
  const rows = await db
    .select({ goal: goals, indicator: indicators })
    .from(goals)
    .leftJoin(indicators, eq(indicators.id, goals.indicatorId))
    .where(goalId ? and(eq(goals.teamId, teamId), eq(goals.id, goalId)) : eq(goals.teamId, teamId))
    .orderBy(asc(goals.status), asc(goals.title));
  return presentGoals(db, rows);
}

export async function presentGoals(db: Executor, rows: readonly { goal: GoalRow; indicator: typeof indicators.$inferSelect | null }[]): Promise<Goal[]> {
  const ids = rows.map((r) => r.goal.id);
  const names = await userNames(db, rows.map((r) => r.goal.ownerId));
  const latest = await latestStatusUpdates(db, ids);
  const latestPresented = new Map((await presentStatusUpdates(db, [...latest.values()])).map((s) => [s.goalId, s]));
  const cellCounts = new Map(
    ids.length === 0
      ? []
      : (await db.select({ goalId: meetingGoals.goalId, n: count() }).from(meetingGoals).where(inArray(meetingGoals.goalId, ids)).groupBy(meetingGoals.goalId)).map((r) => [r.goalId, r.n]),
  );
  const today = todayLocal();
  return rows.map(({ goal: g, indicator: i }) => ({
    id: g.id,
    teamId: g.teamId,
    indicator: i && { id: i.id, code: i.code, nameNl: i.nameNl, nameEn: i.nameEn, kind: i.kind, unit: i.unit },
    title: g.title,
    description: g.description,
    kind: g.kind,
    scope: g.scope,
    owner: personOf(g.ownerId, names),
    direction: g.direction,
    baselineValue: g.baselineValue,
    baselineFrom: g.baselineFrom,
    baselineTo: g.baselineTo,
    baselineSource: g.baselineSource,
    targetValue: g.targetValue,
    deadline: g.deadline,
    milestones: g.milestones,
    status: g.status,
    statusReason: g.statusReason,
    parentGoalId: g.parentGoalId,
    isOverdue: isGoalOverdue(g, today),
    lastStatus: latestPresented.get(g.id) ?? null,
    meetingCount: cellCounts.get(g.id) ?? 0,
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
  }));
}
