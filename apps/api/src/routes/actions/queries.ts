import { and, asc, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Action, ActionQuery, Decision, DecisionQuery } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { isActionOverdue } from '@leerlus/domain/improvement/goals';
import { personOf, todayLocal, userNames } from '../goals/shared';

const { actions, decisions, goals, meetingOccurrences, meetings } = schema;
type ActionRow = typeof actions.$inferSelect;
type DecisionRow = typeof decisions.$inferSelect;

/** `%term%` for ILIKE with the wildcards of the term escaped. */
export const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Actions in the shape of the contract (owner names, goal titles, overdue flag). */
export async function presentActions(db: Executor, rows: readonly ActionRow[], today = todayLocal()): Promise<Action[]> {
  const names = await userNames(db, rows.map((r) => r.ownerId));
  const goalIds = [...new Set(rows.flatMap((r) => (r.goalId ? [r.goalId] : [])))];
  const goalTitles = new Map(
    goalIds.length === 0 ? [] : (await db.select({ id: goals.id, title: goals.title }).from(goals).where(inArray(goals.id, goalIds))).map((g) => [g.id, g.title]),
  );
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    title: r.title,
    description: r.description,
    owner: personOf(r.ownerId, names),
    dueDate: r.dueDate,
    status: r.status,
    originKind: r.originKind,
    originId: r.originId,
    goal: r.goalId ? { id: r.goalId, title: goalTitles.get(r.goalId) ?? '' } : null,
    occurrenceId: r.occurrenceId,
    links: r.links,
    isOverdue: isActionOverdue(r, today),
    completedAt: r.completedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The team's actions matching the filters: open first by due date, then the rest newest first. */
export async function findActions(db: Executor, teamId: string, query: Partial<ActionQuery> & { occurrenceId?: string }, today = todayLocal()): Promise<ActionRow[]> {
  const where: (SQL | undefined)[] = [eq(actions.teamId, teamId)];
  if (query.status) where.push(eq(actions.status, query.status));
  if (query.ownerId) where.push(eq(actions.ownerId, query.ownerId));
  if (query.goalId) where.push(eq(actions.goalId, query.goalId));
  if (query.origin) where.push(eq(actions.originKind, query.origin));
  if (query.occurrenceId) where.push(eq(actions.occurrenceId, query.occurrenceId));
  if (query.overdue === 'true') where.push(inArray(actions.status, ['open', 'doing']), lt(actions.dueDate, today));
  if (query.q) where.push(or(ilike(actions.title, likePattern(query.q)), ilike(actions.description, likePattern(query.q))));
  return db
    .select()
    .from(actions)
    .where(and(...where))
    .orderBy(asc(actions.status), asc(actions.dueDate), desc(actions.createdAt))
    .limit(2000);
}

/** Decisions in the shape of the contract (meeting name, goal title). */
export async function presentDecisions(db: Executor, rows: readonly DecisionRow[]): Promise<Decision[]> {
  const occurrenceIds = [...new Set(rows.flatMap((r) => (r.occurrenceId ? [r.occurrenceId] : [])))];
  const meetingNames = new Map(
    occurrenceIds.length === 0
      ? []
      : (
          await db
            .select({ id: meetingOccurrences.id, name: meetings.name })
            .from(meetingOccurrences)
            .innerJoin(meetings, eq(meetings.id, meetingOccurrences.meetingId))
            .where(inArray(meetingOccurrences.id, occurrenceIds))
        ).map((r) => [r.id, r.name]),
  );
  const goalIds = [...new Set(rows.flatMap((r) => (r.goalId ? [r.goalId] : [])))];
  const goalTitles = new Map(
    goalIds.length === 0 ? [] : (await db.select({ id: goals.id, title: goals.title }).from(goals).where(inArray(goals.id, goalIds))).map((g) => [g.id, g.title]),
  );
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    occurrenceId: r.occurrenceId,
    meetingName: r.occurrenceId ? (meetingNames.get(r.occurrenceId) ?? null) : null,
    goal: r.goalId ? { id: r.goalId, title: goalTitles.get(r.goalId) ?? '' } : null,
    text: r.text,
    rationale: r.rationale,
    decidedOn: r.decidedOn,
    decidedBy: r.decidedBy,
    links: r.links,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The team's decisions matching the filters, newest first. */
export async function findDecisions(db: Executor, teamId: string, query: Partial<DecisionQuery> & { occurrenceId?: string }): Promise<DecisionRow[]> {
  const where: (SQL | undefined)[] = [eq(decisions.teamId, teamId)];
  if (query.from) where.push(gte(decisions.decidedOn, query.from));
  if (query.to) where.push(lte(decisions.decidedOn, query.to));
  if (query.goalId) where.push(eq(decisions.goalId, query.goalId));
  if (query.occurrenceId) where.push(eq(decisions.occurrenceId, query.occurrenceId));
  if (query.q) where.push(or(ilike(decisions.text, likePattern(query.q)), ilike(decisions.rationale, likePattern(query.q)), ilike(decisions.decidedBy, likePattern(query.q))));
  return db
    .select()
    .from(decisions)
    .where(and(...where))
    .orderBy(desc(decisions.decidedOn), desc(decisions.createdAt))
    .limit(2000);
}
