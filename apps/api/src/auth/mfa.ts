import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toString as qrToString } from 'qrcode';
import { hashToken } from './tokens';

/**
 * TOTP per RFC 6238 with the parameters every authenticator app supports: HMAC-SHA1, 6 digits,
 * 30-second steps. A window of ±1 step tolerates clock drift of up to 30 s either way.
 */
const TOTP_PARAMS = { issuer: 'Leerlus', algorithm: 'SHA1', digits: 6, period: 30 } as const;
const TOTP_WINDOW = 1;
const TOTP_CODE = /^\d{6}$/;

/** How many recovery codes an enrolment hands out. */
export const RECOVERY_CODE_COUNT = 10;
/** Crockford-like alphabet without look-alikes (0/o, 1/l/i); 16 characters ≈ 80 bits of entropy. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 16;

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({ ...TOTP_PARAMS, label, secret: Secret.fromBase32(secretBase32) });

/** A fresh 160-bit TOTP secret (RFC 4226 recommends 160 bits), base32-encoded. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** What the enrolment screen shows: the secret for manual entry, the otpauth:// URI and its QR code. */
export async function totpEnrolment(secretBase32: string, email: string) {
  const otpauthUri = totpFor(secretBase32, email).toString();
  const qrSvg = await qrToString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret: secretBase32, otpauthUri, qrSvg };
}

/**
 * The time step (RFC 6238 counter: Unix time / 30 s) that `code` belongs to when it is a 6-digit TOTP
 * code valid now (±1 step), else null. Callers record the step so that a code works only once.
 */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!TOTP_CODE.test(token)) return null;
  const delta = totpFor(secretBase32, 'verify').validate({ token, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PARAMS.period) + delta;
}

/** Whether a submitted second factor looks like a TOTP code (else it is tried as a recovery code). */
export const isTotpShaped = (code: string): boolean => TOTP_CODE.test(code.replace(/\s/g, ''));

/** Ten random recovery codes, formatted xxxx-xxxx-xxxx-xxxx for reading aloud and typing. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]!);
    return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
  });
}

/**
 * Stored form of a recovery code: SHA-256 of its normalised form (case, spaces and dashes ignored).
 * With 80 bits of entropy a fast hash is enough; a slow one would only cost time on every login.
 */
export const hashRecoveryCode = (code: string): string => hashToken(code.toLowerCase().replace(/[\s-]/g, ''));
