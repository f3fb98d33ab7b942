import { and, eq, isNull } from 'drizzle-orm';
import { schema, type Executor } from '@leerlus/db';
import type { Config } from '../config';
import { hashRecoveryCode, isTotpShaped, verifyTotp } from './mfa';
import { decryptSecret } from './tokens';

const { recoveryCodes } = schema;

/** How a second factor was proven, or null when the code did not verify. */
export type SecondFactorMethod = 'totp' | 'recovery-code';

/**
 * Verifies a second factor: a 6-digit code against the user's TOTP secret (±1 step), otherwise a
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
    return verifyTotp(decryptSecret(user.mfaSecret, config.secretKey), code) ? 'totp' : null;
  }
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0 ? 'recovery-code' : null;
}
