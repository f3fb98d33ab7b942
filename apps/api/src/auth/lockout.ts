import { eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { Config } from '../config';

const { users } = schema;

/** Milliseconds until the account unlocks, or 0 when it is not locked at `now`. */
export function lockRemainingMs(lockedUntil: Date | null, now: number): number {
  return lockedUntil ? Math.max(0, lockedUntil.getTime() - now) : 0;
}

/**
 * Counts one failed login (wrong password or wrong MFA code) and locks the account for
 * `config.login.lockoutMs` when the count reaches `config.login.maxAttempts`. One atomic UPDATE, so
 * parallel guesses cannot slip past the limit. A lock that has already expired starts a fresh count.
 * Returns true when this failure locked the account.
 */
export async function registerFailedLogin(db: Executor, config: Config, userId: string, now = Date.now()): Promise<boolean> {
  const at = new Date(now).toISOString();
  const until = new Date(now + config.login.lockoutMs).toISOString();
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at}::timestamptz)`;
  const count = sql`(case when ${expired} then 1 else ${users.failedLoginCount} + 1 end)`;
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`${count}`,
      lockedUntil: sql`case when ${count} >= ${config.login.maxAttempts} then ${until}::timestamptz
        when ${expired} then null else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  return lockRemainingMs(row?.lockedUntil ?? null, now) > 0;
}

/** A successful login clears the failure count and any expired lock. */
export async function resetFailedLogins(db: Executor, userId: string): Promise<void> {
  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}
