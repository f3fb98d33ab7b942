import { and, asc, desc, eq, gte, inArray, lt, lte, ne, type SQL } from 'drizzle-orm';
import type { OccurrenceDetail, OccurrenceSummary } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { generateAgenda, type AgendaGoalInput } from '@leerlus/domain/improvement/agenda';
import { generateOccurrences } from '@leerlus/domain/improvement/occurrences';
import type { Team } from '../../access/team-scope';
import { findActions, findDecisions, presentActions, presentDecisions } from '../actions/queries';
import { goalFigures } from '../goals/charts';
import { latestStatusUpdates, presentStatusUpdates } from '../goals/queries';
import { meetingOf, userNames } from '../goals/shared';
import { presentMeetings, scheduleOf, type MeetingRow } from './queries';

const { meetingOccurrences, meetings, meetingGoals, goals, indicators, statusUpdates, meetingAttendance, meetingMembers, pdsaCycles } = schema;
type OccurrenceRow = typeof meetingOccurrences.$inferSelect;

const summary = (o: OccurrenceRow, meetingName: string): OccurrenceSummary => ({
  id: o.id,
  meetingId: o.meetingId,
  meetingName,
  localDate: o.localDate,
  startsAt: o.startsAt.toISOString(),
  sequence: o.sequence,
  status: o.status,
});

/** The team's stored occurrences (optionally of one meeting) in a date range, in time order. */
export async function listOccurrences(db: Executor, teamId: string, filter: { meetingId?: string; from?: string | undefined; to?: string | undefined }): Promise<OccurrenceSummary[]> {
  const where: SQL[] = [eq(meetingOccurrences.teamId, teamId)];
  if (filter.meetingId) where.push(eq(meetingOccurrences.meetingId, filter.meetingId));
  if (filter.from) where.push(gte(meetingOccurrences.localDate, filter.from));
  if (filter.to) where.push(lte(meetingOccurrences.localDate, filter.to));
  const rows = await db
    .select({ occurrence: meetingOccurrences, name: meetings.name })
    .from(meetingOccurrences)
    .innerJoin(meetings, eq(meetings.id, meetingOccurrences.meetingId))
    .where(and(...where))
    .orderBy(asc(meetingOccurrences.startsAt))
    .limit(1000);
  return rows.map((r) => summary(r.occurrence, r.name));
}

/** Stores the meeting's occurrences in [from, to] that are not stored yet (idempotent); returns them all. */
export async function generateStoredOccurrences(tx: Executor, meeting: MeetingRow, from: string, to: string): Promise<OccurrenceSummary[]> {
  const generated = generateOccurrences(scheduleOf(meeting), from, to);
  if (generated.length > 0) {
    await tx
      .insert(meetingOccurrences)
      .values(generated.map((g) => ({ meetingId: meeting.id, teamId: meeting.teamId, startsAt: new Date(g.startsAt), localDate: g.localDate, sequence: g.sequence })))
      .onConflictDoNothing();
  }
  return listOccurrences(tx, meeting.teamId, { meetingId: meeting.id, from, to });
}

/** The local date of the meeting's previous occurrence (the series' one before, else the last stored one). */
async function previousLocalDate(db: Executor, meeting: MeetingRow, occurrence: OccurrenceRow): Promise<string | null> {
  const [stored] = await db
    .select({ localDate: meetingOccurrences.localDate })
    .from(meetingOccurrences)
    .where(and(eq(meetingOccurrences.meetingId, meeting.id), lt(meetingOccurrences.startsAt, occurrence.startsAt), ne(meetingOccurrences.status, 'cancelled')))
    .orderBy(desc(meetingOccurrences.startsAt))
    .limit(1);
  if (stored) return stored.localDate;
  if (occurrence.sequence !== null && occurrence.sequence > 0) {
    const series = generateOccurrences(scheduleOf(meeting), meeting.startDate, occurrence.localDate);
    return series.find((o) => o.sequence === occurrence.sequence! - 1)?.localDate ?? null;
  }
  return null;
}

