import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '@leerlus/domain';
import { schema, type Executor } from '@leerlus/db';
import { conflict, notFound } from '../../http/errors';

const { memberships, teams, users } = schema;

export interface MembershipInput {
  organisationId: string;
  userId: string;
  teamId: string | null;
  role: Role;
}

/**
 * Locks the organisation's active administrator memberships (FOR UPDATE, so two administrators
 * removing each other concurrently cannot both succeed) and refuses when `membershipId` is the last.
 */
async function assertNotLastAdmin(tx: Executor, organisationId: string, membershipId: string): Promise<void> {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(memberships.teamId),
        eq(memberships.role, 'admin'),
        eq(users.disabled, false),
      ),
    )
    .for('update', { of: memberships });
  if (admins.every((a) => a.id === membershipId)) {
    throw conflict('This is the last administrator of the organisation; appoint another one first');
  }
}

/**
 * Gives a user a role in a team of the organisation (or organisation-wide when teamId is null),
 * replacing the role held there. The team must belong to the organisation and the user must already
 * hold a role in it (people join through invitations); otherwise 404.
 */
export async function setMembership(
  tx: Executor,
  input: MembershipInput,
): Promise<{ membershipId: string; previousRole: Role | null }> {
  const { organisationId, userId, teamId, role } = input;
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  if (!member) throw notFound('User');
  if (teamId) {
    const [team] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisationId)));
    if (!team) throw notFound('Team');
  }
  const scope = and(
    eq(memberships.organisationId, organisationId),
    eq(memberships.userId, userId),
    teamId ? eq(memberships.teamId, teamId) : isNull(memberships.teamId),
  );
  const [current] = await tx.select().from(memberships).where(scope).for('update');
  if (current?.role === 'admin' && role !== 'admin') await assertNotLastAdmin(tx, organisationId, current.id);
  const [saved] = await tx
    .insert(memberships)
    .values({ organisationId, userId, teamId, role })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.organisationId, memberships.teamId],
      set: { role },
    })
    .returning({ id: memberships.id });
  return { membershipId: saved!.id, previousRole: current?.role ?? null };
}

/** Removes one membership of the organisation (404 for another organisation's); never the last administrator. */
export async function deleteMembership(tx: Executor, organisationId: string, membershipId: string) {
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
    .for('update');
  if (!membership) throw notFound('Membership');
  if (membership.role === 'admin' && membership.teamId === null)
    await assertNotLastAdmin(tx, organisationId, membership.id);
  await tx.delete(memberships).where(eq(memberships.id, membershipId));
  return membership;
}
