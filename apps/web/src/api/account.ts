import { mfaEnableResponseSchema, mfaSetupResponseSchema, type Locale } from '@leerlus/contracts';
import { request, requestVoid, type Infer } from './client';

export type MfaSetup = Infer<typeof mfaSetupResponseSchema>;

/** `PATCH /account`. */
export const updateAccount = (body: { name?: string; locale?: Locale }): Promise<void> =>
  requestVoid('/account', { method: 'PATCH', body });

/** `POST /account/password`. */
export const changePassword = (body: { currentPassword: string; newPassword: string }): Promise<void> =>
  requestVoid('/account/password', { method: 'POST', body });

/** `POST /account/mfa/setup`: a new secret and its QR code, not active until confirmed. */
export const setupMfa = (): Promise<MfaSetup> =>
  request(mfaSetupResponseSchema, '/account/mfa/setup', { method: 'POST' });

/** `POST /account/mfa/enable`: confirms the first code; the recovery codes are returned only here. */
export const enableMfa = (code: string): Promise<string[]> =>
  request(mfaEnableResponseSchema, '/account/mfa/enable', { method: 'POST', body: { code } }).then(
    (r) => r.recoveryCodes,
  );

/** `POST /account/mfa/disable`. */
export const disableMfa = (code: string): Promise<void> =>
  requestVoid('/account/mfa/disable', { method: 'POST', body: { code } });
