import { Secret, TOTP } from 'otpauth';
import { mfaEnableResponseSchema, mfaSetupResponseSchema } from '@leerlus/contracts';
import type { Client } from './test-app';

const totp = (secret: string) => new TOTP({ issuer: 'Leerlus', algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** The TOTP code an authenticator app would show now (or `steps` × 30 s from now). */
export const totpCode = (secret: string, steps = 0): string => totp(secret).generate({ timestamp: Date.now() + steps * 30_000 });

/** A 6-digit code that is certainly not accepted now (not valid in the ±1 step window). */
export function wrongTotpCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((s) => totpCode(secret, s)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

/**
 * Enrols the client's user in TOTP through the API (set-up, then enable with a current code) and
 * returns the secret and the recovery codes. Throws when either step fails. The current code is
 * spent on enrolment (each code works once), so log in afterwards with `totpCode(secret, 1)`.
 */
export async function enrolMfa(client: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.request({ method: 'POST', url: '/api/v1/account/mfa/setup' });
  if (setup.statusCode !== 200) throw new Error(`MFA set-up failed: ${setup.statusCode} ${setup.body}`);
  const { secret } = mfaSetupResponseSchema.parse(setup.json());
  const enable = await client.request({ method: 'POST', url: '/api/v1/account/mfa/enable', payload: { code: totpCode(secret) } });
  if (enable.statusCode !== 200) throw new Error(`MFA enable failed: ${enable.statusCode} ${enable.body}`);
  return { secret, recoveryCodes: mfaEnableResponseSchema.parse(enable.json()).recoveryCodes };
}
