import { randomUUID } from 'node:crypto';
import { schema, type Database } from '@leerlus/db';
import { createIndicatorRow } from '../indicators/testing';

/** Test factories for the improvement system: goals, meetings, matrix cells, occurrences, actions. */

type TeamRef = { id: string; organisationId: string };

export async function createGoalRow(db: Database, team: TeamRef, values: Partial<typeof schema.goals.$inferInsert> = {}) {
  const indicatorId = values.indicatorId === undefined ? (await createIndicatorRow(db, team.organisationId)).id : values.indicatorId;
  const [row] = await db
    .insert(schema.goals)
    .values({ organisationId: team.organisationId, teamId: team.id, indicatorId, title: `Goal ${randomUUID().slice(0, 6)}`, direction: 'decrease', status: 'active', ...values })
    .returning();
  return row!;
}

export async function createMeetingRow(db: Database, team: TeamRef, values: Partial<typeof schema.meetings.$inferInsert> = {}) {
  const [row] = await db
    .insert(schema.meetings)
    .values({ organisationId: team.organisationId, teamId: team.id, name: `Meeting ${randomUUID().slice(0, 6)}`, type: 'improvement', frequency: 'biweekly', startDate: '2026-01-06', startTime: '08:00', ...values })
    .returning();
  return row!;
}

export async function createOccurrenceRow(db: Database, meeting: { id: string; teamId: string }, values: Partial<typeof schema.meetingOccurrences.$inferInsert> = {}) {
  const localDate = values.localDate ?? '2026-01-06';
  const [row] = await db
    .insert(schema.meetingOccurrences)
    .values({ meetingId: meeting.id, teamId: meeting.teamId, localDate, startsAt: new Date(`${localDate}T07:00:00Z`), sequence: 0, ...values })
    .returning();
  return row!;
}

export async function createActionRow(db: Database, team: TeamRef, values: Partial<typeof schema.actions.$inferInsert> = {}) {
  const [row] = await db.insert(schema.actions).values({ teamId: team.id, title: `Action ${randomUUID().slice(0, 6)}`, originKind: 'goal', ...values }).returning();
  return row!;
}

export async function createDecisionRow(db: Database, team: TeamRef, values: Partial<typeof schema.decisions.$inferInsert> = {}) {
  const [row] = await db.insert(schema.decisions).values({ teamId: team.id, text: `Decision ${randomUUID().slice(0, 6)}`, decidedOn: '2026-01-06', ...values }).returning();
  return row!;
}
