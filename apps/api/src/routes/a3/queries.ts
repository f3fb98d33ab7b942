import { and, desc, eq, inArray } from 'drizzle-orm';
import type { A3, Card } from '@leerlus/contracts/cycles';
import { schema, type Executor } from '@leerlus/db';
import type { Team } from '../../access/team-scope';
import { notFound } from '../../http/errors';
import { peopleById, personOf } from '../pdsa/records';

const { a3Reports, goals, improvementCards } = schema;
export type A3Row = typeof a3Reports.$inferSelect;
export type CardRow = typeof improvementCards.$inferSelect;

export async function reportOfTeam(tx: Executor, team: Team, reportId: string): Promise<A3Row> {
  const [row] = await tx
    .select()
    .from(a3Reports)
    .where(and(eq(a3Reports.id, reportId), eq(a3Reports.teamId, team.id)));
  if (!row) throw notFound('A3 report');
  return row;
}

/** A3 reports presented with goal, owner and coach. */
export async function presentReports(tx: Executor, rows: A3Row[]): Promise<A3[]> {
  const goalIds = [...new Set(rows.map((r) => r.goalId).filter((g): g is string => g !== null))];
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
    rows.flatMap((r) => [r.ownerId, r.coachId]),
  );
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    goal: r.goalId ? (goalById.get(r.goalId) ?? null) : null,
    title: r.title,
    owner: personOf(people, r.ownerId),
    coach: personOf(people, r.coachId),
    status: r.status,
    sections: r.sections,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listReports(tx: Executor, team: Team): Promise<A3[]> {
  return presentReports(
    tx,
    await tx.select().from(a3Reports).where(eq(a3Reports.teamId, team.id)).orderBy(desc(a3Reports.updatedAt)),
  );
}

export async function cardOfTeam(tx: Executor, team: Team, cardId: string): Promise<CardRow> {
  const [row] = await tx
    .select()
    .from(improvementCards)
    .where(and(eq(improvementCards.id, cardId), eq(improvementCards.teamId, team.id)));
  if (!row) throw notFound('Improvement card');
  return row;
}

export async function presentCard(tx: Executor, row: CardRow): Promise<Card> {
  const people = await peopleById(tx, [row.ownerId]);
  return {
    id: row.id,
    teamId: row.teamId,
    goalId: row.goalId,
    problem: row.problem,
    idea: row.idea,
    submittedBy: row.submittedBy,
    cardDate: row.cardDate,
    owner: personOf(people, row.ownerId),
    columnId: row.columnId,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
  };
}