/** The goals of the meeting's matrix column as agenda inputs (figures, owner, last status, running PDSA). */
async function agendaGoals(db: Executor, team: Team, goalIds: readonly string[]): Promise<AgendaGoalInput[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .select({ goal: goals, indicatorName: indicators.nameNl })
    .from(goals)
    .leftJoin(indicators, eq(indicators.id, goals.indicatorId))
    .where(and(eq(goals.teamId, team.id), inArray(goals.id, [...goalIds])));
  const figures = await goalFigures(db, team, rows.map((r) => r.goal));
  const latest = await latestStatusUpdates(db, goalIds);
  const names = await userNames(db, [...rows.map((r) => r.goal.ownerId), ...[...latest.values()].map((s) => s.authorId)]);
  const running = await db
    .select()
    .from(pdsaCycles)
    .where(and(inArray(pdsaCycles.goalId, [...goalIds]), inArray(pdsaCycles.status, ['planned', 'running'])));
  return rows.map(({ goal: g, indicatorName }) => {
    const f = figures.get(g.id);
    const s = latest.get(g.id);
    return {
      id: g.id,
      title: g.title,
      status: g.status,
      ownerId: g.ownerId,
      ownerName: g.ownerId ? (names.get(g.ownerId) ?? null) : null,
      indicatorName,
      targetValue: g.targetValue,
      deadline: g.deadline,
      latest: f?.latest ?? null,
      variation: f?.variation ?? null,
      assurance: f?.assurance ?? null,
      lastStatus: s
        ? { progress: s.progress, explanation: s.explanation, nextStep: s.nextStep, createdAt: s.createdAt.toISOString(), authorName: s.authorId ? (names.get(s.authorId) ?? null) : null }
        : null,
      runningPdsa: running.filter((p) => p.goalId === g.id).map((p) => ({ id: p.id, title: p.title, checkDate: p.checkDate })),
    };
  });
}

/** Everything the agenda, meeting mode and the minutes need for one occurrence. */
export async function occurrenceDetail(db: Executor, team: Team, occurrence: OccurrenceRow): Promise<OccurrenceDetail> {
  const meeting = await meetingOf(db, team.id, occurrence.meetingId);
  const cells = await db.select().from(meetingGoals).where(eq(meetingGoals.meetingId, meeting.id)).orderBy(asc(meetingGoals.position));
  const goalInputs = await agendaGoals(db, team, cells.map((c) => c.goalId));
  const teamActions = await presentActions(db, await findActions(db, team.id, {}));
  const agenda = generateAgenda({
    occurrence: {
      localDate: occurrence.localDate,
      sequence: occurrence.sequence,
      previousLocalDate: await previousLocalDate(db, meeting, occurrence),
      overrides: occurrence.agendaOverrides,
      extraItems: occurrence.extraItems,
    },
    cells,
    goals: goalInputs,
    actions: teamActions.map((a) => ({ id: a.id, title: a.title, ownerName: a.owner?.name ?? null, dueDate: a.dueDate, status: a.status, goalId: a.goal?.id ?? null })),
    standingItems: meeting.standingItems,
  });
  const members = await db.select({ userId: meetingMembers.userId }).from(meetingMembers).where(eq(meetingMembers.meetingId, meeting.id));
  const recorded = await db.select().from(meetingAttendance).where(eq(meetingAttendance.occurrenceId, occurrence.id));
  const peopleIds = [...new Set([...(meeting.chairId ? [meeting.chairId] : []), ...members.map((m) => m.userId), ...recorded.map((r) => r.userId)])];
  const names = await userNames(db, peopleIds);
  const updates = await db.select().from(statusUpdates).where(eq(statusUpdates.occurrenceId, occurrence.id)).orderBy(asc(statusUpdates.createdAt));
  const [presentedMeeting] = await presentMeetings(db, [meeting]);
  return {
    occurrence: {
      ...summary(occurrence, meeting.name),
      agendaOverrides: occurrence.agendaOverrides,
      extraItems: occurrence.extraItems,
      guests: occurrence.guests,
      notes: occurrence.notes,
      startedAt: occurrence.startedAt?.toISOString() ?? null,
      endedAt: occurrence.endedAt?.toISOString() ?? null,
    },
    meeting: presentedMeeting!,
    agenda,
    attendance: peopleIds
      .map((userId) => ({ userId, name: names.get(userId) ?? '', status: recorded.find((r) => r.userId === userId)?.status ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    statusUpdates: await presentStatusUpdates(db, updates),
    decisions: await presentDecisions(db, await findDecisions(db, team.id, { occurrenceId: occurrence.id })),
    actions: await presentActions(db, await findActions(db, team.id, { occurrenceId: occurrence.id })),
  };
}
