import { eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import { hashToken } from '../../auth/tokens';
import { AppError, notFound } from '../../http/errors';

const { invitations, teams, organisations, users } = schema;

export type Invitation = typeof schema.invitations.$inferSelect;
export type Account = typeof schema.users.$inferSelect;

export interface FoundInvitation {
  invitation: Invitation;
  teamName: string;
  organisationName: string;
}

/**
 * The invitation behind a link, usable or not. Unknown tokens answer 404. Only the token's SHA-256 is
 * stored, so the lookup is by hash. `lock` takes a row lock (inside the accepting transaction) so that
 * one link cannot be accepted twice concurrently.
 */
export async function findInvitation(db: Executor, token: string, lock = false): Promise<FoundInvitation> {
  const query = db
    .select({ invitation: invitations, teamName: teams.name, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const [found] = lock ? await query.for('update', { of: invitations }) : await query;
  if (!found) throw notFound('Invitation');
  return found;
}

/** 410 GONE for a link that was accepted, revoked or has expired: it existed but no longer works. */
export function assertUsable(invitation: Invitation, now = Date.now()): void {
  const reason = invitation.acceptedAt
    ? 'has already been used'
    : invitation.revokedAt
      ? 'has been withdrawn'
      : invitation.expiresAt.getTime() <= now
        ? 'has expired'
        : null;
  if (reason) throw new AppError('GONE', `This invitation ${reason}; ask for a new one`);
}

/** The account registered under the e-mail address (case-insensitive), if any. */
export async function accountByEmail(db: Executor, email: string): Promise<Account | undefined> {
  const [account] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return account;
}
