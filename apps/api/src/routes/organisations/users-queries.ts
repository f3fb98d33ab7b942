import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { AdminUser } from '@leerlus/contracts';
import { schema, type Executor } from '@leerlus/db';
import { endAllSessions } from '../../auth/sessions';
import { conflict, notFound } from '../../http/errors';

const { users, memberships, teams } = schema;

/** The administration list is for finding people, not exporting them: a search narrows it. */
const MAX_USERS = 500;

/** `%` and `_` in a search term match themselves (backslash is PostgreSQL's default LIKE escape). */
export const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A LIKE pattern matching the term anywhere. */
export const likePattern = (term: string): string => `%${escapeLike(term)}%`;

const inOrganisation = (organisationId: string) =>
  sql`exists (select 1 from ${memberships} m where m.user_id = ${users.id} and m.organisation_id = ${organisationId})`;

/**
 * The users with any role in the organisation, optionally filtered by a name or e-mail substring,
 * each with their memberships in THIS organisation only (other organisations stay invisible).
 */
export async function listOrganisationUsers(
  db: Executor,
  organisationId: string,
  q?: string,
): Promise<AdminUser[]> {
  const search = q?.trim()
    ? or(ilike(users.name, likePattern(q.trim())), ilike(users.email, likePattern(q.trim())))
    : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(and(inOrganisation(organisationId), search))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(MAX_USERS);
  const held = await membershipsIn(
    db,
    organisationId,
    rows.map((u) => u.id),
  );
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    disabled: u.disabled,
    mfaEnabled: u.mfaEnabled,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    memberships: held.get(u.id) ?? [],
  }));
}

/** One user of the organisation; a user without a role in it answers 404. */
export async function organisationUser(
  db: Executor,
  organisationId: string,
  userId: string,
): Promise<AdminUser> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), inOrganisation(organisationId)));
  if (!user) throw notFound('User');
  const held = await membershipsIn(db, organisationId, [user.id]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    disabled: user.disabled,
    mfaEnabled: user.mfaEnabled,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    memberships: held.get(user.id) ?? [],
  };
}

async function membershipsIn(db: Executor, organisationId: string, userIds: string[]) {
  const byUser = new Map<string, AdminUser['memberships']>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      teamId: memberships.teamId,
      teamName: teams.name,
      role: memberships.role,
    })
    .from(memberships)
    .leftJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.userId, userIds)))
    .orderBy(sql`${teams.name} asc nulls first`, asc(memberships.id));
  for (const { userId, ...membership } of rows)
    byUser.set(userId, [...(byUser.get(userId) ?? []), membership]);
  return byUser;
}

/**
 * Disables or re-enables an account, or lifts a login lockout. Disabling ends every session of the
 * account at once. Administrators cannot disable themselves (they would lock the door behind them).
 */
export async function updateUser(
  tx: Executor,
  input: {
    organisationId: string;
    userId: string;
    actorId: string;
    disabled?: boolean | undefined;
    unlock?: true | undefined;
  },
): Promise<void> {
  await organisationUser(tx, input.organisationId, input.userId);
  if (input.disabled === true && input.userId === input.actorId)
    throw conflict('You cannot disable your own account');
  const changes = {
    ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
    ...(input.unlock ? { failedLoginCount: 0, lockedUntil: null } : {}),
  };
  if (Object.keys(changes).length > 0) await tx.update(users).set(changes).where(eq(users.id, input.userId));
  if (input.disabled === true) await endAllSessions(tx, input.userId);
}
