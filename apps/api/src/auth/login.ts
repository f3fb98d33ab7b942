import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { LoginRequest } from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { systemAccess } from '../access/team-scope';
import { audit } from '../audit/record';
import { AppError } from '../http/errors';
import { lockRemainingMs, registerFailedLogin, resetFailedLogins } from './lockout';
import { dummyHash, verifyPassword } from './password';
import type { SlidingWindowLimiter } from './rate-limit';
import { verifySecondFactor } from './second-factor';

const { users } = schema;
type User = typeof users.$inferSelect;

/** A login either proves both factors (start a session for userId) or stops after a correct password. */
export type LoginResult = { status: 'ok'; userId: string } | { status: 'mfa-required' };

const INVALID_CREDENTIALS = 'The e-mail address or password is incorrect';

/** Why a login attempt failed; recorded in the audit event (never the password or code). */
type FailureReason = 'rate-limited' | 'unknown-account' | 'disabled' | 'locked' | 'invalid-password' | 'invalid-mfa-code';

/**
 * Checks a login attempt: rate limit (per IP and per e-mail), account lookup, lockout, password,
 * then the second factor when the account has MFA. Every outcome writes an `auth.login` audit event.
 * Unknown e-mails, disabled accounts and wrong passwords answer the same INVALID_CREDENTIALS, and an
 * unknown e-mail still costs one argon2 verification, so neither answer nor timing reveals accounts.
 * A correct password without a code answers `mfa-required` and does not reset the failure count, so
 * alternating password-only and code guesses cannot evade the lockout.
 */
export async function attemptLogin(request: FastifyRequest, limiter: SlidingWindowLimiter, attempt: LoginRequest): Promise<LoginResult> {
  const { db, config } = request.server.deps;
  const rate = limiter.hit([`ip:${request.ip}`, `email:${attempt.email}`]);
  if (!rate.allowed) {
    const retryAfterSeconds = Math.ceil(rate.retryAfterMs / 1000);
    return refuse(request, attempt.email, null, 'rate-limited', { retryAfterSeconds });
  }
  const user = await findAccount(request, attempt.email);
  if (!user) {
    await verifyPassword(await dummyHash(), attempt.password);
    return refuse(request, attempt.email, null, 'unknown-account');
  }
  const lockedMs = lockRemainingMs(user.lockedUntil, Date.now());
  if (lockedMs > 0) return refuse(request, attempt.email, user.id, 'locked', { retryAfterSeconds: Math.ceil(lockedMs / 1000) });
  const isPasswordCorrect = await verifyPassword(user.passwordHash, attempt.password);
  if (user.disabled) return refuse(request, attempt.email, user.id, 'disabled');
  if (!isPasswordCorrect) return failAndCount(request, attempt.email, user.id, 'invalid-password');
  if (user.mfaEnabled) {
    if (!attempt.code) {
      await audit(request, db, { ...loginEvent(attempt.email, user.id), action: 'auth.login.mfa-challenge', outcome: 'success' });
      return { status: 'mfa-required' };
    }
    const method = await verifySecondFactor(db, config, user, attempt.code);
    if (!method) return failAndCount(request, attempt.email, user.id, 'invalid-mfa-code');
    await resetFailedLogins(db, user.id);
    await audit(request, db, { ...loginEvent(attempt.email, user.id), outcome: 'success', details: { mfa: method } });
    return { status: 'ok', userId: user.id };
  }
  await resetFailedLogins(db, user.id);
  await audit(request, db, { ...loginEvent(attempt.email, user.id), outcome: 'success', details: { mfa: null } });
  return { status: 'ok', userId: user.id };
}

function findAccount(request: FastifyRequest, email: string): Promise<User | undefined> {
  const db = systemAccess(request.server.deps.db, 'login: look up the account by e-mail before anyone is authenticated');
  return db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .then((rows) => rows[0]);
}

const loginEvent = (email: string, userId: string | null) => ({
  action: 'auth.login',
  resourceType: 'user',
  resourceId: userId,
  actorId: userId,
  actorEmail: email,
});

/** A wrong password or MFA code: counts towards the lockout; the attempt that locks answers ACCOUNT_LOCKED. */
async function failAndCount(request: FastifyRequest, email: string, userId: string, reason: 'invalid-password' | 'invalid-mfa-code'): Promise<never> {
  const { db, config } = request.server.deps;
  const isLockedNow = await registerFailedLogin(db, config, userId);
  if (isLockedNow) {
    return refuse(request, email, userId, reason, { locked: true, retryAfterSeconds: Math.ceil(config.login.lockoutMs / 1000) });
  }
  return refuse(request, email, userId, reason);
}

/**
 * Records the failed attempt (on the database, outside any transaction, so it persists) and throws
 * the error the client sees. Locked and rate-limited attempts are `denied`; the others `failure`.
 */
async function refuse(
  request: FastifyRequest,
  email: string,
  userId: string | null,
  reason: FailureReason,
  extra: { retryAfterSeconds?: number; locked?: boolean } = {},
): Promise<never> {
  const isDenied = reason === 'rate-limited' || reason === 'locked' || extra.locked === true;
  await audit(request, request.server.deps.db, {
    ...loginEvent(email, userId),
    outcome: isDenied ? 'denied' : 'failure',
    details: { reason, ...(extra.locked ? { locked: true } : {}) },
  });
  throw errorFor(reason, extra);
}

function errorFor(reason: FailureReason, extra: { retryAfterSeconds?: number; locked?: boolean }): AppError {
  const retry = extra.retryAfterSeconds === undefined ? undefined : { retryAfterSeconds: extra.retryAfterSeconds };
  if (extra.locked) return new AppError('ACCOUNT_LOCKED', 'Too many failed attempts: the account is locked for a while', retry);
  switch (reason) {
    case 'rate-limited':
      return new AppError('RATE_LIMITED', 'Too many login attempts; wait a moment and try again', retry);
    case 'locked':
      return new AppError('ACCOUNT_LOCKED', 'Too many failed attempts: the account is locked for a while', retry);
    case 'invalid-mfa-code':
      return new AppError('INVALID_MFA_CODE', 'The verification code is incorrect or has expired');
    case 'unknown-account':
    case 'disabled':
    case 'invalid-password':
      return new AppError('INVALID_CREDENTIALS', INVALID_CREDENTIALS);
  }
}
