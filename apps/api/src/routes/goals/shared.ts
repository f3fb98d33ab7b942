import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { Team } from '../../access/team-scope';
import { invalidField, notFound } from '../../http/errors';

/**
 * Helpers shared by the improvement-system routes (goals, meetings, actions): team-scoped lookups that
 * answer 404 for another team's record, and the check that people named in a request belong to the team.
 */

/** Today's date in the organisation's zone (meetings and due dates are local dates). */
export function todayLocal(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export { invalidField };

/** The ids of the people with a role in the team (team memberships and organisation-wide ones). */
export async function teamMemberIds(db: Executor, team: Team): Promise<Set<string>> {
  const rows = await db
    .select({ userId: schema.memberships.userId })
    .from(schema.memberships)
    .where(
      and(
        eq(schema.memberships.organisationId, team.organisationId),
        or(eq(schema.memberships.teamId, team.id), isNull(schema.memberships.teamId)),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** Fails with a validation error naming the field when a person is not a member of the team. */
export async function assertMembers(
  db: Executor,
  team: Team,
  people: Record<string, string | null | undefined | readonly string[]>,
): Promise<void> {
  const members = await teamMemberIds(db, team);
  for (const [field, value] of Object.entries(people)) {
    const ids = value === null || value === undefined ? [] : typeof value === 'string' ? [value] : value;
    if (ids.some((id) => !members.has(id)))
      throw invalidField(field, 'is not a member of this team', 'NOT_A_MEMBER');
  }
}

/** Names of users by id. */
export async function userNames(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(inArray(schema.users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const personOf = (id: string | null, names: ReadonlyMap<string, string>) =>
  id ? { id, name: names.get(id) ?? '' } : null;

/** A goal of the team; 404 otherwise. */
export async function goalOf(db: Executor, teamId: string, goalId: string) {
  const [goal] = await db
    .select()
    .from(schema.goals)
    .where(and(eq(schema.goals.id, goalId), eq(schema.goals.teamId, teamId)));
  if (!goal) throw notFound('Goal');
  return goal;
}

/** A meeting of the team; 404 otherwise. */
export async function meetingOf(db: Executor, teamId: string, meetingId: string) {
  const [meeting] = await db
    .select()
    .from(schema.meetings)
    .where(and(eq(schema.meetings.id, meetingId), eq(schema.meetings.teamId, teamId)));
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

/** An occurrence of one of the team's meetings; 404 otherwise. */
export async function occurrenceOf(db: Executor, teamId: string, occurrenceId: string) {
  const [occurrence] = await db
    .select()
    .from(schema.meetingOccurrences)
    .where(and(eq(schema.meetingOccurrences.id, occurrenceId), eq(schema.meetingOccurrences.teamId, teamId)));
  if (!occurrence) throw notFound('Meeting occurrence');
  return occurrence;
}

/** Checks that optional goal and occurrence references in a body belong to the team (validation error otherwise). */
export async function assertTeamRefs(
  db: Executor,
  teamId: string,
  refs: { goalId?: string | null | undefined; occurrenceId?: string | null | undefined },
): Promise<void> {
  if (refs.goalId) {
    const [row] = await db
      .select({ id: schema.goals.id })
      .from(schema.goals)
      .where(and(eq(schema.goals.id, refs.goalId), eq(schema.goals.teamId, teamId)));
    if (!row) throw invalidField('goalId', 'is not a goal of this team');
  }
  if (refs.occurrenceId) {
    const [row] = await db
      .select({ id: schema.meetingOccurrences.id })
      .from(schema.meetingOccurrences)
      .where(
        and(
          eq(schema.meetingOccurrences.id, refs.occurrenceId),
          eq(schema.meetingOccurrences.teamId, teamId),
        ),
      );
    if (!row) throw invalidField('occurrenceId', 'is not a meeting of this team');
  }
}
