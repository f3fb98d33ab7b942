import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type {
  changePasswordRequestSchema,
  sessionUserSchema,
  updateAccountRequestSchema,
} from '@leerlus/contracts';
import { schema } from '@leerlus/db';
import { audit } from '../audit/record';
import { AppError, invalidField, unauthenticated } from '../http/errors';
import type { AuthContext } from '../http/types';
import { hashPassword, verifyPassword } from './password';
import type { SlidingWindowLimiter } from './rate-limit';
import { endOtherSessions } from './sessions';

const { users } = schema;
type User = typeof users.$inferSelect;

/** What account actions need: the request (for audit and deps), the actor, and the guessing limiter. */
export interface AccountContext {
  request: FastifyRequest;
  auth: AuthContext;
  /** Limits guesses of the current password and MFA codes per user (a stolen session must not brute-force them). */
  limiter: SlidingWindowLimiter;
}

export { invalidField };

/** Throws RATE_LIMITED when the user has used up the guesses for `purpose` in the current window. */
export function enforceGuessLimit(ctx: AccountContext, purpose: 'password' | 'mfa'): void {
  const decision = ctx.limiter.hit([`${purpose}:${ctx.auth.userId}`]);
  if (!decision.allowed) {
    throw new AppError('RATE_LIMITED', 'Too many attempts; wait a moment and try again', {
      retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000),
    });
  }
}

/** The current user's row (the session was resolved this request, so it exists unless deleted meanwhile). */
export async function loadUser(ctx: AccountContext): Promise<User> {
  const [user] = await ctx.request.server.deps.db.select().from(users).where(eq(users.id, ctx.auth.userId));
  if (!user) throw unauthenticated();
  return user;
}

type SessionUser = z.infer<typeof sessionUserSchema>;

/** Updates the user's own name and/or interface language; audited as `account.update` (field names only). */
export async function updateAccount(
  ctx: AccountContext,
  input: z.infer<typeof updateAccountRequestSchema>,
): Promise<SessionUser> {
  const { db } = ctx.request.server.deps;
  const fields = (['name', 'locale'] as const).filter((f) => input[f] !== undefined);
  if (fields.length === 0) {
    const user = await loadUser(ctx);
    return { id: user.id, email: user.email, name: user.name, locale: user.locale };
  }
  return db.transaction(async (tx) => {
    const [user] = await tx.update(users).set(input).where(eq(users.id, ctx.auth.userId)).returning();
    if (!user) throw unauthenticated();
    await audit(ctx.request, tx, {
      action: 'account.update',
      resourceType: 'user',
      resourceId: user.id,
      outcome: 'success',
      details: { fields: fields.join(',') },
    });
    return { id: user.id, email: user.email, name: user.name, locale: user.locale };
  });
}

/**
 * Changes the password after verifying the current one, and ends every other session of the user
 * (a password change is how people evict someone who learned the old one). The current session stays.
 */
export async function changePassword(
  ctx: AccountContext,
  input: z.infer<typeof changePasswordRequestSchema>,
): Promise<void> {
  const { db } = ctx.request.server.deps;
  enforceGuessLimit(ctx, 'password');
  const user = await loadUser(ctx);
  const event = { action: 'account.password', resourceType: 'user', resourceId: user.id } as const;
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await audit(ctx.request, db, {
      ...event,
      outcome: 'failure',
      details: { reason: 'invalid-current-password' },
    });
    throw invalidField('currentPassword', 'This is not your current password');
  }
  if (input.newPassword === input.currentPassword)
    throw invalidField('newPassword', 'Choose a password different from the current one');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endOtherSessions(tx, user.id, ctx.auth.sessionId);
    await audit(ctx.request, tx, { ...event, outcome: 'success' });
  });
}
