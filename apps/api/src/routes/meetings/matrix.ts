import { asc, eq } from 'drizzle-orm';
import type { Matrix } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { matrixWarnings } from '@leerlus/domain/improvement/matrix';
import { typicalIntervalDays } from '@leerlus/domain/improvement/occurrences';
import type { Team } from '../../access/team-scope';
import { invalidField, userNames } from '../goals/shared';
import { scheduleOf, teamMeetings } from './queries';

const { goals, indicators, meetingGoals } = schema;

/** The team's meeting × goal matrix: columns (meetings), rows (goals that are not stopped), cells and warnings. */
export async function loadMatrix(db: Executor, team: Team): Promise<Matrix> {
  const meetingRows = (await teamMeetings(db, team.id)).filter((m) => m.archivedAt === null);
  const goalRows = await db
    .select({ goal: goals, indicator: indicators })
    .from(goals)
    .leftJoin(indicators, eq(indicators.id, goals.indicatorId))
    .where(eq(goals.teamId, team.id))
    .orderBy(asc(goals.title));
  const cells = await db.select().from(meetingGoals).where(eq(meetingGoals.teamId, team.id)).orderBy(asc(meetingGoals.position));
  const names = await userNames(db, goalRows.map((g) => g.goal.ownerId));
  const shownGoals = goalRows.filter((g) => g.goal.status !== 'stopped');
  const warnings = matrixWarnings(
    meetingRows.map((m) => ({ id: m.id, type: m.type, durationMinutes: m.durationMinutes, intervalDays: typicalIntervalDays(scheduleOf(m)) })),
    shownGoals.map((g) => ({ id: g.goal.id, status: g.goal.status, granularity: g.indicator?.definition.periodGranularity ?? null })),
    cells,
  );
  return {
    meetings: meetingRows.map((m) => ({ id: m.id, name: m.name, type: m.type, frequency: m.frequency, durationMinutes: m.durationMinutes })),
    goals: shownGoals.map(({ goal: g, indicator: i }) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      indicatorName: i ? i.nameNl : null,
      ownerName: g.ownerId ? (names.get(g.ownerId) ?? null) : null,
      granularity: i?.definition.periodGranularity ?? null,
    })),
    cells: cells.map((c) => ({ meetingId: c.meetingId, goalId: c.goalId, cadence: c.cadence, nth: c.nth })),
    warnings,
  };
}

/**
 * Replaces the whole matrix of the team (the grid is edited and saved as one). Every cell must name one
 * of the team's meetings and goals; a goal appears at most once per meeting. Agenda order within a
 * meeting follows the order of the cells.
 */
export async function replaceMatrix(tx: Executor, team: Team, cells: readonly { meetingId: string; goalId: string; cadence: 'every' | 'every-nth' | 'quarterly'; nth: number | null }[]): Promise<number> {
  const meetingIds = new Set((await teamMeetings(tx, team.id)).map((m) => m.id));
  const goalIds = new Set((await tx.select({ id: goals.id }).from(goals).where(eq(goals.teamId, team.id))).map((g) => g.id));
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    if (!meetingIds.has(cell.meetingId)) throw invalidField(`cells.${index}.meetingId`, 'is not a meeting of this team');
    if (!goalIds.has(cell.goalId)) throw invalidField(`cells.${index}.goalId`, 'is not a goal of this team');
    const key = `${cell.meetingId}/${cell.goalId}`;
    if (seen.has(key)) throw invalidField(`cells.${index}`, 'the goal is already in this meeting');
    seen.add(key);
  });
  await tx.delete(meetingGoals).where(eq(meetingGoals.teamId, team.id));
  if (cells.length > 0) {
    await tx.insert(meetingGoals).values(cells.map((c, position) => ({ ...c, teamId: team.id, position })));
  }
  return cells.length;
}
