import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordRequestSchema,
  mfaCodeRequestSchema,
  mfaEnableResponseSchema,
  mfaSetupResponseSchema,
  okSchema,
  sessionUserSchema,
  updateAccountRequestSchema,
} from '@leerlus/contracts';
import type { FastifyRequest } from 'fastify';
import { requireAuth } from '../../access/authorize';
import { changePassword, updateAccount, type AccountContext } from '../../auth/account';
import { disableMfa, enableMfa, setupMfa } from '../../auth/mfa-enrolment';
import { SlidingWindowLimiter } from '../../auth/rate-limit';

const GUESS_WINDOW_MS = 60_000;
const tags = ['account'];

/**
 * The signed-in user's own account (authenticated; every mutation audited as account.*): profile,
 * password, and TOTP enrolment. MFA set-up and enable stay reachable while enrolment is pending, so
 * a user of an organisation that requires MFA can comply.
 */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  // Per app instance: guesses of the current password and of MFA codes, per user.
  const limiter = new SlidingWindowLimiter(app.deps.config.login.ratePerMinute, GUESS_WINDOW_MS);
  const context = (request: FastifyRequest): AccountContext => ({ request, auth: requireAuth(request.auth), limiter });

  app.patch(
    '/api/v1/account',
    { schema: { tags, summary: 'Change your name or language', body: updateAccountRequestSchema, response: { 200: sessionUserSchema } } },
    async (request) => updateAccount(context(request), request.body),
  );

  app.post(
    '/api/v1/account/password',
    { schema: { tags, summary: 'Change your password (ends your other sessions)', body: changePasswordRequestSchema, response: { 200: okSchema } } },
    async (request) => {
      await changePassword(context(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/account/mfa/setup',
    { config: { allowPendingMfa: true }, schema: { tags, summary: 'Start TOTP enrolment: secret, otpauth URI and QR code', response: { 200: mfaSetupResponseSchema } } },
    async (request) => setupMfa(context(request)),
  );

  app.post(
    '/api/v1/account/mfa/enable',
    {
      config: { allowPendingMfa: true },
      schema: { tags, summary: 'Confirm TOTP enrolment with a code; returns recovery codes once', body: mfaCodeRequestSchema, response: { 200: mfaEnableResponseSchema } },
    },
    async (request) => enableMfa(context(request), request.body.code),
  );

  app.post(
    '/api/v1/account/mfa/disable',
    { schema: { tags, summary: 'Turn TOTP off (not allowed when an organisation requires it)', body: mfaCodeRequestSchema, response: { 200: okSchema } } },
    async (request) => {
      await disableMfa(context(request), request.body.code);
      return { ok: true as const };
    },
  );
};
