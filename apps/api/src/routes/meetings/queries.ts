import { and, asc, count, eq, gte, inArray } from 'drizzle-orm';
import type { Meeting } from '@leerlus/contracts/improvement';
import { schema, type Executor } from '@leerlus/db';
import { addDays } from '@leerlus/domain/improvement/calendar-dates';
import { generateOccurrences } from '@leerlus/domain/improvement/occurrences';
import { personOf, todayLocal, userNames } from '../goals/shared';

const { meetings, meetingMembers, meetingGoals, meetingOccurrences } = schema;
export type MeetingRow = typeof meetings.$inferSelect;

/** The schedule of a meeting row in the domain's shape. */
export const scheduleOf = (m: MeetingRow) => ({
  frequency: m.frequency,
  rrule: m.rrule,
  startDate: m.startDate,
  startTime: m.startTime,
  timeZone: m.timeZone,
  endDate: m.endDate,
});

/** Meetings with chair and member names, the number of goals in the matrix and the next occurrence. */
export async function presentMeetings(db: Executor, rows: readonly MeetingRow[], today = todayLocal()): Promise<Meeting[]> {
  const ids = rows.map((m) => m.id);
  const members = ids.length === 0 ? [] : await db.select().from(meetingMembers).where(inArray(meetingMembers.meetingId, ids));
  const names = await userNames(db, [...rows.map((m) => m.chairId), ...members.map((m) => m.userId)]);
  const goalCounts = new Map(
    ids.length === 0
      ? []
      : (await db.select({ meetingId: meetingGoals.meetingId, n: count() }).from(meetingGoals).where(inArray(meetingGoals.meetingId, ids)).groupBy(meetingGoals.meetingId)).map((r) => [r.meetingId, r.n]),
  );
  const stored =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(meetingOccurrences)
          .where(and(inArray(meetingOccurrences.meetingId, ids), gte(meetingOccurrences.localDate, today)))
          .orderBy(asc(meetingOccurrences.startsAt));
  return rows.map((m) => {
    const storedNext = stored.find((o) => o.meetingId === m.id && o.status !== 'cancelled');
    const generatedNext = generateOccurrences(scheduleOf(m), today, addDays(today, 400))[0];
    const next = storedNext && (!generatedNext || storedNext.localDate <= generatedNext.localDate)
      ? { id: storedNext.id, localDate: storedNext.localDate, startsAt: storedNext.startsAt.toISOString() }
      : generatedNext
        ? { id: null, localDate: generatedNext.localDate, startsAt: generatedNext.startsAt }
        : null;
    return {
      id: m.id,
      teamId: m.teamId,
      name: m.name,
      type: m.type,
      purpose: m.purpose,
      frequency: m.frequency,
      rrule: m.rrule,
      chair: personOf(m.chairId, names),
      members: members.filter((x) => x.meetingId === m.id).map((x) => ({ id: x.userId, name: names.get(x.userId) ?? '' })),
      location: m.location,
      onlineUrl: m.onlineUrl,
      durationMinutes: m.durationMinutes,
      startDate: m.startDate,
      startTime: m.startTime,
      timeZone: m.timeZone,
      endDate: m.endDate,
      standingItems: m.standingItems,
      goalCount: goalCounts.get(m.id) ?? 0,
      nextOccurrence: next,
      createdAt: m.createdAt.toISOString(),
    };
  });
}

export async function teamMeetings(db: Executor, teamId: string): Promise<MeetingRow[]> {
  return db.select().from(meetings).where(eq(meetings.teamId, teamId)).orderBy(asc(meetings.name));
}

/** Replaces the meeting's members. */
export async function setMeetingMembers(tx: Executor, meetingId: string, memberIds: readonly string[]): Promise<void> {
  await tx.delete(meetingMembers).where(eq(meetingMembers.meetingId, meetingId));
  const unique = [...new Set(memberIds)];
  if (unique.length > 0) await tx.insert(meetingMembers).values(unique.map((userId) => ({ meetingId, userId })));
}
