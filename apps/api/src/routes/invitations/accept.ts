import { eq } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import { lockRemainingMs, registerFailedLogin, resetFailedLogins } from '../../auth/lockout';
import { hashPassword, verifyPassword } from '../../auth/password';
import { verifySecondFactor } from '../../auth/second-factor';
import type { Config } from '../../config';
import { AppError, conflict, forbidden } from '../../http/errors';
import { accountByEmail, assertUsable, findInvitation, type Account, type Invitation } from './queries';

const { users, memberships, invitations } = schema;

/** Who accepts: an existing account whose credentials were checked, or a new one to create. */
export type AccountPlan = { kind: 'existing'; user: Account } | { kind: 'new'; passwordHash: string };

export interface AcceptCredentials {
  password: string;
  code?: string | undefined;
}

/**
 * Resolves who is accepting, before the transaction (argon2 is deliberately slow). When the invited
 * address already has an account, accepting proves ownership of it exactly as a login would: its
 * password, its second factor when MFA is on, the lockout counter on failures. Otherwise the chosen
 * password is hashed for the new account.
 */
export async function prepareAccount(
  db: Executor,
  config: Config,
  email: string,
  credentials: AcceptCredentials,
): Promise<AccountPlan> {
  const user = await accountByEmail(db, email);
  if (!user) return { kind: 'new', passwordHash: await hashPassword(credentials.password) };
  if (user.disabled) throw forbidden('This account is disabled; contact your administrator');
  if (lockRemainingMs(user.lockedUntil, Date.now()) > 0) {
    throw new AppError('ACCOUNT_LOCKED', 'Too many failed attempts; try again later');
  }
  if (!(await verifyPassword(user.passwordHash, credentials.password))) {
    await registerFailedLogin(db, config, user.id);
    throw new AppError('INVALID_CREDENTIALS', 'This address already has an account: enter its password');
  }
  if (user.mfaEnabled) {
    if (!credentials.code)
      throw new AppError('INVALID_MFA_CODE', 'Enter the code from your authenticator app', {
        mfaRequired: true,
      });
    if (!(await verifySecondFactor(db, config, user, credentials.code))) {
      await registerFailedLogin(db, config, user.id);
      throw new AppError('INVALID_MFA_CODE', 'The code is not valid', { mfaRequired: true });
    }
  }
  await resetFailedLogins(db, user.id);
  return { kind: 'existing', user };
}

/**
 * Accepts the invitation inside the caller's transaction: re-checks the link under a row lock (so it
 * is used once), creates the account if needed, gives the invited role in the team (replacing a role
 * the person held in that team) and marks the invitation accepted.
 */
export async function acceptInvitation(
  tx: Executor,
  token: string,
  plan: AccountPlan,
  name: string,
): Promise<{ userId: string; invitation: Invitation }> {
  const { invitation } = await findInvitation(tx, token, true);
  assertUsable(invitation);
  const userId =
    plan.kind === 'existing'
      ? plan.user.id
      : await createAccount(tx, invitation.email, name, plan.passwordHash);
  await tx
    .insert(memberships)
    .values({
      userId,
      organisationId: invitation.organisationId,
      teamId: invitation.teamId,
      role: invitation.role,
    })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.organisationId, memberships.teamId],
      set: { role: invitation.role },
    });
  await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
  return { userId, invitation };
}

async function createAccount(
  tx: Executor,
  email: string,
  name: string,
  passwordHash: string,
): Promise<string> {
  const [user] = await tx
    .insert(users)
    .values({ email, name, passwordHash })
    .onConflictDoNothing()
    .returning({ id: users.id });
  // Someone registered this address between our check and now: let them retry (they will be asked for the password).
  if (!user) throw conflict('An account for this address was just created; open the link again');
  return user.id;
}
