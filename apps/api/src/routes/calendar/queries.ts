import { and, eq, gte, inArray, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import type { CalendarItem } from '@leerlus/contracts/cycles';
import { schema, type Executor } from '@leerlus/db';
import type { FeedDay, FeedMeeting } from '@leerlus/domain/cycles/icalendar';
import { generateOccurrences } from '@leerlus/domain/improvement/occurrences';

const { meetings, pdsaCycles, actions, goals, teams, meetingOccurrences } = schema;
type TeamRef = { id: string; name: string };

/**
 * The improvement calendar of teams in a date window: meeting occurrences (generated from each meeting's
 * schedule, cancelled ones left out), PDSA check dates, action due dates and goal deadlines.
 */
export async function calendarItems(
  tx: Executor,
  teamList: readonly TeamRef[],
  from: string,
  to: string,
  today: string,
): Promise<CalendarItem[]> {
  if (teamList.length === 0) return [];
  const ids = teamList.map((t) => t.id);
  const nameOf = new Map(teamList.map((t) => [t.id, t.name]));
  const [meetingRows, cancelled, cycles, actionRows, goalRows] = await Promise.all([
    tx
      .select()
      .from(meetings)
      .where(and(inArray(meetings.teamId, ids), isNull(meetings.archivedAt))),
    tx
      .select({ meetingId: meetingOccurrences.meetingId, localDate: meetingOccurrences.localDate })
      .from(meetingOccurrences)
      .where(and(inArray(meetingOccurrences.teamId, ids), eq(meetingOccurrences.status, 'cancelled'))),
    tx
      .select()
      .from(pdsaCycles)
      .where(
        and(
          inArray(pdsaCycles.teamId, ids),
          isNotNull(pdsaCycles.checkDate),
          gte(pdsaCycles.checkDate, from),
          lte(pdsaCycles.checkDate, to),
          ne(pdsaCycles.status, 'cancelled'),
        ),
      ),
    tx
      .select()
      .from(actions)
      .where(
        and(
          inArray(actions.teamId, ids),
          isNotNull(actions.dueDate),
          gte(actions.dueDate, from),
          lte(actions.dueDate, to),
          ne(actions.status, 'cancelled'),
        ),
      ),
    tx
      .select()
      .from(goals)
      .where(
        and(
          inArray(goals.teamId, ids),
          isNotNull(goals.deadline),
          gte(goals.deadline, from),
          lte(goals.deadline, to),
          or(eq(goals.status, 'active'), eq(goals.status, 'draft')),
        ),
      ),
  ]);
  const cancelledKeys = new Set(cancelled.map((c) => `${c.meetingId}:${c.localDate}`));
  const items: CalendarItem[] = [];
  for (const m of meetingRows) {
    for (const o of generateOccurrences(m, from, to)) {
      if (cancelledKeys.has(`${m.id}:${o.localDate}`)) continue;
      items.push({
        kind: 'meeting',
        id: `${m.id}:${o.localDate}`,
        teamId: m.teamId,
        teamName: nameOf.get(m.teamId)!,
        date: o.localDate,
        startsAt: o.startsAt,
        title: m.name,
        path: `/teams/${m.teamId}/meetings/${m.id}`,
        overdue: false,
      });
    }
  }
  for (const c of cycles)
    items.push({
      kind: 'pdsa-check',
      id: c.id,
      teamId: c.teamId,
      teamName: nameOf.get(c.teamId)!,
      date: c.checkDate!,
      startsAt: null,
      title: c.title,
      path: `/teams/${c.teamId}/pdsa/${c.id}`,
      overdue: c.checkDate! < today && c.status !== 'completed',
    });
  for (const a of actionRows)
    items.push({
      kind: 'action-due',
      id: a.id,
      teamId: a.teamId,
      teamName: nameOf.get(a.teamId)!,
      date: a.dueDate!,
      startsAt: null,
      title: a.title,
      path: `/teams/${a.teamId}/board`,
      overdue: a.dueDate! < today && a.status !== 'done',
    });
  for (const g of goalRows)
    items.push({
      kind: 'goal-deadline',
      id: g.id,
      teamId: g.teamId,
      teamName: nameOf.get(g.teamId)!,
      date: g.deadline!,
      startsAt: null,
      title: g.title,
      path: `/teams/${g.teamId}/goals/${g.id}`,
      overdue: g.deadline! < today,
    });
  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startsAt ?? '').localeCompare(b.startsAt ?? '') ||
      a.title.localeCompare(b.title),
  );
}

/** The teams a user's memberships in an organisation give access to (an organisation-wide role: all of them). */
export async function teamsOfUser(tx: Executor, userId: string, organisationId: string): Promise<TeamRef[]> {
  const rows = await tx
    .select({ teamId: schema.memberships.teamId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.userId, userId), eq(schema.memberships.organisationId, organisationId)));
  if (rows.length === 0) return [];
  const orgWide = rows.some((r) => r.teamId === null);
  const teamIds = rows.map((r) => r.teamId).filter((t): t is string => t !== null);
  return tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), orgWide ? undefined : inArray(teams.id, teamIds)));
}

/** The feed's content for teams: each meeting once with its RRULE, and the dated items of the window. */
export async function feedContent(
  tx: Executor,
  teamList: readonly TeamRef[],
  from: string,
  to: string,
  today: string,
  baseUrl: string,
): Promise<{ meetings: FeedMeeting[]; days: FeedDay[] }> {
  if (teamList.length === 0) return { meetings: [], days: [] };
  const ids = teamList.map((t) => t.id);
  const nameOf = new Map(teamList.map((t) => [t.id, t.name]));
  const meetingRows = await tx
    .select()
    .from(meetings)
    .where(and(inArray(meetings.teamId, ids), isNull(meetings.archivedAt)));
  const cancelled = await tx
    .select({ meetingId: meetingOccurrences.meetingId, localDate: meetingOccurrences.localDate })
    .from(meetingOccurrences)
    .where(and(inArray(meetingOccurrences.teamId, ids), eq(meetingOccurrences.status, 'cancelled')));
  const feedMeetings = meetingRows.map((m) => ({
    uid: `meeting-${m.id}@leerlus`,
    summary: `${m.name} (${nameOf.get(m.teamId)})`,
    description: [m.purpose, `${baseUrl}/teams/${m.teamId}/meetings/${m.id}`]
      .filter((p) => p.length > 0)
      .join('\n'),
    location: m.location || m.onlineUrl || undefined,
    url: `${baseUrl}/teams/${m.teamId}/meetings/${m.id}`,
    schedule: m,
    durationMinutes: m.durationMinutes,
    cancelledDates: cancelled.filter((c) => c.meetingId === m.id).map((c) => c.localDate),
  }));
  const dated = (await calendarItems(tx, teamList, from, to, today)).filter((i) => i.kind !== 'meeting');
  const prefix = { 'pdsa-check': 'PDSA', 'action-due': 'Actie', 'goal-deadline': 'Doel' } as const;
  const days = dated.map((i) => ({
    uid: `${i.kind}-${i.id}@leerlus`,
    summary: `${prefix[i.kind as keyof typeof prefix]}: ${i.title} (${i.teamName})`,
    url: `${baseUrl}${i.path}`,
    date: i.date,
  }));
  return { meetings: feedMeetings, days };
}
