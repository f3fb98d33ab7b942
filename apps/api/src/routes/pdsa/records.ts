import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { Team } from '../../access/team-scope';
import { AppError, notFound } from '../../http/errors';

/**
 * Lookups shared by the PDSA, A3, card, board and calendar routes: a record must belong to the team in
 * scope (another team's answers 404), and a person named on a record must be a member of the team.
 */
const { goals, memberships, users } = schema;

export type GoalRef = { id: string; title: string; indicatorId: string | null };

/** The team's goal, or 404. */
export async function goalOfTeam(tx: Executor, team: Team, goalId: string): Promise<GoalRef> {
  const [goal] = await tx
    .select({ id: goals.id, title: goals.title, indicatorId: goals.indicatorId })
    .from(goals)
    .where(and(eq(goals.id, goalId), eq(goals.teamId, team.id)));
  if (!goal) throw notFound('Goal');
  return goal;
}

/** A 400 naming the field, for a person who is not a member of the team. */
export async function assertTeamPeople(
  tx: Executor,
  team: Team,
  people: Record<string, string | null | undefined>,
): Promise<void> {
  const ids = [...new Set(Object.values(people).filter((v): v is string => typeof v === 'string'))];
  if (ids.length === 0) return;
  const rows = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, ids),
        eq(memberships.organisationId, team.organisationId),
        or(eq(memberships.teamId, team.id), isNull(memberships.teamId)),
      ),
    );
  const known = new Set(rows.map((r) => r.userId));
  const issues = Object.entries(people)
    .filter(([, id]) => typeof id === 'string' && !known.has(id))
    .map(([field]) => ({ path: `body.${field}`, message: 'must be a member of the team' }));
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid', issues);
}

/** Names of people by id (for presenting owners, coaches, deciders). */
export async function peopleById(
  tx: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The person for a presenter: `{ id, name }` or null. */
export const personOf = (people: Map<string, { id: string; name: string }>, id: string | null) =>
  id ? (people.get(id) ?? null) : null;

export { invalidField } from '../../http/errors';

export { definedOnly } from '../indicators/commands';
