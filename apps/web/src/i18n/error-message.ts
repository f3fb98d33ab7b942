import { isApiError } from '../api/client';
import type { PlainMessageKey, Translate } from './translate';

const byCode: Partial<Record<string, PlainMessageKey>> = {
  NETWORK_ERROR: 'error.network',
  NOT_FOUND: 'error.notFound',
  FORBIDDEN: 'error.forbidden',
  VALIDATION_FAILED: 'error.validation',
  CONFLICT: 'error.conflict',
  RATE_LIMITED: 'error.rateLimited',
  CSRF_INVALID: 'error.csrf',
  GONE: 'error.notFound',
  INVALID_CREDENTIALS: 'error.wrongPassword',
  INVALID_MFA_CODE: 'login.error.INVALID_MFA_CODE',
  ACCOUNT_LOCKED: 'login.error.ACCOUNT_LOCKED',
};

/** A translated, user-facing sentence for any error thrown by the API client. */
export function errorMessage(t: Translate, error: unknown): string {
  const key = isApiError(error) ? byCode[error.code] : undefined;
  return t(key ?? 'error.generic');
}
