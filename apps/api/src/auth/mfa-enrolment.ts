import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import { audit } from '../audit/record';
import { conflict, forbidden } from '../http/errors';
import { enforceGuessLimit, invalidField, loadUser, type AccountContext } from './account';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpEnrolment, totpStep } from './mfa';
import { verifySecondFactor } from './second-factor';
import { endOtherSessions } from './sessions';
import { decryptSecret, encryptSecret } from './tokens';

const { users, recoveryCodes, memberships, organisations } = schema;

const event = (userId: string, action: string) => ({ action, resourceType: 'user', resourceId: userId }) as const;

/**
 * Starts (or restarts) TOTP enrolment: a new secret, stored encrypted (AES-256-GCM with the server
 * key) but not active until confirmed with a code (enableMfa). Refused while MFA is already on.
 */
export async function setupMfa(ctx: AccountContext) {
  const { db, config } = ctx.request.server.deps;
  const user = await loadUser(ctx);
  if (user.mfaEnabled) throw conflict('Two-factor authentication is already on; turn it off first to set up a new device');
  const secret = newTotpSecret();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ mfaSecret: encryptSecret(secret, config.secretKey) }).where(eq(users.id, user.id));
    await audit(ctx.request, tx, { ...event(user.id, 'account.mfa.setup'), outcome: 'success' });
  });
  return totpEnrolment(secret, user.email);
}

/**
 * Confirms enrolment with a current TOTP code (±1 step): turns MFA on, replaces the recovery codes
 * with ten new ones (stored as SHA-256, returned in plain exactly once) and ends the user's other
 * sessions, which were started with the password alone.
 */
export async function enableMfa(ctx: AccountContext, code: string): Promise<{ recoveryCodes: string[] }> {
  const { db, config } = ctx.request.server.deps;
  const user = await loadUser(ctx);
  if (user.mfaEnabled) throw conflict('Two-factor authentication is already on');
  if (!user.mfaSecret) throw conflict('Start the set-up first (POST /api/v1/account/mfa/setup)');
  enforceGuessLimit(ctx, 'mfa');
  const step = totpStep(decryptSecret(user.mfaSecret, config.secretKey), code);
  if (step === null) {
    await audit(ctx.request, db, { ...event(user.id, 'account.mfa.enable'), outcome: 'failure', details: { reason: 'invalid-mfa-code' } });
    throw invalidField('code', 'The verification code is incorrect or has expired');
  }
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    // The enrolment code counts as used: it cannot log in again (RFC 6238 §5.2).
    await tx.update(users).set({ mfaEnabled: true, mfaLastStep: step }).where(eq(users.id, user.id));
    await replaceRecoveryCodes(tx, user.id, codes);
    await endOtherSessions(tx, user.id, ctx.auth.sessionId);
    await audit(ctx.request, tx, { ...event(user.id, 'account.mfa.enable'), outcome: 'success' });
  });
  return { recoveryCodes: codes };
}

/**
 * Turns MFA off after proving a second factor (TOTP or recovery code). Refused with 403 while any
 * organisation of the user requires MFA: there it is the organisation's rule, not the user's choice.
 */
export async function disableMfa(ctx: AccountContext, code: string): Promise<void> {
  const { db, config } = ctx.request.server.deps;
  const user = await loadUser(ctx);
  if (await isMfaRequiredFor(db, user.id)) {
    await audit(ctx.request, db, { ...event(user.id, 'account.mfa.disable'), outcome: 'denied', details: { reason: 'organisation-requires-mfa' } });
    throw forbidden('Your organisation requires two-factor authentication, so it cannot be turned off');
  }
  if (!user.mfaEnabled) throw conflict('Two-factor authentication is not on');
  enforceGuessLimit(ctx, 'mfa');
  if (!(await verifySecondFactor(db, config, user, code))) {
    await audit(ctx.request, db, { ...event(user.id, 'account.mfa.disable'), outcome: 'failure', details: { reason: 'invalid-mfa-code' } });
    throw invalidField('code', 'The verification code is incorrect or has expired');
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ mfaEnabled: false, mfaSecret: null, mfaLastStep: null }).where(eq(users.id, user.id));
    await replaceRecoveryCodes(tx, user.id, []);
    await audit(ctx.request, tx, { ...event(user.id, 'account.mfa.disable'), outcome: 'success' });
  });
}

async function replaceRecoveryCodes(tx: Executor, userId: string, codes: readonly string[]): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codes.length > 0) await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
}

async function isMfaRequiredFor(db: Executor, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: organisations.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.mfaRequired, true)))
    .limit(1);
  return rows.length > 0;
}
