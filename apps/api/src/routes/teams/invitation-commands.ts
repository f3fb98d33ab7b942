import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@leerlus/domain';
import { schema, type Executor } from '@leerlus/db';
import { hashToken, randomToken } from '../../auth/tokens';
import { conflict, notFound } from '../../http/errors';
import type { Team } from '../../access/team-scope';

const { invitations, memberships, users } = schema;

/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface CreatedInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  /** The bearer token for the link; only its SHA-256 is stored, so this is the one chance to show it. */
  token: string;
}

/**
 * Invites an e-mail address into the team with a role. An earlier pending invitation of the same
 * address to the same team is revoked (its link stops working), so re-inviting sends a fresh link.
 * Someone who is already a member of the team is not invited again (409).
 */
export async function createInvitation(
  tx: Executor,
  input: { team: Team; email: string; role: Role; invitedBy: string },
): Promise<CreatedInvitation> {
  const { team, email, role, invitedBy } = input;
  const [existing] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.teamId, team.id), eq(sql`lower(${users.email})`, email)));
  if (existing) throw conflict('This person is already a member of the team');
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.teamId, team.id),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const token = randomToken();
  const [row] = await tx
    .insert(invitations)
    .values({
      tokenHash: hashToken(token),
      organisationId: team.organisationId,
      teamId: team.id,
      email,
      role,
      invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    })
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
  return { id: row!.id, email, role, expiresAt: row!.expiresAt, token };
}

/**
 * Revokes a pending invitation of the team (idempotent for one already revoked). An invitation of
 * another team answers 404; one already accepted cannot be revoked (409): remove the membership instead.
 */
export async function revokeInvitation(
  tx: Executor,
  teamId: string,
  invitationId: string,
): Promise<{ email: string; role: Role }> {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.teamId, teamId)))
    .for('update');
  if (!invitation) throw notFound('Invitation');
  if (invitation.acceptedAt) throw conflict('This invitation has already been accepted');
  if (!invitation.revokedAt)
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, invitationId));
  return { email: invitation.email, role: invitation.role };
}
