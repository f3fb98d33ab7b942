/**
 * Typed application errors with stable codes. Thrown anywhere; mapped to HTTP in one place
 * (http/error-handler.ts). The message is safe to show to the user; `details` too.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  BODY_TOO_LARGE: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_MFA_CODE: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

/** 404 for anything the actor may not know exists (another team's or organisation's resource). */
export const notFound = (what = 'Resource') => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You do not have permission for this action') =>
  new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Log in to continue');
/** A 400 pointing at one request body field, in the shape of the schema validator's errors (optional stable code). */
export const invalidField = (field: string, message: string, code?: string) =>
  new AppError('VALIDATION_FAILED', 'The request is not valid', [
    { path: `body.${field}`, message, ...(code ? { code } : {}) },
  ]);

export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
