import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { Config } from '../config';
import { hashRecoveryCode, isTotpShaped, totpStep } from './mfa';
import { decryptSecret } from './tokens';

const { recoveryCodes, users } = schema;

/** How a second factor was proven, or null when the code did not verify. */
export type SecondFactorMethod = 'totp' | 'recovery-code';

/**
 * Verifies a second factor: a 6-digit code against the user's TOTP secret (±1 step, and only for a
 * time step later than the last one accepted, so an observed code cannot be replayed), otherwise a
 * recovery code, which is consumed by the same UPDATE that checks it (so it works exactly once,
 * also under concurrent requests).
 */
export async function verifySecondFactor(
  db: Executor,
  config: Config,
  user: { id: string; mfaSecret: string | null },
  code: string,
): Promise<SecondFactorMethod | null> {
  if (isTotpShaped(code)) {
    if (!user.mfaSecret) return null;
    const step = totpStep(decryptSecret(user.mfaSecret, config.secretKey), code);
    return step !== null && (await claimTotpStep(db, user.id, step)) ? 'totp' : null;
  }
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0 ? 'recovery-code' : null;
}

/**
 * Records `step` as the user's last accepted TOTP step, only if it is later than the one recorded:
 * one conditional UPDATE, so two requests with the same code cannot both succeed. False = replay.
 */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .update(users)
    .set({ mfaLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.mfaLastStep), lt(users.mfaLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}
